/**
 * Workbooks the package path once handed to ExcelJS (issue 10), now read and written by it, each in
 * the corpus's order: scored → every part the product does not own byte for byte → the same cells as
 * the plain workbook gives → undone, the analyst's sheet parts byte for byte.
 * - parts written with a namespace prefix (`<x:workbook>`, `<x:sheetData>`, as some generators write);
 * - a workbook with no styles part (the scoring writes one, with its relationship and content type).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { SaxesParser } from 'saxes';
import { scoreFile } from '../../src/cli/score-file';
import { undoFile } from '../../src/cli/undo-file';
import { entryText, readZip } from '../../src/xlsx/package/zip';
import { numberFormatOf, readPackage, readSheet } from '../../src/xlsx/package/read';
import { MAIN_NS, REL_NS } from '../../src/xlsx/package/xml';
import { listedSheets } from '../../src/xlsx/package-parts';
import { parseCellAddress } from '../../src/core';
import { EXAMPLE_WORKBOOK, folderForEachTest, folderForTheseTests, rezip } from '../support/xlsx-fixtures';
import { readXlsx } from '../support/xlsx-snapshot';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';

const AT = new Date('2026-11-26T09:00:00Z');

/** Every element of the part not already prefixed given the prefix `x`, its default namespace bound to `x` instead. */
function prefixed(xml: string, ns: string): string {
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s>/])/g, '<$1x:$2').replace(`xmlns="${ns}"`, `xmlns:x="${ns}"`);
}

/** The example workbook with workbook.xml, every sheet, styles, shared strings, relationships and content types prefixed. */
function prefixedWorkbook(): Buffer {
  return rezip(fs.readFileSync(EXAMPLE_WORKBOOK), (parts) => {
    for (const [name, bytes] of parts) {
      const xml = bytes.toString('utf8');
      if (name === '[Content_Types].xml')
        parts.set(name, Buffer.from(prefixed(xml, 'http://schemas.openxmlformats.org/package/2006/content-types')));
      else if (name === 'xl/_rels/workbook.xml.rels')
        parts.set(name, Buffer.from(prefixed(xml, 'http://schemas.openxmlformats.org/package/2006/relationships')));
      else if (/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name))
        parts.set(name, Buffer.from(prefixed(xml, MAIN_NS)));
    }
  });
}

/** The example workbook with no styles part: the part, its relationship, its content type and every cell's `s` gone. */
function workbookWithoutStyles(): Buffer {
  return rezip(fs.readFileSync(EXAMPLE_WORKBOOK), (parts) => {
    parts.delete('xl/styles.xml');
    const drop = (name: string, re: RegExp) =>
      parts.set(name, Buffer.from(parts.get(name)!.toString('utf8').replace(re, '')));
    drop('xl/_rels/workbook.xml.rels', /<Relationship [^>]*relationships\/styles"[^>]*\/>/);
    drop('[Content_Types].xml', /<Override PartName="\/xl\/styles.xml"[^>]*\/>/);
    for (const name of parts.keys()) if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) drop(name, / s="\d+"/g);
  });
}

/** What the analyst sees of every sheet but the state sheet: value, number format, fill and font colour of each cell. */
function cellsSeen(bytes: Buffer): Map<string, Map<string, string>> {
  const pkg = readPackage(bytes, 'seen.xlsx');
  const out = new Map<string, Map<string, string>>();
  for (const sheet of pkg.sheets) {
    if (sheet.name === 'Scorecard_State') continue;
    const read = readSheet(entryText(pkg.byName.get(sheet.part)!), pkg.sharedStrings, pkg.date1904);
    const cells = new Map<string, string>();
    for (const c of read.cells) {
      const xf = pkg.styles.xfs[c.style];
      const fill = xf ? pkg.styles.fills[xf.fillId] : null;
      const font = xf ? pkg.styles.fontColours[xf.fontId] : null;
      cells.set(`${c.row},${c.col}`, JSON.stringify([c.value, numberFormatOf(pkg.styles, c.style), fill, font]));
    }
    out.set(sheet.name, cells);
  }
  return out;
}

/** Every element of the part, by namespace: none may be left outside one (an unprefixed `<c>` in a prefixed part). */
function namespacesOf(xml: string): Set<string> {
  const uris = new Set<string>();
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', (t) => uris.add(t.uri));
  p.write(xml).close();
  return uris;
}

describe('Workbooks the package path once left to ExcelJS (issue 10)', function () {
  this.timeout(120000);
  const folder = folderForTheseTests();
  const { at } = folder;

  let plainScored: Buffer;
  before(async () => {
    await scoreFile({ input: EXAMPLE_WORKBOOK, output: at('plain.xlsx'), outputNamed: true, overrides: {}, at: AT });
    plainScored = fs.readFileSync(at('plain.xlsx'));
  });

  async function cycle(name: string, input: Buffer, owned: Set<string>) {
    fs.writeFileSync(at(`${name}.xlsx`), input);
    const done = await scoreFile({
      input: at(`${name}.xlsx`),
      output: at(`${name}-scored.xlsx`),
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    assert.equal(done.changed, true);
    assert.deepEqual(done.unkept, []);
    const scored = fs.readFileSync(at(`${name}-scored.xlsx`));
    const pkg = readPackage(input, name);
    const scoredParts = new Set(pkg.sheets.filter((s) => /^P\d/.test(s.name)).map((s) => s.part));
    const after = new Map(readZip(scored).map((e) => [e.name, e]));
    for (const e of readZip(input)) {
      if (owned.has(e.name) || scoredParts.has(e.name)) continue;
      assert.ok(after.get(e.name)?.raw.equals(e.raw), `${e.name} is byte-identical`);
    }
    const again = await scoreFile({
      input: at(`${name}-scored.xlsx`),
      output: at(`${name}-twice.xlsx`),
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    assert.equal(again.changed, false, 'scored twice, nothing changes');
    await undoFile({ input: at(`${name}-scored.xlsx`), output: at(`${name}-undone.xlsx`), outputNamed: true, at: AT });
    const undone = new Map(readZip(fs.readFileSync(at(`${name}-undone.xlsx`))).map((e) => [e.name, e]));
    for (const sheet of pkg.sheets)
      assert.equal(
        entryText(undone.get(sheet.part)!),
        entryText(readZip(input).find((e) => e.name === sheet.part)!),
        `${sheet.name} is given back byte for byte`,
      );
    assert.equal(
      entryText(undone.get('xl/workbook.xml')!),
      entryText(readZip(input).find((e) => e.name === 'xl/workbook.xml')!),
    );
    return { scored, pkg };
  }

  it('parts written with a namespace prefix (<x:workbook>, <x:sheetData>): scored as the plain workbook is, every new element in its namespace, undone byte for byte', async () => {
    const input = prefixedWorkbook();
    assert.match(entryText(readZip(input).find((e) => e.name === 'xl/workbook.xml')!), /<x:workbook xmlns:x=/);
    const owned = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
    const { scored, pkg } = await cycle('prefixed', input, owned);
    assert.deepEqual(
      cellsSeen(scored),
      cellsSeen(plainScored),
      'the same values and formats as the plain workbook gets',
    );
    const parts = new Map(readZip(scored).map((e) => [e.name, entryText(e)]));
    for (const sheet of pkg.sheets.filter((s) => /^P\d/.test(s.name)))
      assert.deepEqual(
        [...namespacesOf(parts.get(sheet.part)!)],
        [MAIN_NS],
        `${sheet.name}: every element in SpreadsheetML's namespace`,
      );
    for (const part of ['xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'])
      assert.ok(!namespacesOf(parts.get(part)!).has(''), `${part}: no element left outside a namespace`);
    assert.match(parts.get('xl/workbook.xml')!, /<x:sheet name="Q3 Summary" sheetId="\d+" r:id="rIdPS\d+"\/>/);
    assert.match(parts.get('xl/_rels/workbook.xml.rels')!, /<x:Relationship Id="rIdPS\d+"/);
    assert.match(parts.get('[Content_Types].xml')!, /<x:Override PartName="\/xl\/worksheets\/sheet\d+\.xml"/);
  });

  it('parts saved again without their prefix (by Excel) after the scoring: undo does not put the prefixed <x:c> elements back, and gives back every value', async () => {
    const input = prefixedWorkbook();
    fs.writeFileSync(at('resaved.xlsx'), input);
    await scoreFile({
      input: at('resaved.xlsx'),
      output: at('resaved-scored.xlsx'),
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    // Another writer saves every part with SpreadsheetML as the default namespace, the state sheet's journal untouched.
    const unprefixed = rezip(fs.readFileSync(at('resaved-scored.xlsx')), (parts) => {
      for (const [name, bytes] of parts)
        if (name.endsWith('.xml') || name.endsWith('.rels'))
          parts.set(
            name,
            Buffer.from(
              bytes
                .toString('utf8')
                .replace(/<(\/?)x:/g, '<$1')
                .replace(/xmlns:x=/g, 'xmlns='),
            ),
          );
    });
    fs.writeFileSync(at('resaved-again.xlsx'), unprefixed);
    await undoFile({ input: at('resaved-again.xlsx'), output: at('resaved-undone.xlsx'), outputNamed: true, at: AT });
    const undone = fs.readFileSync(at('resaved-undone.xlsx'));
    const pkg = readPackage(undone, 'undone');
    for (const sheet of pkg.sheets) {
      const xml = entryText(pkg.byName.get(sheet.part)!);
      assert.deepEqual(
        [...namespacesOf(xml)].filter((u) => u !== MAIN_NS),
        [],
        `${sheet.name}: well formed, in the namespace`,
      );
    }
    const values = (m: Map<string, Map<string, string>>) =>
      new Map(
        [...m].map(([name, cells]) => [
          name,
          new Map([...cells].map(([k, v]) => [k, (JSON.parse(v) as unknown[])[0]])),
        ]),
      );
    assert.deepEqual(values(cellsSeen(undone)), values(cellsSeen(input)), 'every value as it was');
  });

  it("a workbook with no styles part: one is written, with its relationship and content type; the cells are the plain workbook's; undone byte for byte", async () => {
    const input = workbookWithoutStyles();
    assert.ok(!readZip(input).some((e) => e.name === 'xl/styles.xml'));
    const owned = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']);
    const { scored } = await cycle('no-styles', input, owned);
    const parts = new Map(readZip(scored).map((e) => [e.name, entryText(e)]));
    assert.ok(parts.has('xl/styles.xml'), 'a styles part is written');
    assert.match(
      parts.get('xl/_rels/workbook.xml.rels')!,
      /Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/styles" Target="styles.xml"/,
    );
    assert.match(
      parts.get('[Content_Types].xml')!,
      /<Override PartName="\/xl\/styles.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.styles\+xml"\/>/,
    );
    // The values everywhere, and the summary sheets' formats, are the plain workbook's (the analyst's cells had no styles).
    const seen = cellsSeen(scored);
    const plain = cellsSeen(plainScored);
    const analysts = new Set(readPackage(input, 'input').sheets.map((s) => s.name));
    for (const [name, cells] of seen) {
      const fields = analysts.has(name) ? 1 : 3;
      const keep = (m: Map<string, string>) =>
        new Map([...m].map(([k, v]) => [k, JSON.stringify((JSON.parse(v) as unknown[]).slice(0, fields))]));
      assert.deepEqual(keep(cells), keep(plain.get(name)!), `${name} as the plain workbook gets it`);
    }
    const wb = await readXlsx(scored);
    assert.ok(wb.getWorksheet('Q3 Summary'), 'ExcelJS opens the scored file');
  });
});

describe('A prefixed workbook (<x:worksheet>): what an owned cell held beyond its value comes back from undo in the namespace', function () {
  this.timeout(120000);
  const folder = folderForTheseTests();
  const { at } = folder;
  const P1 = 'P1 Children & Young People';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

  /** Every element of a part by namespace and local name, with its attributes by name as written, and its text. */
  function elementsOf(
    xml: string,
  ): { uri: string; local: string; prefix: string; attrs: Record<string, string>; text: string }[] {
    const out: { uri: string; local: string; prefix: string; attrs: Record<string, string>; text: string }[] = [];
    const open: (typeof out)[number][] = [];
    const p = new SaxesParser({ xmlns: true });
    p.on('opentag', (t) => {
      const attrs: Record<string, string> = {};
      for (const [k, a] of Object.entries(t.attributes)) attrs[k] = a.value;
      const e = { uri: t.uri, local: t.local, prefix: t.prefix, attrs, text: '' };
      out.push(e);
      if (!t.isSelfClosing) open.push(e);
    });
    p.on('closetag', (t) => {
      if (!t.isSelfClosing) open.pop();
    });
    p.on('text', (t) => {
      if (open.length) open[open.length - 1].text += t;
    });
    p.write(xml).close();
    return out;
  }

  /** The `<c>` element of a cell in a sheet part. */
  function cellElement(xml: string, ref: string): string {
    const read = readSheet(xml, [], false);
    const { row, col } = parseCellAddress(ref)!;
    const c = read.cells.find((x) => x.row === row && x.col === col)!;
    return xml.slice(c.start, c.end);
  }

  /**
   * The example with a pattern on T6, rich text on T8 and a link on U5 of P1, every part prefixed, scored by
   * the command line; the analyst removes the link (and with `retype`, retypes T7 so that undo cannot put
   * the cells back verbatim); undone by the command line.
   */
  async function removedLinkUndone(retype: boolean) {
    const model = await modelFromXlsx(EXAMPLE_WORKBOOK);
    const p1 = model.doc.sheet(P1)!;
    Object.assign(p1.edit(5, 19), { value: 'n/a', fill: 'D9D9D9', fillPattern: 'Gray25', patternColor: 'FF0000' });
    Object.assign(p1.edit(7, 19), {
      value: 'see note 4',
      textRuns: [
        { text: 'see ', font: { bold: true } },
        { text: 'note 4', font: { color: '#C00000', italic: true } },
      ],
    });
    Object.assign(p1.edit(4, 20), {
      value: 'see the data',
      hyperlink: { address: 'https://data.example.gov.uk/cyp-01', screenTip: 'Source' },
    });
    const input = rezip(await xlsxFromModel(model), (parts) => {
      for (const [name, bytes] of parts) {
        const xml = bytes.toString('utf8');
        if (/_rels\/.*\.rels$/.test(name))
          parts.set(name, Buffer.from(prefixed(xml, 'http://schemas.openxmlformats.org/package/2006/relationships')));
        else if (/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name))
          parts.set(name, Buffer.from(prefixed(xml, MAIN_NS)));
      }
    });
    const pkg = readPackage(input, 'input');
    const part = pkg.sheets.find((s) => s.name === P1)!.part;
    assert.match(entryText(pkg.byName.get(part)!), /<x:hyperlink ref="U5"/);
    fs.writeFileSync(at('natives.xlsx'), input);
    await scoreFile({ input: at('natives.xlsx'), output: at('scored.xlsx'), outputNamed: true, overrides: {}, at: AT });

    // The analyst removes U5's link (the only one: its <hyperlinks> goes too) and retypes T7's variance.
    const edited = rezip(fs.readFileSync(at('scored.xlsx')), (parts) => {
      let xml = parts.get(part)!.toString('utf8');
      assert.match(xml, /<x:hyperlinks><x:hyperlink ref="U5" [^>]*\/><\/x:hyperlinks>/);
      xml = xml.replace(/<x:hyperlinks><x:hyperlink ref="U5" [^>]*\/><\/x:hyperlinks>/, '');
      // With it goes the part's last use of the relationships namespace: Excel then writes no binding for it.
      assert.doesNotMatch(xml, / r:\w+=/);
      xml = xml.replace(` xmlns:r="${REL}"`, '');
      assert.doesNotMatch(xml, /xmlns:r=/);
      if (retype) xml = xml.replace(cellElement(xml, 'T7'), `<x:c r="T7"><x:v>0.5</x:v></x:c>`);
      parts.set(part, Buffer.from(xml));
    });
    fs.writeFileSync(at('edited.xlsx'), edited);
    const u = await undoFile({ input: at('edited.xlsx'), output: at('undone.xlsx'), outputNamed: true, at: AT });
    assert.deepEqual(u.changedSince, retype ? [`${P1}!T7`] : []);

    const undone = readPackage(fs.readFileSync(at('undone.xlsx')), 'undone');
    const xml = entryText(undone.byName.get(part)!);
    const elements = elementsOf(xml);
    assert.deepEqual([...new Set(elements.map((e) => e.uri))], [MAIN_NS], 'every element in SpreadsheetML’s namespace');
    assert.ok(
      elements.every((e) => e.prefix === 'x'),
      'every element written with the part’s prefix',
    );

    // The link: a <hyperlink> on U5 through a relationship of the sheet to the address, its screen tip kept.
    const link = elements.find((e) => e.local === 'hyperlink' && e.attrs.ref === 'U5');
    assert.ok(link, 'U5 has its link back');
    assert.equal(link.attrs.tooltip, 'Source');
    const idName = Object.keys(link.attrs).find((k) => k.endsWith(':id'))!;
    assert.ok(idName, 'the link names its relationship');
    const rels = elementsOf(entryText(undone.byName.get(part.replace(/([^/]+)$/, '_rels/$1.rels'))!));
    const rel = rels.find((e) => e.local === 'Relationship' && e.attrs.Id === link.attrs[idName]);
    assert.equal(rel?.attrs.Target, 'https://data.example.gov.uk/cyp-01');
    assert.equal(rel?.attrs.TargetMode, 'External');
    assert.equal(rel?.prefix, 'x', 'the relationship written with its part’s prefix');
    assert.equal(new Set(rels.map((e) => e.uri)).size, 1);
    assert.match(xml, new RegExp(`<x:worksheet [^>]*xmlns:${idName.split(':')[0]}="${REL}"`));

    if (!retype) {
      // Put back verbatim: T6 and T8 (its shared rich string) as the analyst had them, the rest of the part too.
      const before = entryText(pkg.byName.get(part)!);
      for (const ref of ['T6', 'T7', 'T8']) assert.equal(cellElement(xml, ref), cellElement(before, ref), ref);
      return;
    }
    // The rich text: T8 an inline string of two runs, bold then italic.
    const t8 = elementsOf(`<x:w xmlns:x="${MAIN_NS}">${cellElement(xml, 'T8')}</x:w>`).slice(1);
    assert.equal(t8[0].attrs.t, 'inlineStr');
    const runs = t8.filter((e) => e.local === 'r');
    assert.equal(runs.length, 2, 'T8 is rich text again');
    assert.deepEqual(
      t8.filter((e) => e.local === 't').map((e) => e.text),
      ['see ', 'note 4'],
    );
    const names = t8.map((e) => e.local);
    assert.ok(names.includes('b') && names.includes('i'), 'its runs bold and italic');

    // The pattern: T6's style a lightGray (Gray25) fill in red over grey.
    const t6 = readSheet(xml, undone.sharedStrings, false).cells.find((c) => c.row === 5 && c.col === 19)!;
    assert.equal(t6.value, 'n/a');
    const fill = undone.styles.fillXml[undone.styles.xfs[t6.style].fillId];
    assert.match(fill, /<x:patternFill patternType="lightGray"/);
    assert.match(fill, /<x:fgColor rgb="FFFF0000"/);
    assert.match(fill, /<x:bgColor rgb="FFD9D9D9"/);
  }

  it('the analyst removes the link: undo puts the cells back verbatim and the link back, written with the part’s prefix', () =>
    removedLinkUndone(false));

  it('a pattern (T6), rich text (T8) and a link (U5) the scoring overwrote: the analyst removes the link and retypes T7, and undo gives back all three, written with the part’s prefix', () =>
    removedLinkUndone(true));
});

describe('workbook.xml in a prefixed workbook is read and edited by its namespaces, not by the text of its tags', function () {
  this.timeout(120000);
  const folder = folderForEachTest();

  it("the sheet list: a <x:sheet>'s part is found by its id in the relationships namespace, whatever the prefix, and never by another namespace's id", () => {
    const workbook =
      `<x:workbook xmlns:x="${MAIN_NS}" xmlns:o="urn:example:other" xmlns:rel="${REL_NS}"><x:sheets>` +
      `<x:sheet name="P1 &amp; P2" sheetId="1" o:id="rId9" rel:id="rId1"/><o:sheet name="not a sheet" rel:id="rId9"/>` +
      `<x:sheet name='Targets' sheetId="2" rel:id="rId2"/></x:sheets></x:workbook>`;
    const rels =
      `<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<p:Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<p:Relationship Id="rId2" Type="${REL_NS}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<p:Relationship Id="rId9" Type="${REL_NS}/worksheet" Target="worksheets/decoy.xml"/></p:Relationships>`;
    assert.deepEqual(listedSheets(workbook, rels), [
      { name: 'P1 & P2', part: 'xl/worksheets/sheet1.xml' },
      { name: 'Targets', part: 'xl/worksheets/sheet2.xml' },
    ]);
  });

  it("sheet-scoped names follow their sheets when undo removes the summaries: Targets' print titles (written localSheetId='9') move to 6, the summary's own name goes", async () => {
    fs.writeFileSync(folder.at('prefixed.xlsx'), prefixedWorkbook());
    await scoreFile({
      input: folder.at('prefixed.xlsx'),
      output: folder.at('scored.xlsx'),
      outputNamed: true,
      overrides: {},
      at: AT,
    });
    // The analyst moves Targets after the summaries and gives 'Q3 Summary' a print area.
    const moved = rezip(fs.readFileSync(folder.at('scored.xlsx')), (parts) => {
      let xml = parts.get('xl/workbook.xml')!.toString('utf8');
      const targets = /<x:sheet [^>]*name="Targets"[^>]*\/>/.exec(xml)![0];
      xml = xml.replace(targets, '');
      xml = xml.replace(/<x:sheet [^>]*name="Scorecard_State"/, `${targets}$&`);
      xml = xml.replace(
        `<x:definedName name="_xlnm.Print_Titles" localSheetId="6">`,
        `<x:definedName name="_xlnm.Print_Area" localSheetId="6">&apos;Q3 Summary&apos;!$A$1:$F$30</x:definedName><x:definedName name="_xlnm.Print_Titles" localSheetId='9'>`,
      );
      parts.set('xl/workbook.xml', Buffer.from(xml));
    });
    fs.writeFileSync(folder.at('moved.xlsx'), moved);
    const names = (file: string) => readPackage(fs.readFileSync(file), file).sheets.map((s) => s.name);
    assert.deepEqual(names(folder.at('moved.xlsx')).slice(6), [
      'Q3 Summary',
      'Q3 Highlights',
      'Q3 Findings',
      'Targets',
      'Scorecard_State',
    ]);
    await undoFile({ input: folder.at('moved.xlsx'), output: folder.at('undone.xlsx'), outputNamed: true, at: AT });
    assert.equal(names(folder.at('undone.xlsx'))[6], 'Targets');
    const wb = entryText(readZip(fs.readFileSync(folder.at('undone.xlsx'))).find((e) => e.name === 'xl/workbook.xml')!);
    assert.ok(
      wb.includes(
        `<x:definedName name="_xlnm.Print_Titles" localSheetId="6">&apos;Targets&apos;!$3:$3</x:definedName>`,
      ),
      wb,
    );
    assert.doesNotMatch(wb, /Print_Area|Q3 Summary/);
    assert.ok(
      wb.includes(
        `<x:definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;P1 Children &amp; Young People&apos;!$3:$4</x:definedName>`,
      ),
      'a name whose sheet did not move is kept as it was written',
    );
    assert.ok(!namespacesOf(wb).has(''), 'no element left outside a namespace');
  });
});
