/** What the analyst should see in the awkward cases: no target, a target of 0, duplicates, unreadable cells. */
import { strict as assert } from 'assert';
import { scoreWorkbook } from '../../src/core';
import { indicatorRow, sheet, standardSheet } from '../support/grids';

function score(rows: ReturnType<typeof indicatorRow>[]) {
  return scoreWorkbook([standardSheet('P', rows)], { quarter: 3 }).result;
}

describe('Awkward cases', () => {
  it('a missing target: the value is shown without colour, counted as "No target", and a finding says so', () => {
    const r = score([indicatorRow('NT-1', 'Higher', null, [1, 2, 3, 4, 5, 6, 7, 8, 9])]);
    const i = r.indicators[0];
    assert.equal(i.status, 'no target');
    assert.equal(i.rag, null);
    assert.equal(i.variancePct, null);
    assert.equal(i.dot, 'up', 'DOT compares the values themselves when there is no target');
    assert.equal(r.executiveSummary.noTarget, 1);
    assert.match(r.findings.find((f) => f.kind === 'target-missing')!.message, /NT-1: no target for Dec/);
  });

  it('a target of 0: no variance; met or better is on target, anything else off target', () => {
    const r = score([
      indicatorRow('Z-1', 'Lower', 0, [null, null, 2, null, null, 1, null, null, 0]),
      indicatorRow('Z-2', 'Lower', 0, [null, null, 0, null, null, 0, null, null, 3]),
    ]);
    assert.deepEqual(
      r.indicators.map((i) => [i.variancePct, i.rag, i.status, i.dot]),
      [
        [null, 'green', 'on target', 'up'],
        [null, 'red', 'off target', 'down'],
      ],
    );
  });

  it('a text target ("TBC") is a finding and leaves the indicator without a target', () => {
    const r = score([indicatorRow('T-1', 'Higher', 'TBC', [5])]);
    assert.equal(r.indicators[0].status, 'no target');
    assert.ok(r.findings.some((f) => f.kind === 'text-in-value' && /target cell holds "TBC"/.test(f.message)));
  });

  it('a duplicate ref is scored twice and flagged on its second row', () => {
    const r = score([indicatorRow('D-1', 'Higher', 5, [5]), indicatorRow('D-1', 'Higher', 5, [6])]);
    assert.equal(r.indicators.length, 2);
    const f = r.findings.find((x) => x.kind === 'duplicate-ref')!;
    assert.equal(f.cell, 'A3');
    assert.match(f.message, /D-1 appears more than once/);
  });

  // Fresh-user check 5 (the lead's decision): words that name no direction are never taken as higher is
  // better ("Under plan" so made agency spend over plan green); the indicator is not rated, and a Check says why.
  it('a polarity it cannot read is not rated (not taken as higher is better), and said', () => {
    const rows = [indicatorRow('P-1', 'Higher', 10, [8])];
    rows[0][2] = 'Maintain';
    const r = score(rows);
    assert.equal(r.indicators[0].variancePct, null);
    assert.equal(r.indicators[0].rag, null);
    assert.equal(r.indicators[0].status, 'not rated');
    assert.equal(
      r.findings.find((f) => f.kind === 'polarity-assumed')!.message,
      'P-1: the Higher / Lower cell says "Maintain", which names no direction, so it is not rated (no RAG, no DOT); type Higher, Lower or Close to target.',
    );
  });

  it('a blank polarity cell is still taken as higher is better, and said', () => {
    const rows = [indicatorRow('P-1', 'Higher', 10, [8])];
    rows[0][2] = null;
    const r = score(rows);
    assert.equal(r.indicators[0].variancePct, -20);
    assert.match(r.findings.find((f) => f.kind === 'polarity-assumed')!.message, /is blank; higher is taken as better/);
  });

  it('a typed variance that disagrees with the figures is a finding; one that agrees is not', () => {
    const r = score([
      indicatorRow('V-1', 'Higher', 100, [95], { variance: '-5.00%' }),
      indicatorRow('V-2', 'Higher', 100, [95], { variance: -0.05 }),
      indicatorRow('V-3', 'Higher', 100, [95], { variance: '-4.00%' }),
    ]);
    assert.deepEqual(
      r.findings.filter((f) => f.kind === 'typed-variance-disagrees').map((f) => f.ref),
      ['V-3'],
    );
  });

  it('a finding quotes the start of a very long note, not all of it (the cell keeps the whole note)', () => {
    const note = `Figures withheld pending the review. ${'The provider has changed its recording system this year. '.repeat(60)}`;
    const r = score([indicatorRow('L-1', 'Higher', 5, [note])]);
    const f = r.findings.find((x) => x.kind === 'text-in-value')!;
    assert.match(
      f.message,
      /^L-1: April holds the note "Figures withheld pending the review\. The provider .*…" instead of a figure\.$/,
    );
    assert.ok(f.message.length < 200, `${f.message.length} characters`);
  });

  // Two targets of two years beside undated months ("20/21 Target | 21/22 Target") are refused since session 11
  // (helper layouts4: which year the figures are cannot be told; test/core/hunt-layouts-4.test.ts).
  it('two columns headed as targets: the first is used, and a finding says which (and how to choose)', () => {
    const { result } = scoreWorkbook(
      [
        sheet('Housing', [
          ['Ref', 'Performance Indicator', '20/21 Target', 'Target', 'Apr', 'May', 'Apr'],
          ['H-1', 'Homes built', 100, 120, 90, 95, 60],
        ]),
      ],
      { quarter: 1 },
    );
    assert.equal(result.indicators[0].periodTarget, 100);
    assert.equal(result.indicators[0].latestValue, 95);
    const found = result.findings.filter((f) => f.kind === 'partial-table' && /second/.test(f.message));
    assert.deepEqual(
      found.map((f) => f.cell),
      ['D1', 'G1'],
    );
    assert.match(
      found[0].message,
      /^'Housing' row 1: column D "Target" is a second Target column; column C "20\/21 Target" is used\. Map the columns to choose the other\.$/,
    );
    assert.match(found[1].message, /column G "Apr" is a second Apr column; column E "Apr" is used/);
  });

  it('"N/A" in every month is a data gap whose reason is "N/A", as typed (helper wording: not "Not applicable")', () => {
    const r = score([indicatorRow('NA-1', 'Higher', 5, ['N/A', 'N/A', 'N/A'])]);
    assert.equal(r.indicators[0].status, 'data gap');
    assert.equal(r.indicators[0].reason, 'N/A');
  });
});
