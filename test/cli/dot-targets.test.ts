/**
 * Fresh user 15 through `scorecard score`: a district's collection rates with a Q2 profile and the year's
 * target, the officer's own DOT typed (↓, in bold blue). Q1 has no target of its own, so no DOT is worked out
 * from the variances (rules/earlier-target.ts), and the officer's DOT cell comes out of the command as it went in.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { scorecard } from '../support/xlsx-cli';
import { folderForEachTest } from '../support/xlsx-fixtures';

describe("scorecard score: the district's collection rates with a Q2 profile (fresh user 15)", () => {
  const { at } = folderForEachTest();

  it("leaves the officer's ↓ in RB04's and RB05's DOT cells as typed, bold blue, and no Check says it is wrong", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resources');
    ws.addRow(['Ref', 'Indicator', 'Polarity', 'Q1', 'Q2', 'Q2 target', 'Annual target', 'DOT', 'RAG']);
    ws.addRow(['RB04', 'Council Tax collected (%)', 'Higher is better', 28.9, 56.1, 56.8, 97.8, '↓', 'Amber']);
    ws.addRow([
      'RB05',
      'Business rates (NNDR) collected (%)',
      'Higher is better',
      31.2,
      58.0,
      59.5,
      98.5,
      '↓',
      'Amber',
    ]);
    for (const cell of ['H2', 'H3']) ws.getCell(cell).font = { bold: true, color: { argb: 'FF0000FF' } };
    await wb.xlsx.writeFile(at('district.xlsx'));

    const ran = await scorecard([
      'score',
      at('district.xlsx'),
      '-o',
      at('out.xlsx'),
      '--json',
      at('out.json'),
      '--quarter',
      '2',
    ]);
    assert.equal(ran.code, 0, ran.stderr);
    const json = JSON.parse(fs.readFileSync(at('out.json'), 'utf8')) as {
      indicators: { ref: string; dot: string | null }[];
      findings: { kind: string; ref: string | null; message: string }[];
    };
    assert.deepEqual(
      json.indicators.map((i) => [i.ref, i.dot]),
      [
        ['RB04', null],
        ['RB05', null],
      ],
    );
    assert.equal(json.findings.filter((f) => f.kind === 'typed-dot-disagrees').length, 0);

    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(at('out.xlsx'));
    const sheet = out.getWorksheet('Resources')!;
    for (const cell of ['H2', 'H3']) {
      assert.equal(sheet.getCell(cell).value, '↓', cell);
      assert.equal(sheet.getCell(cell).font?.bold, true, cell);
      assert.equal(sheet.getCell(cell).font?.color?.argb, 'FF0000FF', cell);
    }
  });
});
