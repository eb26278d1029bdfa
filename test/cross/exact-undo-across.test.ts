/**
 * The command line undoes a scoring made by the add-in and gives back what the add-in's journal kept of
 * each owned cell beyond its value and format (issue 8 item 6): its hyperlink, its fill pattern and its
 * rich text (CellSnapshot.native of kind 'office'); a colour by theme comes back as the RGB Excel showed.
 * The add-in scores on the in-memory Excel model, the model is saved as .xlsx, and `scorecard undo` undoes it: by editing the package where it can (a link
 * still on its cell, a pattern written with the cell's style), else through its ExcelJS adapter. And a
 * pattern fill a scoring of the command line overwrote comes back from the add-in's undo, and from the
 * command line's own when it cannot put the cell back verbatim.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { scoreFile } from '../../src/cli/score-file';
import { undoFile } from '../../src/cli/undo-file';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { folderForEachTest } from '../support/xlsx-fixtures';
import { readPackage } from '../../src/xlsx/package/read';
import { entryText } from '../../src/xlsx/package/zip';

const AT = new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';

/** The sheet part's `<hyperlink>` element for a cell of P1. */
function linkXml(file: string, address: string): string {
  const bytes = fs.readFileSync(file);
  const pkg = readPackage(bytes, file);
  const part = pkg.sheets.find((s) => s.name === P1)!.part;
  const xml = entryText(pkg.byName.get(part)!);
  return new RegExp(`<hyperlink\\b[^>]*\\bref="${address}"[^>]*>`).exec(xml)?.[0] ?? '';
}

async function cellsOf(file: string, ...addresses: string[]): Promise<ExcelJS.Cell[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(P1)!;
  return addresses.map((a) => sheet.getCell(a));
}

const RICH = [
  { text: 'see ', font: { bold: true } },
  { text: 'note 4', font: { color: '#C00000', italic: true } },
];

describe('Undo across the front ends gives back links, fill patterns and rich text', function () {
  this.timeout(120000);
  const tmp = folderForEachTest({ example: true });

  /** The example with a linked note in U5 and a Gray25 pattern in red over grey on T6, scored by the add-in. */
  async function scoredByAddIn(apiVersion: string, edit?: (model: Awaited<ReturnType<typeof modelFromXlsx>>) => void) {
    const model = await modelFromXlsx(tmp.example, { apiVersion });
    const p1 = model.doc.sheet(P1)!;
    // The DOT cell: the scoring writes an arrow over its text, and Excel keeps the link on it.
    Object.assign(p1.edit(4, 20), {
      value: 'see the data',
      hyperlink: { address: 'https://data.example.gov.uk/cyp-01', screenTip: 'Source' },
    });
    Object.assign(p1.edit(5, 19), { value: 'n/a', fill: 'D9D9D9', fillPattern: 'Gray25', patternColor: 'FF0000' });
    await scoreQuarter(model.host, {}, () => AT);
    assert.notEqual(p1.cell(4, 20)!.value, 'see the data', 'scored');
    assert.equal(typeof p1.cell(5, 19)!.value, 'number', 'scored');
    edit?.(model);
    const file = tmp.at('scored-by-add-in.xlsx');
    fs.writeFileSync(file, await xlsxFromModel(model));
    return file;
  }

  it('by editing the package: the link still on its cell stays, the pattern comes back in its colour over the fill colour', async () => {
    const file = await scoredByAddIn('1.17');
    const undone = tmp.at('undone.xlsx');
    await undoFile({ input: file, output: undone, outputNamed: true, at: AT });
    const [u5, t6] = await cellsOf(undone, 'U5', 'T6');
    assert.deepEqual(u5.value, { text: 'see the data', hyperlink: 'https://data.example.gov.uk/cyp-01' });
    assert.match(linkXml(undone, 'U5'), /tooltip="Source"/);
    assert.equal(t6.value, 'n/a');
    assert.deepEqual(t6.fill, {
      type: 'pattern',
      pattern: 'lightGray',
      fgColor: { argb: 'FFFF0000' },
      bgColor: { argb: 'FFD9D9D9' },
    });
  });

  it('links the analyst removed since come back too: an address through a new relationship of the sheet, a place in the workbook', async () => {
    const model = await modelFromXlsx(tmp.example);
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 20), {
      value: 'see the data',
      hyperlink: { address: 'https://data.example.gov.uk/cyp-01?a=1&b=2', screenTip: 'Source' },
    });
    Object.assign(p1.edit(5, 20), { value: 'log', hyperlink: { documentReference: "'Q3 Log'!A1" } });
    await scoreQuarter(model.host, {}, () => AT);
    delete p1.cell(4, 20)!.hyperlink;
    delete p1.cell(5, 20)!.hyperlink;
    const file = tmp.at('links-removed.xlsx');
    fs.writeFileSync(file, await xlsxFromModel(model));
    const undone = tmp.at('undone.xlsx');
    await undoFile({ input: file, output: undone, outputNamed: true, at: AT });
    const [u5, u6] = await cellsOf(undone, 'U5', 'U6');
    assert.match(linkXml(undone, 'U5'), /^<hyperlink ref="U5" r:id="rIdSC1"/);
    assert.deepEqual(u5.value, { text: 'see the data', hyperlink: 'https://data.example.gov.uk/cyp-01?a=1&b=2' });
    assert.match(linkXml(undone, 'U5'), /tooltip="Source"/);
    assert.equal(u6.value, 'log');
    // (ExcelJS reads only links with a relationship, so the place in the workbook is looked for in the part.)
    assert.equal(linkXml(undone, 'U6'), `<hyperlink ref="U6" location="'Q3 Log'!A1"/>`);
    // Opened again by the add-in (the model reads the file through ExcelJS), the address is there.
    const back = (await modelFromXlsx(undone)).doc.sheet(P1)!;
    assert.equal(back.cell(4, 20)!.hyperlink?.address, 'https://data.example.gov.uk/cyp-01?a=1&b=2');
  });

  it('a fill by theme, scored by the add-in, comes back from the command line as the RGB Excel showed', async () => {
    const model = await modelFromXlsx(tmp.example);
    Object.assign(model.doc.sheet(P1)!.edit(4, 19), { fill: 'DAE3F3', fillBy: { theme: 4, tint: 0.7999816888943144 } });
    const original = tmp.at('themed.xlsx');
    fs.writeFileSync(original, await xlsxFromModel(model));
    assert.deepEqual((await cellsOf(original, 'T5'))[0].fill, {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { theme: 4, tint: 0.7999816888943144 },
    });
    const themed = await modelFromXlsx(original);
    // Excel shows accent 1 lightened 80% in the file's own theme (ExcelJS writes Office 2007's: 4F81BD).
    const shown = themed.doc.sheet(P1)!.cell(4, 19)!.fill;
    assert.equal(shown, 'DCE6F2');
    await scoreQuarter(themed.host, {}, () => AT);
    const file = tmp.at('scored-by-add-in.xlsx');
    fs.writeFileSync(file, await xlsxFromModel(themed));
    const undone = tmp.at('undone.xlsx');
    await undoFile({ input: file, output: undone, outputNamed: true, at: AT });
    const fill = (await cellsOf(undone, 'T5'))[0].fill as ExcelJS.FillPattern;
    assert.equal(fill.pattern, 'solid');
    assert.deepEqual(fill.fgColor, { argb: `FF${shown}` }, 'the colour it showed, as RGB: no longer by theme');
  });

  it('rich text kept by the add-in on ExcelApi 1.18 comes back as its runs of fonts', async () => {
    const model = await modelFromXlsx(tmp.example, { apiVersion: '1.18' });
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 19), {
      value: 'see note 4',
      textRuns: [
        { text: 'see ', font: { bold: true } },
        { text: 'note 4', font: { color: '#C00000', italic: true } },
      ],
    });
    await scoreQuarter(model.host, {}, () => AT);
    const file = tmp.at('scored-by-add-in.xlsx');
    fs.writeFileSync(file, await xlsxFromModel(model));
    const undone = tmp.at('undone.xlsx');
    await undoFile({ input: file, output: undone, outputNamed: true, at: AT });
    const [t5] = await cellsOf(undone, 'T5');
    const runs = (t5.value as ExcelJS.CellRichTextValue).richText;
    assert.deepEqual(
      runs.map((r) => r.text),
      ['see ', 'note 4'],
    );
    assert.equal(runs[0].font?.bold, true);
    assert.notEqual(runs[0].font?.italic, true);
    assert.equal(runs[1].font?.italic, true);
    assert.notEqual(runs[1].font?.bold, true);
    assert.deepEqual(runs[1].font?.color, { argb: 'FFC00000' });
  });

  describe('a pattern fill, rich text and a link on cells a scoring of the command line overwrote', () => {
    /**
     * The example with a Gray25 pattern in red over grey on T6, rich text on T8 and a link on U5, scored by
     * the command line's package path.
     */
    async function scoredByCli(): Promise<string> {
      const model = await modelFromXlsx(tmp.example);
      Object.assign(model.doc.sheet(P1)!.edit(5, 19), {
        value: 'n/a',
        fill: 'D9D9D9',
        fillPattern: 'Gray25',
        patternColor: 'FF0000',
      });
      Object.assign(model.doc.sheet(P1)!.edit(7, 19), { value: 'see note 4', textRuns: structuredClone(RICH) });
      Object.assign(model.doc.sheet(P1)!.edit(4, 20), {
        value: 'see the data',
        hyperlink: { address: 'https://data.example.gov.uk/cyp-01', screenTip: 'Source' },
      });
      const patterned = tmp.at('patterned.xlsx');
      fs.writeFileSync(patterned, await xlsxFromModel(model));
      const scored = tmp.at('scored-by-cli.xlsx');
      await scoreFile({
        input: patterned,
        output: scored,
        outputNamed: true,
        overrides: {},
        at: AT,
      });
      const [t6] = await cellsOf(scored, 'T6');
      assert.equal((t6.fill as ExcelJS.FillPattern).pattern, 'solid', 'the RAG fill over it');
      return scored;
    }

    it("come back from the add-in's undo (patterns from ExcelApi 1.9, rich text from 1.18)", async () => {
      const model = await modelFromXlsx(await scoredByCli(), { apiVersion: '1.18' });
      await undoLastScoring(model.host);
      const t6 = model.doc.sheet(P1)!.cell(5, 19)!;
      assert.equal(t6.value, 'n/a');
      assert.equal(t6.fill, 'D9D9D9');
      assert.equal(t6.fillPattern, 'Gray25');
      assert.equal(t6.patternColor, 'FF0000');
      const t8 = model.doc.sheet(P1)!.cell(7, 19)!;
      assert.equal(t8.value, 'see note 4');
      assert.deepEqual(t8.textRuns, RICH, "through the file, the command line's journal and the add-in's undo");
    });

    it("come back from the command line's own undo when it cannot put the cell back verbatim (an owned cell retyped since)", async () => {
      const model = await modelFromXlsx(await scoredByCli());
      model.doc.sheet(P1)!.edit(6, 19).value = 0.5; // the analyst retypes T7's variance
      const edited = tmp.at('edited.xlsx');
      fs.writeFileSync(edited, await xlsxFromModel(model));
      const undone = tmp.at('undone.xlsx');
      const u = await undoFile({ input: edited, output: undone, outputNamed: true, at: AT });
      assert.deepEqual(u.changedSince, ['P1 Children & Young People!T7']);
      const [t6] = await cellsOf(undone, 'T6');
      assert.equal(t6.value, 'n/a');
      assert.deepEqual(t6.fill, {
        type: 'pattern',
        pattern: 'lightGray',
        fgColor: { argb: 'FFFF0000' },
        bgColor: { argb: 'FFD9D9D9' },
      });
      const [t8] = await cellsOf(undone, 'T8');
      const runs = (t8.value as ExcelJS.CellRichTextValue).richText;
      assert.deepEqual(
        runs.map((r) => [r.text, Boolean(r.font?.bold), Boolean(r.font?.italic), r.font?.color?.argb]),
        [
          ['see ', true, false, undefined],
          ['note 4', false, true, 'FFC00000'],
        ],
      );
      assert.equal(runs[1].font?.size, 10, "each run over the cell's own font (the example's 10 pt)");
    });

    it('a link the analyst removed after the scoring comes back from either undo', async () => {
      const model = await modelFromXlsx(await scoredByCli());
      delete model.doc.sheet(P1)!.cell(4, 20)!.hyperlink;
      const edited = tmp.at('link-removed.xlsx');
      fs.writeFileSync(edited, await xlsxFromModel(model));
      await undoLastScoring(model.host);
      const u5 = model.doc.sheet(P1)!.cell(4, 20)!;
      assert.equal(u5.value, 'see the data');
      assert.equal(u5.hyperlink?.address, 'https://data.example.gov.uk/cyp-01', 'the add-in');
      assert.equal(u5.hyperlink?.screenTip, 'Source');
      const undone = tmp.at('undone.xlsx');
      await undoFile({ input: edited, output: undone, outputNamed: true, at: AT });
      const [cell] = await cellsOf(undone, 'U5');
      assert.deepEqual(
        cell.value,
        { text: 'see the data', hyperlink: 'https://data.example.gov.uk/cyp-01' },
        'the command line',
      );
      assert.match(linkXml(undone, 'U5'), /tooltip="Source"/);
    });
  });
});
