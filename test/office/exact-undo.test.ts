/**
 * Undo puts owned cells back as they were (issue 8 item 6, issue 9 item 3) through the add-in on the
 * in-memory Excel model: an error value comes back as the error, text typed as '=1+1 as text, a formula
 * whose cached result is an error as that formula, a hyperlink with its address, a pattern fill with its
 * pattern and pattern colour (ExcelApi 1.9), rich text with its runs of fonts (ExcelApi 1.18). What the
 * add-in cannot read back (rich text below 1.18, theme and palette colours — they come back as the RGB
 * Excel showed —, pattern fills below 1.9) is listed in docs/architecture.md.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { modelFromGrids } from '../support/excel-model/build';
import { ExcelModel } from '../support/excel-model';
import { unscoredReport } from '../support/lifecycle';
import { decodeState } from '../../src/core';
import { gridsOfDocument } from '../support/excel-model/build';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';

describe('Undo puts owned cells back as they were (in-memory Excel model)', () => {
  it('an error value as the error, text "=1+1" as text, a formula with a cached error as the formula', async () => {
    const model = modelFromGrids(unscoredReport());
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 19), { value: '#N/A' }); // typed #N/A: the error value
    Object.assign(p1.edit(4, 20), { value: '=1+1', quotePrefix: true }); // typed '=1+1: text
    Object.assign(p1.edit(5, 19), { value: '#DIV/0!', formula: '=1/0' });
    Object.assign(p1.edit(5, 20), { value: '#N/A', quotePrefix: true, numberFormat: '@' }); // text "#N/A" in a text cell
    await scoreQuarter(model.host, {}, AT);
    assert.equal(typeof p1.cell(4, 19)!.value, 'number', 'scored');
    await undoLastScoring(model.host);
    const t5 = p1.cell(4, 19)!;
    assert.equal(t5.value, '#N/A');
    assert.ok(!t5.quotePrefix && t5.formula === undefined, '#N/A is the error value again, not text');
    const u5 = p1.cell(4, 20)!;
    assert.equal(u5.value, '=1+1');
    assert.equal(u5.formula, undefined, '"=1+1" is text again, not a formula');
    assert.equal(u5.quotePrefix, true);
    assert.equal(p1.cell(5, 19)!.formula, '=1/0');
    assert.equal(p1.cell(5, 20)!.value, '#N/A');
    assert.equal(p1.cell(5, 20)!.quotePrefix, true, 'text "#N/A" in a cell formatted as text stays text');
  });

  for (const apiVersion of ['1.17', '1.8']) {
    it(`a hyperlink on an owned cell comes back with its address, whatever happened to it since (ExcelApi ${apiVersion})`, async () => {
      const model = modelFromGrids(unscoredReport(), { apiVersion });
      const p1 = model.doc.sheet(P1)!;
      Object.assign(p1.edit(4, 19), {
        value: 'see the data',
        hyperlink: {
          address: 'https://data.example.gov.uk/cyp-01',
          textToDisplay: 'see the data',
          screenTip: 'Source',
        },
      });
      Object.assign(p1.edit(5, 20), { value: 'log', hyperlink: { documentReference: "'Targets'!A1" } });
      await scoreQuarter(model.host, {}, AT);
      const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
      const kept = state.journal!.cells.find((c) => c.cell === 'T5')!.before.native;
      assert.deepEqual(
        kept,
        {
          kind: 'office',
          hyperlink: {
            address: 'https://data.example.gov.uk/cyp-01',
            screenTip: 'Source',
            textToDisplay: 'see the data',
          },
        },
        'the journal keeps the link',
      );
      // The link removed since (as the command line's writer does when it rewrites the cell).
      delete p1.cell(4, 19)!.hyperlink;
      delete p1.cell(5, 20)!.hyperlink;
      await undoLastScoring(model.host);
      const t5 = p1.cell(4, 19)!;
      assert.equal(t5.value, 'see the data');
      assert.equal(t5.hyperlink?.address, 'https://data.example.gov.uk/cyp-01');
      assert.equal(t5.hyperlink?.screenTip, 'Source');
      assert.equal(p1.cell(5, 20)!.value, 'log');
      assert.equal(p1.cell(5, 20)!.hyperlink?.documentReference, "'Targets'!A1");
    });
  }

  it('a Gray25 pattern in red over a grey fill comes back as it was (ExcelApi 1.9 and later)', async () => {
    const model = modelFromGrids(unscoredReport(), { apiVersion: '1.9' });
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 19), { fill: 'D9D9D9', fillPattern: 'Gray25', patternColor: 'FF0000' });
    await scoreQuarter(model.host, {}, AT);
    const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
    const kept = state.journal!.cells.find((c) => c.cell === 'T5')!.before;
    assert.equal(kept.format.fill, 'D9D9D9');
    assert.deepEqual(kept.native, { kind: 'office', fill: { pattern: 'Gray25', patternColor: 'FF0000' } });
    // The pattern removed since (as the command line's writer does when it rewrites the cell's style).
    Object.assign(p1.cell(4, 19)!, { fill: '00B050' });
    delete p1.cell(4, 19)!.fillPattern;
    delete p1.cell(4, 19)!.patternColor;
    await undoLastScoring(model.host);
    const t5 = p1.cell(4, 19)!;
    assert.equal(t5.fill, 'D9D9D9', 'the fill colour under the pattern');
    assert.equal(t5.fillPattern, 'Gray25');
    assert.equal(t5.patternColor, 'FF0000');
  });

  it('a fill and a font colour by theme or palette index come back as the RGB Excel showed: the same colour, no longer tied to the theme', async () => {
    const model = modelFromGrids(unscoredReport());
    const p1 = model.doc.sheet(P1)!;
    // "Blue, Accent 1, Lighter 80%" fill and "Orange, Accent 2, Darker 25%" text; the palette's silver (index 22).
    Object.assign(p1.edit(4, 19), {
      fill: 'DAE3F3',
      fillBy: { theme: 4, tint: 0.7999816888943144 },
      fontColor: 'C55A11',
      fontBy: { theme: 5, tint: -0.249977111117893 },
    });
    Object.assign(p1.edit(5, 19), { fill: 'C0C0C0', fillBy: { indexed: 22 } });
    Object.assign(p1.edit(6, 19), { fill: 'DAE3F3', fontColor: 'C55A11' }); // the same colours typed as RGB
    await scoreQuarter(model.host, {}, AT);
    const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
    const before = (cell: string) => state.journal!.cells.find((c) => c.cell === cell)!.before;
    assert.deepEqual(
      { ...before('T5'), value: null },
      { ...before('T7'), value: null },
      'Office.js reads a theme colour as its RGB: the journal cannot tell it from the same colour typed as RGB, so no finding can name such a cell',
    );
    assert.equal(before('T6').format.fill, 'C0C0C0');
    await undoLastScoring(model.host);
    const t5 = p1.cell(4, 19)!;
    assert.equal(t5.fill, 'DAE3F3', 'the colour as it showed');
    assert.equal(t5.fontColor, 'C55A11');
    assert.equal(t5.fillBy, undefined, 'as RGB: it no longer follows the theme');
    assert.equal(t5.fontBy, undefined);
    assert.equal(p1.cell(5, 19)!.fill, 'C0C0C0');
    assert.equal(p1.cell(5, 19)!.fillBy, undefined, 'the palette index comes back as its RGB');
  });

  const RICH = [
    { text: 'see ', font: { bold: true } },
    { text: 'note 4', font: { color: '#C00000', italic: true } },
  ];

  it('rich text in an owned cell comes back with its runs of fonts (ExcelApi 1.18 and later)', async () => {
    const model = modelFromGrids(unscoredReport(), { apiVersion: '1.18' });
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 19), { value: 'see note 4', textRuns: structuredClone(RICH) });
    Object.assign(p1.edit(5, 19), { value: 'plain words' });
    await scoreQuarter(model.host, {}, AT);
    assert.equal(typeof p1.cell(4, 19)!.value, 'number', 'scored');
    assert.equal(p1.cell(4, 19)!.textRuns, undefined, 'the variance written over the rich text');
    const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
    const kept = (cell: string) => state.journal!.cells.find((c) => c.cell === cell)!.before.native;
    assert.deepEqual(
      kept('T5'),
      {
        kind: 'office',
        textRuns: [
          { text: 'see ', font: { bold: true, color: '#000000', italic: false } },
          { text: 'note 4', font: { bold: false, color: '#C00000', italic: true } },
        ],
      },
      'the journal keeps the runs, with the font properties that differ between them',
    );
    assert.equal(kept('T6'), undefined, 'plain text keeps nothing more');
    await undoLastScoring(model.host);
    const t5 = p1.cell(4, 19)!;
    assert.equal(t5.value, 'see note 4');
    assert.deepEqual(t5.textRuns, RICH, '"see " bold, "note 4" red italic, as they were');
    assert.equal(p1.cell(5, 19)!.value, 'plain words');
    assert.equal(p1.cell(5, 19)!.textRuns, undefined);
  });

  it("below ExcelApi 1.18 rich text comes back as its text in the cell's own font; no runs are asked for", async () => {
    // (The model refuses textRuns below 1.18 with ApiNotFound, so the run itself shows none was asked for.)
    const model = modelFromGrids(unscoredReport(), { apiVersion: '1.17' });
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 19), { value: 'see note 4', textRuns: structuredClone(RICH) });
    await scoreQuarter(model.host, {}, AT);
    const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
    assert.equal(state.journal!.cells.find((c) => c.cell === 'T5')!.before.native, undefined);
    await undoLastScoring(model.host);
    const t5 = p1.cell(4, 19)!;
    assert.equal(t5.value, 'see note 4', 'the text');
    assert.equal(t5.textRuns, undefined, 'in the cell font: the runs are lost below 1.18');
    assert.equal(t5.bold, false);
  });

  it('on ExcelApi 1.18 the runs of owned text cells come with the reads: no request more than on 1.17 (issue 11 item 2)', async () => {
    const plain = modelFromGrids(unscoredReport(), { apiVersion: '1.18' });
    const before = modelFromGrids(unscoredReport(), { apiVersion: '1.17' });
    await scoreQuarter(plain.host, {}, AT);
    await scoreQuarter(before.host, {}, AT);
    // The example's owned cells hold typed arrows and quartiles: their runs are read in the request that
    // reads the workbook (its read-ahead), which weighs more for them, and in no request of their own.
    assert.equal(plain.syncs.length, before.syncs.length);
    const reads = (m: typeof plain) =>
      m.syncs.filter((s) => !s.wrote && s.calls.some((c) => c.name === 'Range.getCellProperties'));
    assert.equal(reads(plain).length, reads(before).length, 'no getCellProperties request more');
    const bytes = (m: typeof plain) => reads(m).reduce((n, s) => n + s.responseBytes, 0);
    assert.ok(bytes(plain) > bytes(before), 'the runs came back in the same requests');
  });

  it("on ExcelApi 1.18 a rescore with nothing changed reads the typed quartiles' runs in the same requests as on 1.17", async () => {
    const newer = modelFromGrids(unscoredReport(), { apiVersion: '1.18' });
    const older = modelFromGrids(unscoredReport(), { apiVersion: '1.17' });
    for (const model of [newer, older]) {
      await scoreQuarter(model.host, {}, AT);
      model.syncs.length = 0;
      assert.equal((await scoreQuarter(model.host, {}, AT)).changed, false);
    }
    // Undo writes a quartile's text back, which would drop its runs: they are read — with the workbook.
    assert.equal(newer.syncs.length, older.syncs.length);
    const bytes = (m: typeof newer) => m.syncs.reduce((n, s) => n + s.responseBytes, 0);
    assert.ok(bytes(newer) > bytes(older), 'the runs came back in the same requests');
  });

  it('runs whose response Excel refuses as too large are asked for again in halves, and all kept', async () => {
    const model = modelFromGrids(unscoredReport(), { apiVersion: '1.18', responseLimit: 120000 });
    const p1 = model.doc.sheet(P1)!;
    // 18 notes in 80 runs of alternating fonts each: some 16 KB of response a cell, sized as 900 bytes.
    const runs = Array.from({ length: 80 }, (_, i) => ({
      text: `w${String(i).padStart(2, '0')} `,
      font: { bold: i % 2 === 0 },
    }));
    const text = runs.map((r) => r.text).join('');
    const rows = Array.from({ length: 18 }, (_, i) => 4 + i); // P1's 18 indicators, rows 5 to 22
    for (const r of rows) Object.assign(p1.edit(r, 19), { value: text, textRuns: structuredClone(runs) });
    await scoreQuarter(model.host, {}, AT);
    const refused = model.syncs.filter((s) => s.error && s.calls.some((c) => c.name === 'Range.getCellProperties'));
    assert.ok(refused.length >= 1, 'Excel refused the first request of runs');
    const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
    const kept = state.journal!.cells.filter((c) => c.before.native?.kind === 'office' && c.before.native.textRuns);
    assert.equal(kept.length, rows.length, 'every note kept');
    // (Undo on a host without the cap: the journal of 1,440 runs is itself larger than this one allows.)
    await undoLastScoring(new ExcelModel(model.doc, { apiVersion: '1.18' }).host);
    for (const r of rows) assert.equal(p1.cell(r, 19)!.textRuns?.length, 80);
  });

  it('below ExcelApi 1.9 nothing of a pattern is read or written: the fill colour comes back plain', async () => {
    const model = modelFromGrids(unscoredReport(), { apiVersion: '1.8' });
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(4, 19), { fill: 'D9D9D9', fillPattern: 'Gray25', patternColor: 'FF0000' });
    await scoreQuarter(model.host, {}, AT);
    const state = decodeState(gridsOfDocument(model.doc).find((g) => g.name === 'Scorecard_State')!.values);
    const kept = state.journal!.cells.find((c) => c.cell === 'T5')!.before;
    assert.equal(kept.format.fill, 'D9D9D9');
    assert.equal(kept.native, undefined);
    Object.assign(p1.cell(4, 19)!, { fill: '00B050' });
    delete p1.cell(4, 19)!.fillPattern;
    delete p1.cell(4, 19)!.patternColor;
    await undoLastScoring(model.host);
    const t5 = p1.cell(4, 19)!;
    assert.equal(t5.fill, 'D9D9D9');
    assert.equal(t5.fillPattern, undefined, 'the pattern is lost below 1.9');
    const calls = model.syncs.flatMap((s) => s.calls.map((c) => c.name));
    assert.ok(!calls.some((n) => /pattern|getCellProperties/i.test(n)), 'no pattern read or written');
  });
});
