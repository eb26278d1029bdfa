/**
 * Undo after the figures changed, across the front ends (docs/workbook.md, "Undo after the figures
 * changed"): the digests one front end keeps are the other's — the St Helens example scored twice by one and
 * undone by the other names no indicator when nothing changed, and names the one whose figure was corrected.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { modelFromXlsx, xlsxFromModel } from '../support/excel-model/xlsx';
import { scorecard } from '../support/xlsx-cli';
import { AT } from '../support/both-front-ends';
import { folderForEachTest } from '../support/xlsx-fixtures';

const EXAMPLE = 'examples/st-helens-2020-21.xlsx';
const P6 = 'P6 Modern Council';

describe('Undo after the figures changed, across the front ends (St Helens example)', function () {
  this.timeout(180000);
  const { at } = folderForEachTest();

  async function cli(args: string[]): Promise<string> {
    const ran = await scorecard(args);
    assert.equal(ran.code, 0, ran.stderr);
    return ran.stdout;
  }

  /** CS-14a's December, as the analyst corrects it in Excel. */
  function correctCs14a(model: Awaited<ReturnType<typeof modelFromXlsx>>): void {
    const sheet = model.doc.sheet(P6)!;
    let row = -1;
    for (let r = 0; r < 40 && row < 0; r++) if (sheet.cell(r, 1)?.value === 'CS-14a') row = r;
    let col = -1;
    for (let c = 0; c < 30 && col < 0; c++) if (sheet.cell(3, c)?.value === 'Dec') col = c;
    assert.ok(row >= 0 && col >= 0);
    const cell = sheet.edit(row, col);
    cell.value = 90;
    delete cell.formula;
  }

  for (const edited of [false, true]) {
    const what = edited ? "CS-14a's December corrected" : 'nothing changed';
    it(`scored twice on the command line, undone in the add-in (${what})`, async () => {
      await cli(['score', EXAMPLE, '-o', at('once.xlsx')]);
      let twice = at('once.xlsx');
      if (edited) {
        const model = await modelFromXlsx(twice);
        correctCs14a(model);
        twice = at('edited.xlsx');
        fs.writeFileSync(twice, await xlsxFromModel(model));
      }
      await cli(['score', twice, '-o', at('twice.xlsx'), '--tolerance', '10']);
      const model = await modelFromXlsx(at('twice.xlsx'));
      const undone = await undoLastScoring(model.host);
      assert.deepEqual(undone.stale, edited ? ['CS-14a'] : []);
    });

    it(`scored twice in the add-in, undone on the command line (${what})`, async () => {
      const model = await modelFromXlsx(EXAMPLE);
      await scoreQuarter(model.host, {}, AT);
      if (edited) correctCs14a(model);
      await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
      fs.writeFileSync(at('addin.xlsx'), await xlsxFromModel(model));
      const out = await cli(['undo', at('addin.xlsx'), '-o', at('undone.xlsx')]);
      if (edited)
        assert.ok(
          out.includes(
            'The restored scores for CS-14a were worked out before its figures were changed; score again to bring it up to date.',
          ),
          out,
        );
      else assert.ok(!out.includes('worked out before'), out);
    });
  }
});
