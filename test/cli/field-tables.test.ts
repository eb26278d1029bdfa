/**
 * Issue 7 through `scorecard score`: each table built as an .xlsx with ExcelJS, scored by the command,
 * its right values read back from the result JSON (and the scored workbook); each refusal is the exact
 * sentence, with the --map JSON to use, and nothing is written.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { SheetGrid } from '../../src/core';
import { findSheet } from '../../src/xlsx';
import { scorecard, type Ran } from '../support/xlsx-cli';
import { filesIn, folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';
import {
  ACROSS_YEAR_END,
  ACTUAL_ONLY,
  ANNUAL,
  AS_TYPED,
  COMPARATORS,
  MONTHS_WITH_A_STRAY_YEAR,
  NO_PERIOD,
  PERIOD_WORDS,
  RELET,
  TWO_YEARS,
} from '../support/field-tables';

interface JsonIndicator {
  ref: string | null;
  name: string;
  status: string;
  latestMonth: string | null;
  latestValue: number | null;
  latestUnit?: string;
  periodTarget: number | null;
  variancePct: number | null;
  rag: string | null;
  dot: string | null;
  trend: string | null;
}
interface Json {
  quarter: string;
  indicators: JsonIndicator[];
  findings: { kind: string; severity: string; ref: string | null; cell: string; message: string }[];
}

describe('Issue 7 through `scorecard score`: the tables councils publish', () => {
  const folder = folderForEachTest();
  const { at } = folder;

  async function input(grids: SheetGrid[], name = 'kpis.xlsx'): Promise<string> {
    fs.writeFileSync(at(name), await xlsxFromGrids(grids));
    return at(name);
  }

  async function score(grids: SheetGrid[], extra: string[] = []): Promise<Json> {
    const ran = await scorecard(['score', await input(grids), '-o', at('out.xlsx'), '--json', at('r.json'), ...extra]);
    assert.equal(ran.code, 0, ran.stderr);
    return JSON.parse(fs.readFileSync(at('r.json'), 'utf8')) as Json;
  }

  function pick(json: Json, refOrName: string): JsonIndicator {
    const s = json.indicators.find((i) => i.ref === refOrName || i.name === refOrName);
    assert.ok(s, `${refOrName} is scored`);
    return s;
  }

  async function refused(grids: SheetGrid[], extra: string[] = []): Promise<Ran> {
    const file = await input(grids);
    const before = filesIn(folder.dir);
    const ran = await scorecard(['score', file, '-o', at('out.xlsx'), '--json', at('r.json'), ...extra]);
    assert.equal(ran.code, 1, ran.stderr);
    assert.equal(ran.stdout, '');
    assert.deepEqual(filesIn(folder.dir), before, 'no output file, and no temporary file, left behind');
    return ran;
  }

  it('kind 1: refuses a table with no period column in one sentence, prints the --map JSON to use, and writes nothing', async () => {
    const ran = await refused([NO_PERIOD]);
    assert.deepEqual(ran.stderr.split('\n').filter(Boolean), [
      `scorecard: 'Scorecard' row 3 has Performance Indicator, Target but no period column, so its 2 indicators would all be data gaps and nothing was scored; not understood: "Perf"; map "Perf" to actual (the quarter you choose to score).`,
      'scorecard: the mapping to use: save the next line as mapping.json and score again with --map mapping.json (check the meanings first):',
      '{"sheets":{"Scorecard":{"headerRow":3,"columns":{"Perf":"actual"}}}}',
    ]);
  });

  it('kind 1: the printed mapping, saved and given with --map and a quarter, scores the table', async () => {
    const ran = await refused([NO_PERIOD], ['--quarter', 'Q3']);
    const mapping = ran.stderr.split('\n').filter(Boolean)[2];
    assert.equal(mapping, '{"sheets":{"Scorecard":{"headerRow":3,"columns":{"Perf":"Q3"}}}}');
    fs.writeFileSync(at('mapping.json'), mapping);
    const json = await score([NO_PERIOD], ['--map', at('mapping.json')]);
    assert.equal(json.quarter, 'Q3 2023/24');
    assert.equal(pick(json, 'Rent collected').variancePct, -0.51);
  });

  it('kind 1: a header row holding only the indicator-name column asked for says what else is missing', async () => {
    const ran = await refused([
      {
        name: 'KPIs',
        values: [
          ['Performance Indicator', 'Perf', 'Notes'],
          ['Rent collected', 97.5, 'ok'],
        ],
      },
    ]);
    const lines = ran.stderr.split('\n').filter(Boolean);
    assert.equal(
      lines[0],
      `scorecard: No indicator table found: a table needs a header row with an indicator-name column (such as "Performance Indicator") and month, quarter or year columns. The workbook's only sheet has none; nearest: 'KPIs' row 1 has Performance Indicator but no period column (not understood: "Perf"; map "Perf" to actual (the quarter you choose to score)); map the columns by hand if the headers use other names.`,
    );
    assert.equal(lines[2], '{"sheets":{"KPIs":{"headerRow":1,"columns":{"Perf":"actual"}}}}');
  });

  it('kind 2: 4021 Average days to re-let scores Q4 green, +13.33%', async () => {
    const json = await score([RELET]);
    const s = pick(json, '4021');
    assert.deepEqual(
      [json.quarter, s.name, s.latestMonth, s.latestValue, s.periodTarget, s.variancePct, s.rag],
      ['Q4', 'Average days to re-let', 'Mar', 26, 30, 13.33, 'green'],
    );
  });

  it('kind 2: "Quarter 1 Result", "Q2 2022/23⏎Value", "Q3 Actual" and Trajectory: Q3 2022/23, patients 92.4 against 92, +0.43%', async () => {
    const json = await score([PERIOD_WORDS]);
    assert.equal(json.quarter, 'Q3 2022/23');
    assert.equal(pick(json, 'Patients seen within 18 weeks %').variancePct, 0.43);
    assert.equal(pick(json, 'Cancelled operations').dot, 'up');
  });

  it('kind 2: an "Actual" column is the quarter given with --quarter; HSG-01 is split from its name', async () => {
    const json = await score([ACTUAL_ONLY], ['--quarter', 'Q2']);
    const s = pick(json, 'HSG-01');
    assert.deepEqual([json.quarter, s.name, s.latestMonth, s.variancePct], ['Q2', 'Rent collected', 'Sep', -1.02]);
  });

  it('kind 2: an "Actual" column with no quarter anywhere is refused, and nothing is written', async () => {
    const ran = await refused([ACTUAL_ONLY]);
    assert.deepEqual(ran.stderr.split('\n').filter(Boolean), [
      `scorecard: 'KPI summary' row 1 has a value column "Actual" but nothing says which quarter it holds: choose the quarter to score (--quarter Q2 on the command line, or the quarter in the task pane), or name it in the header, such as "Q2 Actual".`,
    ]);
  });

  it("kind 2: annual figures: 2022-23 is the value (49.1 against 50, amber) and 2021/22 last year's (Trend up)", async () => {
    const json = await score([ANNUAL]);
    const s = pick(json, 'ENV-1');
    assert.deepEqual(
      [json.quarter, s.latestValue, s.variancePct, s.rag, s.trend],
      ['Q4 2022/23', 49.1, -1.8, 'amber', 'up'],
    );
  });

  it('kind 3: Q4 2022/23 | Q1 2023/24: labelled Q1 2023/24, DOT against Q4 2022/23 in the right direction', async () => {
    const json = await score([ACROSS_YEAR_END]);
    assert.equal(json.quarter, 'Q1 2023/24');
    assert.deepEqual(
      json.indicators.map((s) => [s.name, s.latestValue, s.dot]),
      [
        ['Rent collected %', 98.5, 'up'],
        ['Emergency repairs completed in 24 hours %', 93, 'down'],
        ['Average days to re-let', 28, 'up'],
      ],
    );
    const out = await readXlsx(fs.readFileSync(at('out.xlsx')));
    assert.ok(findSheet(out, 'Q1 Summary'), 'the summary sheet is named for the quarter the data gives');
  });

  it("kind 3: two financial years of quarters give this year's values and last year's for Trend, without a Last year sheet", async () => {
    const json = await score([TWO_YEARS]);
    assert.equal(json.quarter, 'Q2 2020/21');
    assert.deepEqual(
      json.indicators.map((s) => [s.ref, s.latestValue, s.variancePct, s.dot, s.trend]),
      [
        ['FRS-01', 2, 0, 'down', 'up'],
        ['FRS-02', 1420, -5.33, 'down', 'down'],
      ],
    );
  });

  it('kind 3: month headers with years keep working, and a finding names the header whose year is out of sequence', async () => {
    const json = await score([MONTHS_WITH_A_STRAY_YEAR]);
    assert.equal(json.quarter, 'Q2 2017/18');
    assert.equal(pick(json, 'POL-3').dot, 'up');
    assert.deepEqual(
      json.findings.filter((f) => /out of sequence/.test(f.message)).map((f) => f.cell),
      ['G1'],
    );
  });

  it('kind 4: targets written with a comparator give the target and the polarity', async () => {
    const json = await score([COMPARATORS]);
    assert.deepEqual(
      json.indicators.map((s) => [s.ref, s.variancePct, s.rag]),
      [
        ['C-1', 1.05, 'green'],
        ['C-2', -2.22, 'amber'],
        ['C-3', 6.67, 'green'],
        ['C-4', -20, 'red'],
        ['C-5', 0, 'green'],
      ],
    );
  });

  it('kind 5: 21 days, £1,204,330, 12.5 hrs and 1,234 (provisional) are figures, the unit shown back as typed', async () => {
    const json = await score([AS_TYPED]);
    assert.deepEqual(
      ['RL-1', 'CT-1', 'AS-1', 'HB-1'].map((r) => [
        r,
        pick(json, r).latestValue,
        pick(json, r).latestUnit ?? null,
        pick(json, r).variancePct,
      ]),
      [
        ['RL-1', 21, 'days', 16],
        ['CT-1', 1204330, '£', 0.36],
        ['AS-1', 12.5, 'hrs', -4.17],
        ['HB-1', 1234, null, 2.83],
      ],
    );
    const out = await readXlsx(fs.readFileSync(at('out.xlsx')));
    const highlights = findSheet(out, 'Q2 Highlights')!;
    const shown: unknown[] = [];
    highlights.eachRow((row) => row.eachCell((cell) => shown.push(cell.value)));
    assert.ok(shown.includes('21 days'), 'the Highlights sheet shows "21 days"');
    assert.ok(shown.includes('£1,204,330'), 'and "£1,204,330"');
  });

  it('kind 5: TBC, Data only, For information and N/A as a target: no target, one finding each', async () => {
    const json = await score([AS_TYPED]);
    for (const ref of ['EV-1', 'CX-1', 'FI-1', 'NA-1']) {
      assert.equal(pick(json, ref).status, 'no target');
      assert.equal(json.findings.filter((f) => f.ref === ref).length, 1, ref);
    }
  });
});
