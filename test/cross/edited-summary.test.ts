/**
 * A summary sheet edited by hand: the analyst types over the council's On target count on "Q3 Summary"
 * (29 → 31) and scores again. The product owns that sheet, so the rescore must put the count right and
 * say so — never "nothing has changed" over a wrong number. Both front ends: the add-in on the in-memory
 * Excel model, the command line on the .xlsx.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { editedByHand, type SheetContent } from '../../src/core';
import { scoreQuarter } from '../../src/office/scoring';
import { outcomeMessage } from '../../src/office/outcome-message';
import { readPackage } from '../../src/xlsx/package/read';
import { entryText, newEntry, readZip, writeZip } from '../../src/xlsx/package/zip';
import { modelFromGrids } from '../support/excel-model/build';
import { reportGrids, expectedQ3 } from '../support/golden';
import { copyExample, folderForTheseTests } from '../support/xlsx-fixtures';
import { scorecard } from '../support/xlsx-cli';
import { modelFromXlsx } from '../support/excel-model/xlsx';

const AT = new Date('2026-11-26T09:00:00Z');
/** The whole council's On target count on the summary sheet: C7. */
const ON_TARGET = { row: 6, col: 2, address: 'C7' };

describe('A summary sheet edited by hand is put right by the next scoring, which says so', function () {
  this.timeout(120000);

  describe('the add-in (in-memory Excel model)', () => {
    it("Refresh summaries after 29 was typed over with 31 on 'Q3 Summary': 29 again, and the message names the sheet", async () => {
      const model = modelFromGrids(reportGrids());
      await scoreQuarter(model.host, {}, () => AT);
      const summary = model.doc.sheet('Q3 Summary')!;
      assert.equal(summary.cell(ON_TARGET.row, ON_TARGET.col)!.value, expectedQ3.executiveSummary.onTarget);
      model.doc.userEdit('Q3 Summary', ON_TARGET.address, 31);
      const again = await scoreQuarter(model.host, {}, () => AT);
      assert.equal(again.changed, true, 'not "nothing has changed" over a wrong count');
      assert.deepEqual(again.editedSheets, ['Q3 Summary']);
      assert.equal(model.doc.sheet('Q3 Summary'), summary, 'regenerated in place: the same sheet');
      assert.equal(summary.cell(ON_TARGET.row, ON_TARGET.col)!.value, expectedQ3.executiveSummary.onTarget);
      assert.match(
        outcomeMessage(again, 'refresh'),
        /^Q3 2020\/21 rescored and summaries refreshed: .*'Q3 Summary' had been changed by hand since the last scoring, so it was regenerated from the figures/,
      );
      const third = await scoreQuarter(model.host, {}, () => AT);
      assert.equal(third.changed, false, 'once put right, scoring again changes nothing');
      assert.deepEqual(third.editedSheets, []);
    });

    it('a note typed in an empty cell of a product sheet is cleared by the next scoring too', async () => {
      const model = modelFromGrids(reportGrids());
      await scoreQuarter(model.host, {}, () => AT);
      model.doc.userEdit('Q3 Findings', 'Z40', 'my note');
      const again = await scoreQuarter(model.host, {}, () => AT);
      assert.deepEqual(again.editedSheets, ['Q3 Findings']);
      assert.equal(model.doc.sheet('Q3 Findings')!.cell(39, 25)?.value ?? null, null);
    });
  });

  describe('the command line (.xlsx)', () => {
    const folder = folderForTheseTests();
    const { at } = folder;

    /** The scored workbook with the On target count on 'Q3 Summary' typed over with 31. */
    function typedOver(file: string): Buffer {
      const bytes = fs.readFileSync(file);
      const part = readPackage(bytes, file).sheets.find((s) => s.name === 'Q3 Summary')!.part;
      const edit = (xml: string) => {
        const cell = new RegExp(`<c r="${ON_TARGET.address}"([^>]*)><v>29</v></c>`);
        assert.match(xml, cell);
        return xml.replace(cell, `<c r="${ON_TARGET.address}"$1><v>31</v></c>`);
      };
      return writeZip(readZip(bytes).map((e) => (e.name === part ? newEntry(e.name, edit(entryText(e)), AT) : e)));
    }

    it("scorecard score after 29 was typed over with 31: writes 29 again and says 'Q3 Summary' was regenerated", async () => {
      const input = copyExample(folder.dir);
      const first = await scorecard(['score', input, '-o', at('scored.xlsx')]);
      assert.equal(first.code, 0, first.stderr);
      fs.writeFileSync(at('typed.xlsx'), typedOver(at('scored.xlsx')));
      const again = await scorecard(['score', at('typed.xlsx'), '-o', at('again.xlsx')]);
      assert.equal(again.code, 0, again.stderr);
      assert.doesNotMatch(again.stdout, /Nothing to change/);
      assert.match(
        again.stdout,
        /^'Q3 Summary' had been changed by hand since the last scoring, so it was regenerated from the figures/m,
      );
      const model = await modelFromXlsx(at('again.xlsx'));
      assert.equal(
        model.doc.sheet('Q3 Summary')!.cell(ON_TARGET.row, ON_TARGET.col)!.value,
        expectedQ3.executiveSummary.onTarget,
      );
      const third = await scorecard(['score', at('again.xlsx'), '-o', at('third.xlsx')]);
      assert.match(third.stdout, /Nothing to change/);
    });
  });

  it('compares values as the analyst sees them: a blank and an empty text are the same, a figure to 15 digits', () => {
    const content = {
      values: {
        top: 0,
        left: 0,
        values: [
          ['Total', 60],
          ['', 0.1 + 0.2],
        ],
      },
    } as unknown as SheetContent;
    assert.equal(
      editedByHand(content, {
        name: 'S',
        values: [
          ['Total', 60],
          [null, 0.3],
        ],
      }),
      false,
    );
    assert.equal(
      editedByHand(content, {
        name: 'S',
        values: [
          ['Total', 61],
          [null, 0.3],
        ],
      }),
      true,
    );
    assert.equal(
      editedByHand(content, {
        name: 'S',
        values: [
          ['Total', 60],
          [null, 0.3, 'note'],
        ],
      }),
      true,
    );
    assert.equal(editedByHand(content, { name: 'S', values: [['Total', 60]] }), true, 'a row deleted');
  });
});
