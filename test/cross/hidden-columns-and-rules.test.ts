/**
 * What Excel shows but the cells do not say, read alike by both front ends (session 10, helper addin3):
 * the command line on the .xlsx file (`<col hidden="1">`, `<conditionalFormatting sqref>`), the add-in on
 * the in-memory Excel model built from the same file (Range.columnHidden, ExcelApi 1.2; the cells a
 * conditional format covers, Range.getSpecialCells("ConditionalFormats"), ExcelApi 1.9).
 *  1. Fresh user 3's hidden older "2023/24 Outturn" column: the year from the shown one, the Check says
 *     "(hidden)" — the same scores and Checks on both; and a hidden later outturn column is not the
 *     year's on either.
 *  2. The analyst's own conditional formatting over the % variance cells: one Check naming the cells on
 *     both, the rule left as it was; a rule elsewhere on the sheet says nothing.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core';
import { scoreOnBothFrontEnds } from '../support/both-front-ends';
import { months } from '../support/grids';
import { folderForEachTest } from '../support/xlsx-fixtures';

const HEADER: CellValue[] = [
  'Ref',
  'Performance Indicator',
  'Good is',
  '2023/24 Outturn',
  '2024/25 Outturn',
  'Target',
  ...months(6),
  '% Variance from Target',
  'DOT',
];

const ROWS: CellValue[][] = [
  ['SH01', 'Working days lost to sickness per FTE', 'Lower', 9.1, 8.7, 8.5, 0.7, 0.8, 0.7, 0.6, 0.7, 0.8, null, null],
  [
    'SH02',
    'Invoices paid within 30 days (%)',
    'Higher',
    94.1,
    95.3,
    96,
    95.8,
    96.4,
    94.9,
    95.1,
    96.2,
    95.5,
    null,
    null,
  ],
  ['DC03', 'Days to process new benefit claims', 'Lower', 21, 19, 20, 18.2, 19.5, 22.1, 23.4, 21.8, 20.6, null, null],
];

/** 'Q2 KPIs' as an .xlsx file: `hide` the 1-based columns hidden, `rules` the conditional formats' ranges. */
async function workbook(o: { hide?: number[]; rules?: string[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Q2 KPIs');
  [HEADER, ...ROWS].forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const c of o.hide ?? []) ws.getColumn(c).hidden = true;
  for (const ref of o.rules ?? [])
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          priority: 1,
          formulae: ['0'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } },
        },
      ],
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Hidden columns and conditional formats, on the command line and in the add-in alike', function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  it('fresh user 3: "2023/24 Outturn" hidden, "2024/25 Outturn" shown: Q2 2025/26 on both, the Check says "(hidden)", the same scores and Checks', async () => {
    fs.writeFileSync(at('hidden.xlsx'), await workbook({ hide: [4] }));
    const { cli, addIn, model } = await scoreOnBothFrontEnds(at('hidden.xlsx'), at, ['--quarter', 'Q2']);
    assert.ok(model.doc.sheet('Q2 KPIs')!.hiddenColumns.has(3), 'the model knows column D is hidden');
    for (const [who, r] of [
      ['command line', cli],
      ['add-in', addIn.result],
    ] as const) {
      assert.equal(r.quarter, 'Q2 2025/26', who);
      const second = r.findings.find((f) => /is a second/.test(f.message));
      assert.ok(second, `${who}: the outturn column not used is named`);
      assert.match(
        second.message,
        /column D "2023\/24 Outturn" \(hidden\) is a second .* column; column E "2024\/25 Outturn" is used/,
        who,
      );
    }
    const scores = (r: typeof cli) =>
      r.indicators.map((i) => ({ ref: i.ref, status: i.status, rag: i.rag, dot: i.dot, variancePct: i.variancePct }));
    assert.deepEqual(scores(addIn.result), scores(cli), 'the same scores');
    assert.deepEqual(addIn.result.executiveSummary, cli.executiveSummary, 'the same counts');
    assert.deepEqual(addIn.result.findings, cli.findings, 'the same Checks and Notes');
  });

  it('the later outturn column hidden, the earlier shown: the shown one gives the year on both (Q2 2024/25), not the hidden one', async () => {
    fs.writeFileSync(at('later-hidden.xlsx'), await workbook({ hide: [5] }));
    const { cli, addIn } = await scoreOnBothFrontEnds(at('later-hidden.xlsx'), at, ['--quarter', 'Q2']);
    assert.equal(cli.quarter, 'Q2 2024/25', 'the command line prefers the shown column');
    assert.equal(addIn.result.quarter, cli.quarter, 'and so does the add-in (before, it took the later, hidden one)');
    assert.deepEqual(addIn.result.findings, cli.findings);
  });

  it("the analyst's conditional formatting over the % variance cells: one Check naming M2:M4 on both, the rule left as it was", async () => {
    fs.writeFileSync(at('rules.xlsx'), await workbook({ rules: ['M2:M4'] }));
    const { cli, cliSnap, addIn, addInSnap, model } = await scoreOnBothFrontEnds(at('rules.xlsx'), at, [
      '--quarter',
      'Q2',
    ]);
    assert.deepEqual(addIn.result.findings, cli.findings, 'the same findings');
    const checks = cli.findings.filter((f) => f.kind === 'conditional-format-over-scores');
    assert.equal(checks.length, 1, 'one Check for the sheet');
    assert.equal(checks[0].severity, 'warning');
    assert.equal(checks[0].cell, 'M2');
    assert.equal(
      checks[0].message,
      "'Q2 KPIs' has conditional formatting of its own on M2:M4, cells this product colours: Excel shows the rule's " +
        'colours there instead of the RAG colours, so a colour seen in those cells may not be the score; the rules ' +
        'were left as they are. To see the RAG colours, select those cells and clear their rules (Home › Conditional ' +
        'Formatting › Clear Rules › Clear Rules from Selected Cells).',
    );
    // On the Findings sheet of both.
    for (const snap of [cliSnap, addInSnap]) {
      const findings = snap.find((s) => s.name === addIn.sheets.findings)!;
      assert.ok(Object.values(findings.cells).some((c) => typeof c.value === 'string' && /on M2:M4/.test(c.value)));
    }
    // Nothing of the analyst's changed: the rule is where it was, in the file and in Excel.
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(at('cli.xlsx'));
    const kept = (out.getWorksheet('Q2 KPIs') as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    assert.deepEqual(
      kept.map((c) => c.ref),
      ['M2:M4'],
    );
    assert.deepEqual(
      model.doc.sheet('Q2 KPIs')!.conditionalFormats.map((c) => c.area),
      [{ top: 1, left: 12, bottom: 3, right: 12 }],
    );
  });

  it('a rule over the figures only (G2:L4), not over a scored cell: no Check on either', async () => {
    fs.writeFileSync(at('figures.xlsx'), await workbook({ rules: ['G2:L4'] }));
    const { cli, addIn } = await scoreOnBothFrontEnds(at('figures.xlsx'), at, ['--quarter', 'Q2']);
    assert.deepEqual(addIn.result.findings, cli.findings);
    assert.equal(cli.findings.filter((f) => f.kind === 'conditional-format-over-scores').length, 0);
  });

  it('a rule over part of the variance and DOT cells (M3:N4) and one over K1:N2: the covered scored cells named column by column', async () => {
    fs.writeFileSync(at('parts.xlsx'), await workbook({ rules: ['M3:N4', 'K1:N2'] }));
    const { cli, addIn } = await scoreOnBothFrontEnds(at('parts.xlsx'), at, ['--quarter', 'Q2']);
    assert.deepEqual(addIn.result.findings, cli.findings);
    const check = cli.findings.find((f) => f.kind === 'conditional-format-over-scores')!;
    assert.match(check.message, /on M2:M4 and N2:N4, cells this product colours/);
  });
});
