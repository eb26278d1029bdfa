/**
 * A typed column that is another quarter's (helper noise): the St Helens workbook's % variances and DOT
 * arrows are typed as the Q3 report printed them. Scored at Q2 they gave 48 "% variance was typed as …"
 * Checks and 28 "DOT was typed as …", one a row; the analyst wants to be told once a table that the column
 * is Q3's, and still to be told row by row where only some typed values disagree.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type Finding, type SheetGrid } from '../../src/core';
import { reportGrids } from '../support/golden';
import { MemoryWorkbook } from '../support/memory-workbook';

const P1 = 'P1 Children & Young People';
const P6 = 'P6 Modern Council';
const VARIANCE = 19; // column T
const typed = (f: Finding): boolean => f.kind === 'typed-variance-disagrees' || f.kind === 'typed-dot-disagrees';
const findingsAt = (grids: SheetGrid[], quarter: 2 | 3): Finding[] =>
  scoreWorkbook(grids, { quarter }).result.findings.filter(typed);

/** P1's grid, for typing over its cells. */
function p1(grids: SheetGrid[]): SheetGrid {
  return grids.find((g) => g.name === P1)!;
}

describe('Typed variances and arrows that are another quarter’s', () => {
  it('scoring Q2 says once a table that the typed % variances are Q3’s, not once a row', () => {
    const found = findingsAt(reportGrids(), 2).filter((f) => f.kind === 'typed-variance-disagrees');
    assert.equal(found.length, 6, 'one for each of the six priority tables');
    assert.ok(
      found.every((f) => f.ref === null && f.cell === 'T3'),
      'at the % Variance header, about no one row',
    );
    assert.equal(
      found.find((f) => f.sheet === P1)!.message,
      "The % variances typed in this table are Q3's, not Q2's: 16 of 18 disagree with Q2's figures and all 18 agree with Q3's. Score Q3 if that is the quarter being reported.",
    );
  });

  it('scoring Q2 says once a table that the typed DOT arrows are Q3’s, and names CS-01, whose arrow is neither; 2 arrows apart keep their own Checks', () => {
    const dot = findingsAt(reportGrids(), 2).filter((f) => f.kind === 'typed-dot-disagrees');
    assert.deepEqual(
      dot.map((f) => `${f.sheet.slice(0, 2)} ${f.cell}`),
      ['P1 U3', 'P2 U3', 'P3 U5', 'P3 U8', 'P4 U3', 'P6 U3'],
      'P3: only SC-07 and SC-17 of its 4 arrows disagree, each with its own Check (too few to tell a quarter by); P5 has no typed arrows',
    );
    assert.equal(
      dot.find((f) => f.sheet === P6)!.message,
      "The DOT arrows typed in this table are Q3's, not Q2's: all 4 disagree with Q2's figures and 3 of 4 agree with Q3's; CS-01 agrees with neither: check it. Score Q3 if that is the quarter being reported.",
    );
  });

  it('scoring Q3 is as before: only CS-01’s typed ↑ is a Check', () => {
    assert.deepEqual(
      findingsAt(reportGrids(), 3).map((f) => `${f.ref} ${f.cell}`),
      ['CS-01 U5'],
    );
  });

  it('scored at Q2, then at Q1: the Q1 scoring does not say the Q3 column again (the Q2 scoring wrote over it)', () => {
    const wb = new MemoryWorkbook(reportGrids());
    const q2 = wb.score({ quarter: 2 }).run.result.findings.filter(typed);
    assert.equal(q2.length, 12, 'at Q2: 6 variance Checks, one a table; 4 DOT Checks, one a table, and P3’s 2');
    const q1 = wb.score({ quarter: 1 }, '2026-11-27T09:00:00Z').run.result.findings.filter(typed);
    // The cells show Q2's scores: what was typed there was said at Q2, and says nothing about Q1 (stale-typed.ts).
    assert.deepEqual(
      q1.map((f) => `${f.sheet} ${f.cell}`),
      [],
    );
  });

  it('a Status column typed with Q3’s RAG, scored at Q2: one Check saying they are Q3’s and kept as typed', () => {
    const grids = reportGrids();
    const rows = p1(grids).values;
    const q3 = scoreWorkbook(reportGrids(), { quarter: 3 }).result.indicators;
    rows[2][23] = 'Status';
    for (let r = 4; r <= 21; r++) {
      const rag = q3.find((i) => i.sheet === P1 && i.row === r)?.rag;
      rows[r][23] = rag === 'green' ? 'Green' : rag === 'amber' ? 'Amber' : rag === 'red' ? 'Red' : null;
    }
    const status = scoreWorkbook(grids, { quarter: 2 }).result.findings.filter(
      (f) => f.kind === 'typed-status-disagrees',
    );
    assert.deepEqual(
      status.map((f) => f.message),
      [
        "The RAG statuses typed in this table are Q3's, not Q2's: 5 of 18 disagree with Q2's figures and all 18 agree with Q3's. They are kept as you typed them: retype them for Q2, or score Q3 if that is the quarter being reported.",
      ],
    );
    assert.equal(status[0].cell, 'X3');
  });

  it('two typed variances overridden among Q3’s keep a Check each', () => {
    const grids = reportGrids();
    p1(grids).values[4][VARIANCE] = 0.1; // CYP-01: 10% typed where the figures give 5.28%
    p1(grids).values[5][VARIANCE] = -0.2;
    const found = findingsAt(grids, 3).filter((f) => f.kind === 'typed-variance-disagrees');
    assert.deepEqual(
      found.map((f) => f.cell),
      ['T5', 'T6'],
    );
    assert.match(found[0].message, /^CYP-01: % variance was typed as 10\.00% but the figures give 5\.28%/);
  });

  it('typed variances with the sign the other way round: one Check naming the rows and how the variance is worked out', () => {
    const grids = reportGrids();
    const rows = p1(grids).values;
    for (let r = 4; r <= 21; r++) {
      const v = rows[r][VARIANCE];
      if (typeof v === 'number') rows[r][VARIANCE] = -v;
    }
    const found = findingsAt(grids, 3).filter((f) => f.kind === 'typed-variance-disagrees' && f.sheet === P1);
    assert.equal(found.length, 1);
    assert.equal(found[0].cell, 'T3');
    assert.match(
      found[0].message,
      /^The % variances typed in this table disagree with Q3's figures in \d+ of 18 rows \(CYP-01, .*\), and no other quarter's figures give them: .* positive is always better than target\. Check the column before the report goes out\.$/,
    );
  });
});
