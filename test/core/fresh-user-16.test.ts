/**
 * Fresh user 16: a multi-academy trust's data lead and the trust board's KPI workbook (test/support/academy-trust.ts).
 * Their period findings: half terms mapped as the refusal advised were put in financial-year order and the
 * Spring 1 figure scored at the end of the year; "Sep … Jul" filled to July was labelled July 2025; the
 * advice spoke of three terms and said to leave the summer out; every label was a financial-year quarter.
 */
import { strict as assert } from 'assert';
import { resultToJson, type CellValue, type ScoreResult, type SheetGrid } from '../../src/core';
import { generatedSheetRole, summarySheet } from '../../src/core/plan/summary-sheets';
import { headline } from '../../src/cli/report';
import { academyTrustGrids, HALF_TERMS, TRUST_SHEETS } from '../support/academy-trust';
import { byRef, refusal, scored } from '../support/scoring';
import { sheet } from '../support/grids';

const only = (grids: SheetGrid[], name: string) => grids.filter((g) => g.name === name);

const THE_MAPPING_THEY_USED = {
  columns: { 'Aut 1': 'Oct', 'Aut 2': 'Dec', 'Spr 1': 'Feb', 'Spr 2': 'Apr', 'Sum 1': 'May', 'Sum 2': 'Jul' },
};

function summaryAtJuly(result: ScoreResult): void {
  assert.equal(result.quarter, 'Q2 2026/27');
  assert.equal(result.period, 'Summer 2 (Jul 2026)');
  const b1 = byRef(result, 'B1');
  assert.deepEqual([b1.latestMonth, b1.latestValue, b1.variancePct, b1.rag], ['Jul', 140, -16.67, 'red']);
  const f1 = byRef(result, 'F1');
  assert.deepEqual([f1.latestValue, f1.rag], [15, 'green']);
  const o1 = byRef(result, 'O1');
  assert.deepEqual([o1.latestValue, o1.variancePct, o1.rag], [1, 0, 'green']);
  // DOT against Summer 1 (May), the half term before.
  assert.equal(b1.dot, 'down');
}

describe('Fresh user 16: a trust board dashboard of half terms', () => {
  it('scores the end-of-year board on Summer 2, not Spring 1, with the mapping the refusal advised', async () => {
    const grids = only(await academyTrustGrids(), TRUST_SHEETS.summary);
    summaryAtJuly(scored(grids, { mapping: THE_MAPPING_THEY_USED }));
  });

  it('reads "Aut 1 … Sum 2" without a mapping as the months the half terms end in, saying which', async () => {
    const grids = only(await academyTrustGrids(), TRUST_SHEETS.summary);
    const result = scored(grids);
    summaryAtJuly(result);
    const note = result.findings.find((f) => /an academic year/.test(f.message));
    assert.ok(note, 'a Note says the columns are an academic year');
    assert.match(
      note.message,
      /"Aut 1" → Oct, "Aut 2" → Dec, "Spr 1" → Feb, "Spr 2" → Apr, "Sum 1" → May, "Sum 2" → Jul/,
    );
    assert.match(
      note.message,
      /"Aut 1" to "Spr 1", before April, are read as 2025\/26's and "Spr 2" to "Sum 2" as 2026\/27's/,
    );
    // Summer 2 is the year's end: no "score again when September is in".
    assert.ok(!result.findings.some((f) => f.kind === 'part-quarter'), 'no part-quarter Check');
  });

  it('scores the Spring 1 board on February as Q4 2025/26, the summer half terms not yet read', async () => {
    const grids = only(await academyTrustGrids({ halfTerms: 3 }), TRUST_SHEETS.summary);
    for (const result of [scored(grids), scored(grids, { mapping: THE_MAPPING_THEY_USED })]) {
      assert.equal(result.quarter, 'Q4 2025/26');
      assert.equal(result.period, 'Spring 1 (Feb 2026)');
      assert.deepEqual([byRef(result, 'B1').latestValue, byRef(result, 'B1').rag], [110, 'green']);
    }
  });

  it('never puts a column before the ones written left of it: Summer 1 at Q1 2026/27 after Spring 1', async () => {
    const grids = only(await academyTrustGrids({ halfTerms: 5 }), TRUST_SHEETS.summary);
    const result = scored(grids, { mapping: THE_MAPPING_THEY_USED });
    assert.equal(result.quarter, 'Q1 2026/27');
    assert.equal(result.period, 'Summer 1 (May 2026)');
    assert.equal(byRef(result, 'B1').latestValue, 90);
  });

  it('names the period the analyst wrote in the headline, the JSON and the Summary sheet', async () => {
    const result = scored(only(await academyTrustGrids(), TRUST_SHEETS.summary));
    assert.match(headline(result), /^Q2 2026\/27 – Summer 2 \(Jul 2026\): 5 indicators/);
    assert.equal(resultToJson(result).period, 'Summer 2 (Jul 2026)');
    const sheet = summarySheet(result, { summary: 'Q2 Summary', highlights: 'Q2 Highlights', findings: 'Q2 Findings' });
    assert.equal(sheet.values.values[0][0], 'Performance Scorecard – Q2 2026/27 – Summer 2 (Jul 2026)');
    // Still known as the product's own sheet, so a rescore regenerates it in place.
    assert.equal(generatedSheetRole(sheet.values.values as CellValue[][]), 'summary');
  });
});

describe('Fresh user 16: columns mapped to months in no time order', () => {
  it('says so in a Check, where they were put in April-to-March order without a word', async () => {
    const grids = only(await academyTrustGrids(), TRUST_SHEETS.summary);
    const mapping = {
      columns: { 'Aut 1': 'Oct', 'Aut 2': 'Jul', 'Spr 1': 'Feb', 'Spr 2': 'Apr', 'Sum 1': 'May', 'Sum 2': 'Dec' },
    };
    const check = scored(grids, { mapping }).findings.find((f) => /not in time order as written/.test(f.message));
    assert.ok(check, 'a Check says the mapped months are out of order');
    assert.equal(check.severity, 'warning');
    assert.match(check.message, /"Aut 1" \(Oct\), "Aut 2" \(Jul\), "Spr 1" \(Feb\)/);
  });

  it('says nothing where they run forwards, newest first, or pass into April once', async () => {
    const grids = only(await academyTrustGrids(), TRUST_SHEETS.summary);
    for (const months of [
      ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'],
      ['Sep', 'Aug', 'Jul', 'Jun', 'May', 'Apr'],
      ['Oct', 'Dec', 'Feb', 'Apr', 'May', 'Jul'],
    ]) {
      const columns = Object.fromEntries(months.map((m, i) => [HALF_TERMS[i], m]));
      const result = scored(grids, { mapping: { columns } });
      assert.ok(!result.findings.some((f) => /not in time order/.test(f.message)), months.join(' | '));
    }
  });
});

describe('Fresh user 16: the academic year beside other tables', () => {
  it("labels the run with the half terms' year even where a table of the academic year's label comes first", () => {
    const result = scored([
      sheet('Trust Summary', [
        ['Kestrel Learning Trust — Board KPI Dashboard 2025/26'],
        [],
        ['Ref', 'KPI', 'Polarity', 'Target 2025/26', 'Actual'],
        ['K2', 'KS2 RWM expected standard %', 'Higher is better', 65, 63],
        [],
        [],
        ['Half-termly KPIs'],
        ['Ref', 'KPI', 'Polarity', 'Target 2025/26', 'Aut 1', 'Aut 2', 'Spr 1', 'Spr 2', 'Sum 1', 'Sum 2'],
        ['B1', 'Suspensions (number)', 'Lower is better', 120, 134, 98, 110, 105, 90, 140],
      ]),
    ]);
    assert.equal(result.quarter, 'Q2 2026/27');
    assert.equal(result.period, 'Summer 2 (Jul 2026)');
    assert.equal(byRef(result, 'B1').rag, 'red');
  });
});

describe('Fresh user 16: monthly attendance over the academic year', () => {
  it('scores "Sep … Jul" filled to July as July 2026 (Q2 2026/27), as the title "academic year 2025/26" says', async () => {
    const result = scored(only(await academyTrustGrids(), TRUST_SHEETS.attendance));
    assert.equal(result.quarter, 'Q2 2026/27');
    assert.equal(result.period, 'Jul 2026');
    assert.deepEqual([byRef(result, 'ATT1').latestMonth, byRef(result, 'ATT1').latestValue], ['Jul', 91.9]);
  });

  it('scores it filled to December as Q3 2025/26 (Dec 2025)', async () => {
    const result = scored(only(await academyTrustGrids({ months: 4 }), TRUST_SHEETS.attendance));
    assert.equal(result.quarter, 'Q3 2025/26');
    assert.equal(result.period, 'Dec 2025');
  });

  it('takes the academic year from the sheet name where the title gives none ("Attendance 2025-26")', () => {
    const months = ['Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'];
    const result = scored([
      sheet('Attendance 2025-26', [
        ['Ref', 'Measure', 'Polarity', 'Target', ...months],
        [
          'ATT1',
          'Attendance %',
          'Higher is better',
          95,
          96.1,
          94.8,
          93.9,
          92.7,
          93.5,
          93.1,
          93.6,
          92.4,
          94,
          93.8,
          91.9,
        ],
      ]),
    ]);
    assert.equal(result.quarter, 'Q2 2026/27');
    assert.equal(result.period, 'Jul 2026');
  });

  it('leaves a council table of April to March as it was: no period named', async () => {
    const result = scored([
      sheet('PIs', [
        ['Ref', 'Indicator', 'Target', 'Apr', 'May', 'Jun'],
        ['P1', 'Calls answered %', 90, 91, 92, 93],
      ]),
    ]);
    assert.equal(result.period, undefined);
    assert.equal(result.quarter, 'Q1');
  });
});

describe('Fresh user 16: the advice for terms it cannot read', () => {
  it('names each half term’s month and keeps the summer, for terms headed with their years', () => {
    const e = refusal([
      sheet('Trust', [
        ['Measure', 'Target', 'Autumn 1 2025', 'Autumn 2 2025', 'Spring 1 2026'],
        ['Attendance %', 95, 95.2, 94.1, 93.6],
      ]),
    ]);
    assert.match(
      e.message,
      /Autumn 1 to Oct, Autumn 2 to Dec, Spring 1 to Feb, Spring 2 to Apr, Summer 1 to May and Summer 2 to Jul/,
    );
    assert.doesNotMatch(e.message, /leave out/);
  });
});
