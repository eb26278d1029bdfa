/**
 * The header windows (issue 11 item 2, session 8): the sync that lists the sheets also reads the used
 * part of A1:AZ40 of each visible sheet, so the owned columns are known before any band is asked for
 * and their "before" picture rides with the first request of bands. A workbook whose reads fit one
 * request is then read in one: 1,000 indicators take 3 syncs, a first scoring and a rescore, on ExcelApi
 * 1.17 and on 1.18 with rich text in owned cells (it was 4 on 1.18, the one exception the bound had).
 * Where the window misses — a table whose header is below row 40 — that table's owned cells are read
 * in one request more, and nothing else changes; a host that refuses the windows (a visible sheet of
 * very long texts at its top) is asked again without them.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { PAYLOAD_BUDGET } from '../../src/office/payload';
import { modelFromGrids, gridsOfDocument } from '../support/excel-model/build';
import type { ExcelModel } from '../support/excel-model';
import { bigGrids } from '../support/big-workbook';
import { RICH, RICH_COLUMN, RICH_SHEET, richRows, typeRichNotes } from '../support/rich-notes';
import type { SheetGrid } from '../../src/core';

const AT = () => new Date('2026-11-26T09:00:00Z');

const payload = (m: ExcelModel) => m.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
const bound = (m: ExcelModel) => 2 + Math.ceil(payload(m) / PAYLOAD_BUDGET);
const seen = (m: ExcelModel) =>
  `${m.syncs.length} syncs, payload ${payload(m)} bytes (bound ${bound(m)}), ${m.syncs.filter((s) => s.error).length} refused`;

/** The grids with `rows` title rows put above every table of `sheet` (its header then below row 40). */
function pushedDown(grids: SheetGrid[], sheet: string, rows: number): SheetGrid[] {
  return grids.map((g) =>
    g.name !== sheet
      ? g
      : {
          ...g,
          values: [
            ['Performance indicators 2020/21 — see the notes below the table'],
            ...Array.from({ length: rows - 1 }, () => []),
            ...g.values,
          ],
          merges: (g.merges ?? []).map((m) => ({ ...m, top: m.top + rows, bottom: m.bottom + rows })),
        },
  );
}

const HOSTS = [
  { label: 'ExcelApi 1.17', apiVersion: '1.17', richText: false },
  { label: 'ExcelApi 1.18 with rich text in owned cells', apiVersion: '1.18', richText: true },
];

describe('The header windows read with the sheet list (in-memory model)', function () {
  this.timeout(120000);

  for (const host of HOSTS) {
    it(`1,000 indicators (${host.label}): the reads fit one request and take one — 3 syncs, first scoring and rescore, within 2 + ⌈payload / budget⌉`, async () => {
      const model = modelFromGrids(bigGrids(1000), { apiVersion: host.apiVersion });
      const rows = host.richText ? richRows(model) : [];
      typeRichNotes(model, rows);
      await scoreQuarter(model.host, {}, AT);
      assert.equal(model.syncs.length, 3, `first scoring: ${seen(model)}`);
      assert.ok(model.syncs.length <= bound(model), `first scoring: ${seen(model)}`);
      // The owned columns' "before" picture and runs travel with the bands, in the second sync.
      assert.ok(model.syncs[1].calls.some((c) => c.name === 'Range.getCellProperties'));
      assert.ok(model.syncs[2].wrote, 'the third sync writes');
      assert.ok(model.syncs[0].calls.some((c) => c.name === 'Range.getIntersectionOrNullObject'));
      model.clearLog();
      typeRichNotes(model, rows.length > 0 ? [rows[0]] : []);
      const again = await scoreQuarter(model.host, { tolerancePct: 10 }, AT);
      assert.equal(again.changed, true);
      assert.equal(model.syncs.length, 3, `rescore: ${seen(model)}`);
      if (host.richText) {
        await undoLastScoring(model.host);
        const cell = model.doc.sheet(RICH_SHEET)!.cell(rows[0], RICH_COLUMN)!;
        assert.deepEqual(cell.textRuns, RICH, 'the rich note typed over a scored cell comes back on undo');
      }
    });

    it(`a table whose header is below row 40 (${host.label}, 1,000 indicators): its owned cells take at most one read request more (on 1.18, one), the scores the same`, async () => {
      const plain = modelFromGrids(bigGrids(1000), { apiVersion: host.apiVersion });
      await scoreQuarter(plain.host, {}, AT);
      const shift = { sheet: RICH_SHEET, rows: 40 };
      const model = modelFromGrids(pushedDown(bigGrids(1000), shift.sheet, shift.rows), {
        apiVersion: host.apiVersion,
      });
      await scoreQuarter(model.host, {}, AT);
      // The read-ahead may cover the table in the room the others leave (ExcelApi 1.17 here): at most one more.
      assert.ok(model.syncs.length <= plain.syncs.length + 1, `header below the window: ${seen(model)}`);
      if (host.richText) assert.equal(model.syncs.length, plain.syncs.length + 1, seen(model));
      assert.equal(model.syncs.filter((s) => s.error).length, 0);
      const sheet = (m: ExcelModel, rows: number) =>
        JSON.stringify(
          gridsOfDocument(m.doc)
            .find((g) => g.name === shift.sheet)!
            .values.slice(rows),
        );
      assert.equal(sheet(model, shift.rows), sheet(plain, 0), "P1's scores the same");
      const summary = (m: ExcelModel) => JSON.stringify(gridsOfDocument(m.doc).find((g) => g.name === 'Q3 Summary'));
      assert.equal(summary(model), summary(plain), 'the same summary');
      // The journal holds every owned cell of the pushed-down table: undo gives back the sheet as it was.
      await undoLastScoring(model.host);
      const before = modelFromGrids(pushedDown(bigGrids(1000), shift.sheet, shift.rows));
      assert.equal(
        JSON.stringify(gridsOfDocument(model.doc).find((g) => g.name === shift.sheet)!.values),
        JSON.stringify(gridsOfDocument(before.doc).find((g) => g.name === shift.sheet)!.values),
      );
    });
  }

  it('a visible sheet of very long texts at its top: the sheet list is asked again without the windows, one request more than the same sheet hidden (no window read), the same scores', async () => {
    // 240 cells of 30,000 characters: 7 MB, past Excel's 5 MB for one response. Its bands are refused
    // too, until they are weighed (as they are whether or not the windows are read).
    const long = 'Definitions and notes on each indicator, as agreed with the service. '.repeat(435);
    const notes = (hidden: boolean): SheetGrid => ({
      name: 'Notes',
      values: Array.from({ length: 40 }, () => Array.from({ length: 6 }, () => long)),
      ...(hidden ? { hidden: true } : {}),
    });
    const shown = modelFromGrids([...bigGrids(60), notes(false)]);
    await scoreQuarter(shown.host, {}, AT);
    const hidden = modelFromGrids([...bigGrids(60), notes(true)]);
    await scoreQuarter(hidden.host, {}, AT);
    assert.ok(shown.syncs[0].error && shown.syncs[0].calls.some((c) => c.name === 'Range.getIntersectionOrNullObject'));
    assert.ok(
      !shown.syncs[1].error && !shown.syncs[1].calls.some((c) => c.name === 'Range.getIntersectionOrNullObject'),
    );
    assert.equal(shown.syncs.length, hidden.syncs.length + 1, `${seen(shown)} against ${seen(hidden)}`);
    const scored = (m: ExcelModel) => JSON.stringify(gridsOfDocument(m.doc).filter((g) => g.name.startsWith('P')));
    assert.equal(scored(shown), scored(hidden));
    assert.equal(shown.doc.sheet('Q3 Summary')!.cell(6, 1)!.value, 60, 'Total PIs');
  });
});
