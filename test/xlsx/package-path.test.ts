/**
 * The command line's package path (issue 10): scoring edits the workbook's zip instead of rebuilding
 * it with ExcelJS. Every part the product does not own comes out byte for byte (its compressed bytes
 * copied), the sheets holding owned cells change only in those cells' `<c>` elements, and the scores,
 * cells and formats are the ExcelJS path's.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { scoreFile } from '../../src/cli/score-file';
import { undoFile } from '../../src/cli/undo-file';
import { readState } from '../../src/xlsx/state-sheet';
import { loadWorkbook, scoreInPlace, workbookBytes } from '../../src/xlsx';
import { entryText, readZip } from '../../src/xlsx/package/zip';
import { readPackage, readSheet } from '../../src/xlsx/package/read';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';
import { richWorkbook } from '../support/rich-workbook';
import { findSheet } from '../../src/xlsx';
import { EXAMPLE_WORKBOOK, folderForTheseTests } from '../support/xlsx-fixtures';
import { months } from '../support/grids';

const AT = new Date('2026-11-26T09:00:00Z');

/** The parts scoring owns: the workbook's sheet list and relationships, content types, styles, the state. */
const OWNED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);

function cellsOf(xml: string): Map<string, string> {
  const read = readSheet(xml, [], false);
  return new Map(read.cells.map((c) => [`${c.row},${c.col}`, xml.slice(c.start, c.end)]));
}

function withoutSheetData(xml: string): string {
  return xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>');
}

async function score(input: string, output: string) {
  return scoreFile({ input, output, outputNamed: true, overrides: {}, at: AT });
}

/** The same scoring by the ExcelJS adapter (src/xlsx/*.ts, kept for tests: the command no longer uses it). */
async function scoreWithExcelJS(input: string, output: string): Promise<void> {
  const { workbook } = await loadWorkbook(fs.readFileSync(input), input);
  scoreInPlace(workbook, {}, { at: AT.toISOString() });
  workbook.modified = AT;
  fs.writeFileSync(output, await workbookBytes(workbook));
}

describe("The command line edits the workbook's package (issue 10)", function () {
  this.timeout(120000);
  const folder = folderForTheseTests();
  const { at } = folder;

  describe('a workbook with a chart, a pivot table, a text box, sparklines, x14 data bars, a sensitivity label, comments, data validation, defined names and print settings', () => {
    let input: Buffer;
    let output: Buffer;
    before(async () => {
      input = richWorkbook();
      fs.writeFileSync(at('rich.xlsx'), input);
      const done = await score(at('rich.xlsx'), at('rich-scored.xlsx'));
      assert.equal(done.changed, true);
      assert.deepEqual(done.unkept, [], 'nothing is left behind, so nothing is noted');
      output = fs.readFileSync(at('rich-scored.xlsx'));
    });

    it('copies every part the product does not own byte for byte (compressed bytes, CRC and sizes), entry by entry', () => {
      const before = readZip(input);
      const after = new Map(readZip(output).map((e) => [e.name, e]));
      const pkg = readPackage(input, 'rich.xlsx');
      const scoredParts = new Set(pkg.sheets.filter((s) => /^P\d/.test(s.name)).map((s) => s.part));
      let copied = 0;
      for (const e of before) {
        const out = after.get(e.name);
        assert.ok(out, `${e.name} is kept`);
        if (OWNED.has(e.name) || scoredParts.has(e.name)) continue;
        assert.ok(out.raw.equals(e.raw), `${e.name} is byte-identical`);
        assert.deepEqual(
          [out.crc, out.size, out.compressedSize, out.method],
          [e.crc, e.size, e.compressedSize, e.method],
          e.name,
        );
        copied++;
      }
      for (const name of [
        'xl/charts/chart1.xml',
        'xl/drawings/drawing1.xml',
        'xl/pivotTables/pivotTable1.xml',
        'xl/pivotCache/pivotCacheDefinition1.xml',
        'docProps/custom.xml',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/sharedStrings.xml',
        'xl/theme/theme1.xml',
        'docProps/app.xml',
        'xl/worksheets/sheet7.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
      ]) {
        assert.ok(
          before.some((e) => e.name === name),
          name,
        );
      }
      assert.ok(copied >= 20, `${copied} parts copied`);
    });

    it("undone, gives back every sheet part of the analyst's byte for byte, and removes the product's sheets", async () => {
      const undone = await undoFile({
        input: at('rich-scored.xlsx'),
        output: at('rich-undone.xlsx'),
        outputNamed: true,
        at: AT,
      });
      assert.ok(undone.cells > 0);
      const back = fs.readFileSync(at('rich-undone.xlsx'));
      const before = new Map(readZip(input).map((e) => [e.name, e]));
      const after = new Map(readZip(back).map((e) => [e.name, e]));
      const pkg = readPackage(input, 'rich.xlsx');
      for (const sheet of pkg.sheets) {
        assert.equal(
          entryText(after.get(sheet.part)!),
          entryText(before.get(sheet.part)!),
          `${sheet.name} is as it was`,
        );
      }
      assert.deepEqual(
        readPackage(back, 'back.xlsx').sheets.map((s) => s.name),
        pkg.sheets.map((s) => s.name),
      );
      for (const name of before.keys()) {
        if (OWNED.has(name)) continue;
        assert.ok(after.get(name), name);
      }
      assert.equal(
        entryText(after.get('xl/workbook.xml')!),
        entryText(before.get('xl/workbook.xml')!),
        'the workbook part too',
      );
    });

    it('is a workbook ExcelJS reads, with the summary sheets and the very hidden state sheet', async () => {
      const wb = await readXlsx(output);
      assert.deepEqual(wb.worksheets.map((s) => [s.name, s.state]).slice(-4), [
        ['Q3 Summary', 'visible'],
        ['Q3 Highlights', 'visible'],
        ['Q3 Findings', 'visible'],
        ['Scorecard_State', 'veryHidden'],
      ]);
    });

    it('changes the sheets holding owned cells only in those cells: sparklines, data bars, validation, drawing, comments and print setup stay as they were', () => {
      const state = readState([]);
      void state;
      const inParts = new Map(readZip(input).map((e) => [e.name, entryText(e)]));
      const outParts = new Map(readZip(output).map((e) => [e.name, entryText(e)]));
      const pkg = readPackage(input, 'rich.xlsx');
      const outPkg = readPackage(output, 'out.xlsx');
      const stateSheet = outPkg.sheets.find((s) => s.name === 'Scorecard_State')!;
      const stateXml = outParts.get(stateSheet.part)!;
      assert.ok(stateXml.includes('performance-scorecard-state/'));
      let owned = 0;
      for (const sheet of pkg.sheets.filter((s) => /^P\d/.test(s.name))) {
        const a = inParts.get(sheet.part)!;
        const b = outParts.get(sheet.part)!;
        assert.equal(
          withoutSheetData(b),
          withoutSheetData(a),
          `${sheet.name}: everything outside the cells is as it was`,
        );
        const before = cellsOf(a);
        const after = cellsOf(b);
        for (const [key, xml] of before) {
          if (after.get(key) !== xml) owned++;
        }
      }
      assert.ok(owned > 0 && owned < 1000, `${owned} owned cells rewritten`);
      const p1 = outParts.get('xl/worksheets/sheet1.xml')!;
      for (const kept of [
        '<x14:sparklineGroups',
        '<x14:dataBar minLength="0"',
        '<dataValidation type="list"',
        '<drawing r:id="rIdRichD"/>',
        '<legacyDrawing r:id="rIdRichV"/>',
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      ]) {
        assert.ok(p1.includes(kept), kept);
      }
      const wb = outParts.get('xl/workbook.xml')!;
      assert.ok(wb.includes('<pivotCaches><pivotCache cacheId="1" r:id="rIdRichPC"/></pivotCaches>'));
      assert.ok(wb.includes('<definedName name="TargetsTable">Targets!$A$1:$D$20</definedName>'));
      assert.equal(
        (wb.match(/_xlnm\.Print_Titles/g) ?? []).length,
        (inParts.get('xl/workbook.xml')!.match(/_xlnm\.Print_Titles/g) ?? []).length,
        'print titles kept',
      );
    });
  });

  it('gives the same scores, cells and formats as the ExcelJS path', async () => {
    await scoreWithExcelJS(EXAMPLE_WORKBOOK, at('by-exceljs.xlsx'));
    const done = await score(EXAMPLE_WORKBOOK, at('by-package.xlsx'));
    assert.equal(done.changed, true);
    const a = snapshotWorkbook(await readXlsx(fs.readFileSync(at('by-exceljs.xlsx'))));
    const b = snapshotWorkbook(await readXlsx(fs.readFileSync(at('by-package.xlsx'))));
    // Every sheet alike; the state sheet holds the same state (and, from the package path, its journal of <c> elements).
    assert.deepEqual(
      b.filter((s) => s.name !== 'Scorecard_State'),
      a.filter((s) => s.name !== 'Scorecard_State'),
    );
    assert.deepEqual(
      b.map((s) => [s.name, s.visibility]),
      a.map((s) => [s.name, s.visibility]),
    );
    const rows = (snap: typeof a) =>
      Object.entries(snap.find((s) => s.name === 'Scorecard_State')!.cells)
        .filter(([address, c]) => /^A\d+$/.test(address) && c.value !== 'packageJournal' && c.value !== 'packageDigest')
        .map(([, c]) => c.value);
    assert.deepEqual(rows(b), rows(a), 'the same keys in the state sheet besides the package journal and digest');
  });

  it('scored again with nothing to change, writes a copy of the file', async () => {
    await score(EXAMPLE_WORKBOOK, at('once.xlsx'));
    const again = await score(at('once.xlsx'), at('twice.xlsx'));
    assert.equal(again.changed, false);
    assert.ok(fs.readFileSync(at('twice.xlsx')).equals(fs.readFileSync(at('once.xlsx'))));
  });

  it('scores over a formula filled down the % variance column (a shared formula): a cell below the table that shares it keeps its own formula, and undo gives the part back byte for byte', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Housing');
    const table = [
      ['Ref', 'Performance Indicator', 'Higher / Lower is better?', 'Target', ...months(3), '% Variance from Target'],
      ['HS-01', 'Homes built', 'Higher', 100, 90, 95, 101],
      ['HS-02', 'Empty homes brought back', 'Higher', 50, 40, 45, 44],
    ];
    table.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    ws.getCell('D5').value = 10;
    ws.getCell('G5').value = 12;
    ws.getCell('H2').value = {
      formula: '(G2-D2)/D2',
      result: 0.01,
      shareType: 'shared',
      ref: 'H2:H5',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('H3').value = { sharedFormula: 'H2', result: -0.12 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('H5').value = { sharedFormula: 'H2', result: 0.2 } as ExcelJS.CellSharedFormulaValue;
    fs.writeFileSync(at('shared.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const part = (file: string) => {
      const pkg = readPackage(fs.readFileSync(file), file);
      return entryText(pkg.byName.get(pkg.sheets.find((s) => s.name === 'Housing')!.part)!);
    };
    assert.match(part(at('shared.xlsx')), /<f t="shared" ref="H2:H5" si="0">/, 'the fixture holds a shared formula');
    const done = await scoreFile({
      input: at('shared.xlsx'),
      output: at('shared-scored.xlsx'),
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    assert.equal(done.cells > 0, true);
    const scored = findSheet(await readXlsx(fs.readFileSync(at('shared-scored.xlsx'))), 'Housing')!;
    assert.equal(scored.getCell('H2').formula, undefined, 'the owned cells hold the scores');
    assert.equal(scored.getCell('H3').formula, undefined);
    assert.equal(
      scored.getCell('H5').formula,
      '(G5-D5)/D5',
      'the cell below the table keeps its own formula, written out in full',
    );
    assert.equal((scored.getCell('H5').value as ExcelJS.CellFormulaValue).result, 0.2);
    await undoFile({
      input: at('shared-scored.xlsx'),
      output: at('shared-undone.xlsx'),
      outputNamed: true,
      at: AT,
    });
    assert.equal(
      part(at('shared-undone.xlsx')),
      part(at('shared.xlsx')),
      "the analyst's sheet part comes back byte for byte",
    );
  });

  it('writes the scores into the same places in a sheet whose last cell is a million rows down (its cells then found without a table of rows), and undoes it byte for byte', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(EXAMPLE_WORKBOOK) as unknown as ExcelJS.Buffer);
    fs.writeFileSync(at('near.xlsx'), await workbookBytes(wb));
    // An empty cell with a format only, far below every table: the engine reads nothing in it.
    for (const ws of wb.worksheets) ws.getCell('A1000000').numFmt = '0.0';
    fs.writeFileSync(at('far.xlsx'), await workbookBytes(wb));
    await score(at('near.xlsx'), at('near-scored.xlsx'));
    await score(at('far.xlsx'), at('far-scored.xlsx'));
    const sheets = (file: string) => {
      const pkg = readPackage(fs.readFileSync(file), file);
      return new Map(
        pkg.sheets
          .filter((s) => s.name !== 'Scorecard_State')
          .map((s) => {
            // Style numbers aside: the far cells' format takes one, so the product's own come one later.
            const cells = cellsOf(entryText(pkg.byName.get(s.part)!).replace(/ s="\d+"/g, ''));
            cells.delete('999999,0');
            return [s.name, cells] as const;
          }),
      );
    };
    const far = sheets(at('far-scored.xlsx'));
    const near = sheets(at('near-scored.xlsx'));
    assert.deepEqual([...far.keys()], [...near.keys()]);
    for (const [name, cells] of near) assert.deepEqual(far.get(name), cells, name);
    await undoFile({ input: at('far-scored.xlsx'), output: at('far-undone.xlsx'), outputNamed: true, at: AT });
    const before = new Map(readZip(fs.readFileSync(at('far.xlsx'))).map((e) => [e.name, e]));
    const pkg = readPackage(fs.readFileSync(at('far.xlsx')), 'far.xlsx');
    for (const e of readZip(fs.readFileSync(at('far-undone.xlsx'))))
      if (pkg.sheets.some((s) => s.part === e.name)) assert.equal(entryText(e), entryText(before.get(e.name)!), e.name);
  });

  it('keeps emoji and other astral characters in 10,000 foreign cells exactly as they were', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(EXAMPLE_WORKBOOK) as unknown as ExcelJS.Buffer);
    const notes = wb.addWorksheet('Notes');
    const texts = ['👍 on track', '🏠-220', '𝔸𝔹ℂ', 'مرحبا 🌍', '🧑🏽‍💻 data team', '𠜎𠜱𠝹'];
    for (let r = 0; r < 2500; r++)
      for (let c = 0; c < 4; c++) notes.getCell(r + 1, c + 1).value = `${texts[(r + c) % texts.length]} ${r}`;
    fs.writeFileSync(at('emoji.xlsx'), await workbookBytes(wb));
    await score(at('emoji.xlsx'), at('emoji-scored.xlsx'));
    const read = (file: string) => {
      const pkg = readPackage(fs.readFileSync(file), file);
      const sheet = pkg.sheets.find((s) => s.name === 'Notes')!;
      return readSheet(entryText(pkg.byName.get(sheet.part)!), pkg.sharedStrings, false).cells.map((c) => c.value);
    };
    const before = read(at('emoji.xlsx'));
    const after = read(at('emoji-scored.xlsx'));
    assert.equal(before.length, 10000);
    assert.ok(before.every((v) => typeof v === 'string' && /[\u{10000}-\u{10FFFF}]/u.test(v)));
    assert.deepEqual(after, before);
    await undoFile({
      input: at('emoji-scored.xlsx'),
      output: at('emoji-undone.xlsx'),
      outputNamed: true,
      at: AT,
    });
    assert.deepEqual(read(at('emoji-undone.xlsx')), before);
  });
});
