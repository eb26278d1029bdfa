/**
 * Both front ends refuse to write scores over the analyst's own formulas down an owned column (fresh user 14:
 * a budget table's "Variance %" column of =E12/C12 … was overwritten with values with no word), with the same
 * sentence (src/core/plan/owned-conflicts.ts `ownedFormulasConflict`, called by commitRun); a lone formula is
 * written over and put back by undo, as before (test/office/undo.test.ts, test/xlsx/exact-undo.test.ts).
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { readPackage } from '../../src/xlsx/package/read';
import { scorePackage } from '../../src/xlsx/package/session';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { xlsxFromModel } from '../support/excel-model/xlsx';
import { rezip } from '../support/xlsx-fixtures';

const AT = new Date('2026-11-30T09:00:00Z');
const P1 = 'P1 Children & Young People';

/** The example as a file, with `formulas` (A1 → formula without "=", cached value 0) put in P1's cells. */
async function fileWithFormulas(formulas: Record<string, string>): Promise<Buffer> {
  const bytes = await xlsxFromModel(modelFromGrids(reportGrids()));
  const part = readPackage(bytes, 'book.xlsx').sheets.find((s) => s.name === P1)!.part;
  return rezip(bytes, (parts) => {
    let xml = parts.get(part)!.toString('utf8');
    for (const [ref, f] of Object.entries(formulas)) {
      const m = new RegExp(`<c r="${ref}"([^>]*?)(/?)>(?:(.*?)</c>)?`).exec(xml);
      assert.ok(m, `cell ${ref} in the sheet's XML`);
      const own = m[1].replace(/ t="[^"]*"/, '');
      xml = xml.replace(m[0], `<c r="${ref}"${own}><f>${f}</f><v>0</v></c>`);
    }
    parts.set(part, Buffer.from(xml, 'utf8'));
  });
}

describe("The analyst's formulas down an owned column: both front ends refuse in the same sentence", () => {
  it('two % variance cells holding formulas of the analyst (T6, T7) are not written over', async () => {
    const file = await fileWithFormulas({ T6: '(M6-F6)/F6', T7: '(M7-F7)/F7' });
    let cli = '';
    try {
      scorePackage(file, 'book.xlsx', {}, { at: AT.toISOString(), now: AT });
      assert.fail('expected the command line to refuse');
    } catch (e) {
      cli = (e as Error).message;
    }
    const model = modelFromGrids(reportGrids());
    const sheet = model.doc.sheet(P1)!;
    Object.assign(sheet.edit(5, 19), { formula: '=(M6-F6)/F6', value: 0 });
    Object.assign(sheet.edit(6, 19), { formula: '=(M7-F7)/F7', value: 0 });
    const addin = await scoreQuarter(model.host, {}, () => AT).then(
      () => assert.fail('expected the add-in to refuse'),
      (e: unknown) => plainMessage(e),
    );
    assert.equal(addin, cli);
    assert.match(
      cli,
      /^The % Variance from Target cells T6:T7 on 'P1 Children & Young People' hold formulas of yours giving other figures than the scores \(such as =\(M6-F6\)\/F6 in T6\), and scoring would write its figures over them/,
    );
    assert.equal(sheet.cell(5, 19)!.formula, '=(M6-F6)/F6', 'the formula is still there');
  });
});
