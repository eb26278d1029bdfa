/**
 * Both front ends refuse to own cells in a dynamic array's spilled results or holding a linked data
 * type, with the same sentence (src/core/plan/owned-conflicts.ts). The add-in sees them through the
 * model (Range.hasSpill, getSpillParentOrNullObject, valueTypes); the command line in the package, as
 * Excel saves them: the spill's anchor `<c r="T5" cm="1"><f t="array" ref="T5:T14">…</f><v>…</v></c>`
 * (cm: cell metadata in xl/metadata.xml naming the XLDAPR dynamic-array properties, fDynamic="1"), the
 * spilled cells as plain cached values; a data type as `<c t="e" vm="1"><v>#VALUE!</v></c>` (vm: value
 * metadata; the rich value parts themselves are left out of this fixture, which the reader never opens).
 */
import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import { scoreQuarter } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { readPackage } from '../../src/xlsx/package/read';
import { scorePackage, undoPackage } from '../../src/xlsx/package/session';
import { readZipEntry } from '../../src/xlsx/package/zip';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { xlsxFromModel } from '../support/excel-model/xlsx';
import { rezip } from '../support/xlsx-fixtures';
import type { ExcelModel } from '../support/excel-model';

const AT = new Date('2026-11-30T09:00:00Z');
const P1 = 'P1 Children & Young People';

const METADATA = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

/** The example as a file, its P1 sheet's XML edited by `edit`, with metadata.xml when `metadata`. */
async function fileWith(edit: (xml: string) => string, metadata: boolean): Promise<Buffer> {
  const bytes = await xlsxFromModel(modelFromGrids(reportGrids()));
  const part = readPackage(bytes, 'book.xlsx').sheets.find((s) => s.name === P1)!.part;
  return rezip(bytes, (parts) => {
    parts.set(part, Buffer.from(edit(parts.get(part)!.toString('utf8')), 'utf8'));
    if (metadata) withMetadata(parts);
  });
}

/** metadata.xml (one dynamic-array cell metadata record: cm="1") added to a package's parts. */
function withMetadata(parts: Map<string, Buffer>): void {
  {
    parts.set('xl/metadata.xml', Buffer.from(METADATA, 'utf8'));
    const types = parts.get('[Content_Types].xml')!.toString('utf8');
    parts.set(
      '[Content_Types].xml',
      Buffer.from(
        types.replace(
          '</Types>',
          '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
        ),
      ),
    );
    const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
    parts.set(
      'xl/_rels/workbook.xml.rels',
      Buffer.from(
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdMeta1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
        ),
      ),
    );
  }
}

/** A cell's element rewritten: `attrs` added to its start tag, `inner` put before its content. */
function cellEdit(xml: string, ref: string, attrs: string, inner: (content: string) => string): string {
  const re = new RegExp(`<c r="${ref}"([^>]*?)(/?)>(?:(.*?)</c>)?`);
  const m = re.exec(xml);
  assert.ok(m, `cell ${ref} in the sheet's XML`);
  const own = m[1].replace(/ t="[^"]*"/, '');
  return xml.replace(m[0], `<c r="${ref}"${own}${attrs}>${inner(m[3] ?? '')}</c>`);
}

function cliRefusal(bytes: Buffer): string {
  try {
    scorePackage(bytes, 'book.xlsx', {}, { at: AT.toISOString(), now: AT });
  } catch (e) {
    return (e as Error).message;
  }
  return assert.fail('expected the command line to refuse');
}

async function addinRefusal(model: ExcelModel): Promise<string> {
  return scoreQuarter(model.host, {}, () => AT).then(
    () => assert.fail('expected the add-in to refuse'),
    (e: unknown) => plainMessage(e),
  );
}

describe('Spilled arrays and data types in owned cells: both front ends refuse in the same sentence', () => {
  it('the % variance column filled by one dynamic array in T5', async () => {
    const file = await fileWith(
      (xml) =>
        cellEdit(xml, 'T5', ' cm="1"', (content) => `<f t="array" ref="T5:T14">(M5:M14-F5:F14)/F5:F14</f>${content}`),
      true,
    );
    const model = modelFromGrids(reportGrids());
    const sheet = model.doc.sheet(P1)!;
    sheet.edit(4, 19).formula = '=(M5:M14-F5:F14)/F5:F14';
    sheet.spills = [{ anchor: { row: 4, col: 19 }, area: { top: 4, left: 19, bottom: 13, right: 19 } }];
    const cli = cliRefusal(file);
    assert.equal(await addinRefusal(model), cli);
    assert.match(
      cli,
      /^The % Variance from Target cells T5:T14 on 'P1 Children & Young People' are part of the results the formula in T5 spills/,
    );
  });

  it('a DOT cell holding a linked data type', async () => {
    const file = await fileWith((xml) => cellEdit(xml, 'U7', ' t="e" vm="1"', () => '<v>#VALUE!</v>'), false);
    const model = modelFromGrids(reportGrids());
    const cell = model.doc.sheet(P1)!.edit(6, 20);
    cell.value = '#VALUE!';
    cell.richValue = { kind: 'entity', text: 'Down' };
    const cli = cliRefusal(file);
    assert.equal(await addinRefusal(model), cli);
    assert.match(cli, /^The DOT cell U7 on 'P1 Children & Young People' holds a linked data type or a picture/);
  });

  it('a legacy array formula (Ctrl+Shift+Enter) over owned cells is refused by the command line too, and named a legacy array, not a dynamic one', async () => {
    const file = await fileWith(
      (xml) => cellEdit(xml, 'T6', '', (content) => `<f t="array" ref="T6:T7">(M6:M7-F6:F7)/F6:F7</f>${content}`),
      false,
    );
    const cli = cliRefusal(file);
    assert.match(
      cli,
      /^The % Variance from Target cells T6:T7 on .* part of the array formula in T6 \(a legacy array formula/,
    );
    assert.doesNotMatch(cli, /dynamic array|spills|#SPILL!/);
  });

  it('a legacy array over the whole % variance column: both front ends refuse in one sentence saying it is a Ctrl+Shift+Enter array (helper wording)', async () => {
    const file = await fileWith(
      (xml) => cellEdit(xml, 'T5', '', (content) => `<f t="array" ref="T5:T14">(M5:M14-F5:F14)/F5:F14</f>${content}`),
      false,
    );
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    const sheet = model.doc.sheet(P1)!;
    for (let r = 4; r <= 13; r++) sheet.edit(r, 19).formula = '=(M5:M14-F5:F14)/F5:F14';
    sheet.arrays = [{ area: { top: 4, left: 19, bottom: 13, right: 19 } }];
    const cli = cliRefusal(file);
    assert.equal(await addinRefusal(model), cli);
    assert.equal(
      cli,
      `The % Variance from Target cells T5:T14 on '${P1}' are part of the array formula in T5 (a legacy array formula, entered with Ctrl+Shift+Enter and shown in braces {=…}), and Excel does not let part of an array be changed: select the whole array and delete it, or turn its results into values (Copy, then Paste Values), and score again.`,
    );
  });
});

describe('Undo on the command line leaves an array formula typed over scored cells since the scoring, as the add-in does', () => {
  /** The scored example with `edit` made to its P1 sheet's XML (with metadata.xml when `metadata`). */
  async function scoredThen(edit: (xml: string) => string, metadata: boolean): Promise<Buffer> {
    const scored = scorePackage(
      await fileWith((xml) => xml, false),
      'book.xlsx',
      {},
      { at: AT.toISOString(), now: AT },
    );
    const part = readPackage(scored.bytes, 'book.xlsx').sheets.find((s) => s.name === P1)!.part;
    return rezip(scored.bytes, (parts) => {
      parts.set(part, Buffer.from(edit(parts.get(part)!.toString('utf8')), 'utf8'));
      if (metadata) withMetadata(parts);
    });
  }
  const cellXml = (bytes: Buffer, ref: string) => {
    const pkg = readPackage(bytes, 'book.xlsx');
    const part = pkg.sheets.find((s) => s.name === P1)!.part;
    const xml = readZipEntry(bytes, part)!.toString('utf8');
    return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0] ?? null;
  };

  for (const [kind, attrs, metadata] of [
    ['a dynamic array (cm="1")', ' cm="1"', true],
    ['a legacy Ctrl+Shift+Enter array', '', false],
  ] as const)
    it(`${kind} typed in T5 over the scored % variance column, its results the very scores: undo leaves T5:T14 as they are and names them`, async () => {
      const file = await scoredThen(
        (xml) =>
          cellEdit(xml, 'T5', attrs, (content) => `<f t="array" ref="T5:T14">(M5:M14-F5:F14)/F5:F14</f>${content}`),
        metadata,
      );
      const before = Array.from({ length: 10 }, (_, i) => cellXml(file, `T${5 + i}`));
      const undone = undoPackage(file, 'book.xlsx', AT);
      const after = Array.from({ length: 10 }, (_, i) => cellXml(undone.bytes, `T${5 + i}`));
      assert.deepEqual(after, before, "the array's cells are untouched");
      assert.match(after[0]!, /<f t="array" ref="T5:T14">/);
      for (let r = 5; r <= 14; r++)
        assert.ok(undone.outcome.changedSince.includes(`${P1}!T${r}`), `T${r} named as left as it is`);
      // Everything else is put back: the DOT column (U) holds what it held before the scoring.
      const shown = async (bytes: Buffer) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes as unknown as ArrayBuffer);
        const sheet = book.getWorksheet(P1)!;
        return Array.from({ length: 10 }, (_, i) => sheet.getCell(`U${5 + i}`).text);
      };
      assert.deepEqual(await shown(undone.bytes), await shown(await fileWith((xml) => xml, false)), 'U5:U14 put back');
    });
});
