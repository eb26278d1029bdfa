/**
 * A scored workbook's life after the scoring, on both front ends (helper "afterlife"): the analyst edits
 * it for weeks — sorts the table, inserts an indicator, deletes a row or a column, types over a score,
 * renames the summary their dashboard reads, adds next quarter's figures, protects a sheet — and then
 * rescores or undoes. On the command line each edit is made as Excel would save it (the file opened and
 * saved again with ExcelJS: shared strings rewritten, styles renumbered); on the add-in, on the in-memory
 * Excel model. What the analyst expects, and the two defects found (docs/workbook.md, "After the
 * scoring: the analyst's edits, rescoring and undo"):
 *   - the rows sorted without the scored columns: rescoring read the product's own figures, now on other
 *     rows, as values the analyst typed (~30 false "% variance was typed as …" Checks on P1) and undo put
 *     back some cells and left the others — now both refuse in one sentence and change nothing;
 *   - 'Q3 Summary' renamed: rescoring wrote a new 'Q3 Summary' and left the renamed sheet (which the
 *     analyst's formulas follow) showing the old counts — now it is regenerated in place under its name.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { STATE_SHEET, type Finding, type SheetGrid } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { ExcelModel, type ModelDocument } from '../support/excel-model';
import { documentFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { scorecard } from '../support/xlsx-cli';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';
import { editModel, editWorkbook, newIndicatorRow, unscoredReport, type AnalystEdit } from '../support/lifecycle';
import type { WorkbookSnap } from '../support/workbook-snapshot';
import type { Area } from '../../src/core/model';

const AT = () => new Date('2026-11-26T09:00:00Z');
const P1 = 'P1 Children & Young People';
/** P1's indicator rows (0-based 4 … 21: CYP-01 … PH-22). */
const P1_ROWS = { top: 4, bottom: 21 };
/** Reversed: PH-22 first, CYP-01 last. */
const REVERSED = Array.from({ length: 18 }, (_, i) => 17 - i);

/** Two priority sheets of the example and its Targets sheet, owned cells empty (lifecycle.ts). */
function report(): SheetGrid[] {
  return unscoredReport().filter((g) => g.name.startsWith('P1 ') || g.name.startsWith('P4 ') || g.name === 'Targets');
}

/** One edit of the analyst's, made on the model (the add-in) and on an ExcelJS workbook (saved after). */
interface Edit {
  model(doc: ModelDocument): void;
  book(wb: ExcelJS.Workbook): void;
}

const edit = (e: AnalystEdit): Edit => ({ model: (d) => editModel(d, e), book: (w) => editWorkbook(w, e) });

/** The rows of `area` sorted into `order`, as Excel's sort does (ModelSheet.sortRows; lifecycle.ts on ExcelJS). */
function sortRows(sheet: string, area: Area, order: number[]): Edit {
  return edit({ kind: 'sort-rows', sheet, area, order });
}

/** A front end: score (findings, or the one sentence it refused with), undo, the analyst's edits, a picture. */
interface Front {
  name: string;
  score(quarter?: 3 | 4): Promise<{ findings: Finding[] } | { refused: string }>;
  undo(): Promise<string | null>;
  edit(e: Edit): Promise<void>;
  snap(): Promise<WorkbookSnap>;
  /** The add-in's model, for formulas (the command line's ExcelJS does not move them on a rename). */
  model?: ExcelModel;
}

describe("A scored workbook's life after the scoring: the analyst's edits, then rescore or undo, on both front ends", function () {
  this.timeout(180000);
  const folder = folderForEachTest();

  async function commandLine(): Promise<Front> {
    let current = folder.at('in.xlsx');
    fs.writeFileSync(current, await xlsxFromGrids(report()));
    let n = 0;
    const next = () => folder.at(`step-${++n}.xlsx`);
    return {
      name: 'command line',
      async score(quarter) {
        const out = next();
        const json = folder.at('result.json');
        const ran = await scorecard([
          'score',
          current,
          '-o',
          out,
          '--json',
          json,
          ...(quarter ? ['--quarter', `Q${quarter}`] : []),
        ]);
        if (ran.code !== 0) {
          assert.equal(fs.existsSync(out), false, 'no file written');
          return { refused: ran.stderr.trim().replace(/^scorecard: /, '') };
        }
        current = out;
        return JSON.parse(fs.readFileSync(json, 'utf8')) as { findings: Finding[] };
      },
      async undo() {
        const out = next();
        const ran = await scorecard(['undo', current, '-o', out]);
        if (ran.code !== 0) {
          assert.equal(fs.existsSync(out), false, 'no file written');
          return ran.stderr.trim().replace(/^scorecard: /, '');
        }
        current = out;
        return null;
      },
      async edit(e) {
        // As the analyst does in Excel: open, edit, save (ExcelJS writes the whole file again).
        const wb = await readXlsx(fs.readFileSync(current));
        e.book(wb);
        const out = next();
        fs.writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
        current = out;
      },
      snap: async () => snapshotWorkbook(await readXlsx(fs.readFileSync(current))),
    };
  }

  function addIn(): Front {
    const model = new ExcelModel(documentFromGrids(report()));
    return {
      name: 'add-in',
      model,
      async score(quarter) {
        try {
          return (await scoreQuarter(model.host, quarter ? { quarter } : {}, AT)).result;
        } catch (e) {
          return { refused: plainMessage(e) };
        }
      },
      async undo() {
        try {
          await undoLastScoring(model.host);
          return null;
        } catch (e) {
          return plainMessage(e);
        }
      },
      edit: async (e) => e.model(model.doc),
      snap: async () => snapOfDocument(model.doc),
    };
  }

  /** The analyst's sheets and the summaries: values and fills, without the state sheet. */
  const seen = (snap: WorkbookSnap) =>
    snap
      .filter((s) => s.name !== STATE_SHEET)
      .map((s) => ({
        name: s.name,
        cells: Object.fromEntries(
          Object.entries(s.cells).map(([a, c]) => [
            a,
            [typeof c.value === 'number' ? Number(c.value.toPrecision(12)) : c.value, c.fill ?? null],
          ]),
        ),
      }));
  const cell = (snap: WorkbookSnap, sheet: string, a1: string) => snap.find((s) => s.name === sheet)?.cells[a1]?.value;
  const findingsOf = (r: { findings: Finding[] } | { refused: string }) => {
    assert.ok('findings' in r, 'refused' in r ? r.refused : '');
    return r.findings;
  };

  for (const make of [commandLine, async () => addIn()]) {
    describe(
      make === commandLine
        ? 'the command line (.xlsx saved by Excel between runs)'
        : 'the add-in (in-memory Excel model)',
      () => {
        for (const [what, e] of [
          [
            'the table sorted by whole rows (reversed: PH-22 first)',
            sortRows(P1, { ...P1_ROWS, left: 0, right: 22 }, REVERSED),
          ],
          [
            'a new indicator inserted in the middle of the table',
            edit({
              kind: 'insert-row',
              sheet: P1,
              at: 7,
              values: newIndicatorRow().map((v, c) => (c >= 19 ? null : v)),
            }),
          ],
          ['an indicator row deleted', edit({ kind: 'delete-row', sheet: P1, at: 7 })],
          ['a column left of the scored ones deleted', edit({ kind: 'delete-column', sheet: P1, at: 4 })],
        ] as [string, Edit][]) {
          it(`${what}: the rescore gives what scoring the edited table afresh gives; undo gives back the edited workbook as it was before the rescore`, async () => {
            const front = await make();
            findingsOf(await front.score());
            await front.edit(e);
            const before = seen(await front.snap());
            const rescored = findingsOf(await front.score());
            const after = seen(await front.snap());
            const fresh = await make();
            await fresh.edit(e);
            const freshFindings = findingsOf(await fresh.score());
            assert.deepEqual(
              after,
              seen(await fresh.snap()),
              'every cell and summary as a first scoring of the edited table',
            );
            assert.deepEqual(
              rescored.map((f) => f.message),
              freshFindings.map((f) => f.message),
            );
            assert.equal(await front.undo(), null);
            assert.deepEqual(seen(await front.snap()), before);
          });
        }

        it('the rows sorted without the scored columns: rescore and undo each refuse in one sentence and change nothing; sorted back, both work', async () => {
          const front = await make();
          findingsOf(await front.score());
          const scored = await front.snap();
          assert.equal(cell(scored, P1, 'B5'), 'CYP-01');
          const variance = cell(scored, P1, 'T5');
          // A–S sorted, T (% variance) … W left where they were: CYP-01's variance is now on PH-22's row.
          await front.edit(sortRows(P1, { ...P1_ROWS, left: 0, right: 18 }, REVERSED));
          const sorted = await front.snap();
          assert.equal(cell(sorted, P1, 'B5'), 'PH-22');
          assert.equal(cell(sorted, P1, 'T5'), variance);
          const refused = await front.score();
          assert.deepEqual(refused, {
            refused: `Nothing was scored: the rows of '${P1}' seem to have been sorted (or moved) without the scored columns, so indicators' scored cells are now on other indicators' rows, and the product cannot tell your own entries there from its figures for other rows. Put the rows back in their order at the last scoring (Excel's Undo, or sort them back) and score again; or, to score the rows as they are now, first clear the % variance and DOT cells the last scoring wrote on that sheet.`,
          });
          assert.equal(
            await front.undo(),
            `Undo cannot tell which scored cell is whose, so nothing was changed: the rows of '${P1}' seem to have been sorted (or moved) without the scored columns, so indicators' scored cells are now on other indicators' rows. Put the rows back in their order at the scoring (Excel's Undo, or sort them back) and undo again.`,
          );
          assert.deepEqual(seen(await front.snap()), seen(sorted), 'nothing changed');
          // Sorted back (reversing again is its own inverse): the rescore finds nothing to change, undo works.
          await front.edit(sortRows(P1, { ...P1_ROWS, left: 0, right: 18 }, REVERSED));
          assert.deepEqual(seen(await front.snap()), seen(scored));
          findingsOf(await front.score());
          assert.deepEqual(seen(await front.snap()), seen(scored));
          assert.equal(await front.undo(), null);
          assert.equal(cell(await front.snap(), P1, 'T5') ?? null, null, 'the first scoring undone: T5 empty again');
        });

        it('the rows sorted without the scored columns, then those cells cleared: the rescore scores the rows as they are, with no "typed as" Checks', async () => {
          const front = await make();
          findingsOf(await front.score());
          await front.edit(sortRows(P1, { ...P1_ROWS, left: 0, right: 18 }, REVERSED));
          await front.edit({
            model: (d) => {
              for (let r = P1_ROWS.top; r <= P1_ROWS.bottom; r++)
                for (const c of [19, 20]) d.sheet(P1)!.cells.delete(`${r},${c}`);
            },
            book: (w) => {
              for (let r = P1_ROWS.top; r <= P1_ROWS.bottom; r++)
                for (const c of [19, 20]) w.getWorksheet(P1)!.getCell(r + 1, c + 1).value = null;
            },
          });
          const findings = findingsOf(await front.score());
          assert.deepEqual(
            findings.filter((f) => f.kind === 'typed-variance-disagrees' || f.kind === 'typed-dot-disagrees'),
            [],
          );
          const fresh = await make();
          await fresh.edit(sortRows(P1, { ...P1_ROWS, left: 0, right: 18 }, REVERSED));
          findingsOf(await fresh.score());
          const now = await front.snap();
          const first = await fresh.snap();
          for (const a1 of ['T5', 'U5', 'T22', 'U22']) assert.equal(cell(now, P1, a1), cell(first, P1, a1), a1);
        });

        it("CYP-01's Ref retyped 'CYP-01a' (recoded) and its December figure changed: the rescore reads no value typed in its scored cells; undo of the first scoring puts its cells back too", async () => {
          const front = await make();
          findingsOf(await front.score());
          await front.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 1, value: 'CYP-01a' }));
          // Undone at once: every owned cell back, CYP-01a's among them (it was left as scored).
          assert.equal(await front.undo(), null);
          assert.equal(cell(await front.snap(), P1, 'T5') ?? null, null);
          assert.equal(cell(await front.snap(), P1, 'U5') ?? null, null);
          // Scored again, retyped and then December changed: no Check against the product's own figures.
          const again = await make();
          findingsOf(await again.score());
          await again.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 1, value: 'CYP-01a' }));
          await again.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 15, value: 300 }));
          const findings = findingsOf(await again.score());
          assert.deepEqual(
            findings.filter((f) => f.ref === 'CYP-01a' && f.kind.startsWith('typed-')).map((f) => f.message),
            [],
          );
          assert.equal(Number((cell(await again.snap(), P1, 'T5') as number).toFixed(4)), 0.3814);
        });

        it("CYP-01's % variance and DOT typed over (50%, ↔): the rescore writes the figures, a Check names each typed value; undo gives the typed values back", async () => {
          const front = await make();
          findingsOf(await front.score());
          await front.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 19, value: 0.5 }));
          await front.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 20, value: '↔' }));
          const findings = findingsOf(await front.score());
          const snap = await front.snap();
          assert.equal(Number((cell(snap, P1, 'T5') as number).toFixed(4)), 0.0528);
          assert.equal(cell(snap, P1, 'U5'), '↓');
          assert.deepEqual(
            findings.filter((f) => f.ref === 'CYP-01' && f.kind.startsWith('typed-')).map((f) => f.message),
            [
              'CYP-01: % variance was typed as 50.00% but the figures give 5.28% (459.4 against a Dec target of 485).',
              'CYP-01: DOT was typed as ↔ (the same) but the figures say ↓ (worsening): Sept 8.91% against target, Dec 5.28%.',
            ],
          );
          assert.equal(await front.undo(), null);
          const undone = await front.snap();
          assert.equal(cell(undone, P1, 'T5'), 0.5);
          assert.equal(cell(undone, P1, 'U5'), '↔');
        });

        it("'Q3 Summary' renamed 'Exec': the rescore regenerates it under its name (no new 'Q3 Summary', no Note that it is not listed); undo of the first scoring removes it", async () => {
          const front = await make();
          findingsOf(await front.score());
          await front.edit({
            model: (d) => d.rename(d.sheet('Q3 Summary')!, 'Exec'),
            book: (w) => {
              w.getWorksheet('Q3 Summary')!.name = 'Exec';
            },
          });
          const before = seen(await front.snap());
          // CYP-01's December 459.4 → 300: on target by more (the counts change).
          await front.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 15, value: 300 }));
          const findings = findingsOf(await front.score());
          assert.deepEqual(
            findings.filter((f) => f.kind === 'product-sheet-not-listed'),
            [],
          );
          const after = await front.snap();
          const names = after.map((s) => s.name);
          assert.ok(!names.includes('Q3 Summary'), names.join(', '));
          const fresh = await make();
          await fresh.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 15, value: 300 }));
          findingsOf(await fresh.score());
          const expected = seen(await fresh.snap()).find((s) => s.name === 'Q3 Summary')!.cells;
          assert.deepEqual(seen(after).find((s) => s.name === 'Exec')!.cells, expected, "the new counts, on 'Exec'");
          // Scored again with nothing changed: nothing to change (the renamed sheet is the product's own).
          findingsOf(await front.score());
          assert.deepEqual(seen(await front.snap()), seen(after));
          // Undo gives back the workbook before the rescore: 'Exec' with the first scoring's counts.
          assert.equal(await front.undo(), null);
          const undone = seen(await front.snap());
          assert.deepEqual(
            undone.find((s) => s.name === 'Exec'),
            before.find((s) => s.name === 'Exec'),
          );
        });

        it("'Q3 Highlights' renamed after the first scoring, then that scoring undone: the renamed sheet is removed with the others", async () => {
          const front = await make();
          findingsOf(await front.score());
          await front.edit({
            model: (d) => d.rename(d.sheet('Q3 Highlights')!, 'Best and worst'),
            book: (w) => {
              w.getWorksheet('Q3 Highlights')!.name = 'Best and worst';
            },
          });
          assert.equal(await front.undo(), null);
          const names = (await front.snap()).filter((s) => s.visibility === 'visible').map((s) => s.name);
          assert.deepEqual(names, [P1, 'P4 Economy', 'Targets']);
        });

        it("Q4's figures added and scored as Q4: the Q3 sheets stay as they were; undo gives back the Q3-scored workbook", async () => {
          const front = await make();
          findingsOf(await front.score(3));
          const q4: Edit = {
            model: (d) => {
              for (let r = P1_ROWS.top; r <= P1_ROWS.bottom; r++)
                for (const c of [16, 17, 18]) d.sheet(P1)!.edit(r, c).value = 100 + r;
            },
            book: (w) => {
              for (let r = P1_ROWS.top; r <= P1_ROWS.bottom; r++)
                for (const c of [16, 17, 18]) w.getWorksheet(P1)!.getCell(r + 1, c + 1).value = 100 + r;
            },
          };
          await front.edit(q4);
          const q3 = seen(await front.snap());
          findingsOf(await front.score(4));
          const scored = seen(await front.snap());
          for (const name of ['Q3 Summary', 'Q3 Highlights', 'Q3 Findings'])
            assert.deepEqual(
              scored.find((s) => s.name === name),
              q3.find((s) => s.name === name),
              name,
            );
          assert.ok(scored.some((s) => s.name === 'Q4 Summary'));
          assert.equal(await front.undo(), null);
          assert.deepEqual(seen(await front.snap()), q3);
        });

        it('a scored sheet protected since: rescore and undo each refuse in one sentence and change nothing', async () => {
          const front = await make();
          findingsOf(await front.score());
          await front.edit({
            model: (d) => {
              d.sheet(P1)!.protected = true;
              d.sheet(P1)!.edit(4, 15).value = 300;
            },
            book: (w) => {
              const ws = w.getWorksheet(P1)!;
              ws.getCell('P5').value = 300;
              void ws.protect('', {});
            },
          });
          const before = seen(await front.snap());
          const refused = await front.score();
          assert.ok(
            'refused' in refused &&
              /^The sheet 'P1 Children & Young People' is protected, so .* Unprotect/.test(refused.refused),
          );
          const undo = await front.undo();
          assert.ok(undo !== null && /is protected/.test(undo), undo ?? '');
          assert.deepEqual(seen(await front.snap()), before);
        });
      },
    );
  }

  it("the add-in: 'Q3 Summary' renamed and also copied (two sheets show its values): neither is followed — a new 'Q3 Summary' is written and a Note names each", async () => {
    const front = addIn();
    const doc = front.model!.doc;
    findingsOf(await front.score());
    const summary = doc.sheet('Q3 Summary')!;
    doc.rename(summary, 'Exec');
    const copy = doc.add('Exec (2)');
    for (const [k, c] of summary.cells) copy.cells.set(k, { ...c, borders: { ...c.borders } });
    await front.edit(edit({ kind: 'set', sheet: P1, row: 4, col: 15, value: 300 }));
    const findings = findingsOf(await front.score());
    assert.deepEqual(
      findings.filter((f) => f.kind === 'product-sheet-not-listed').map((f) => f.sheet),
      ['Exec', 'Exec (2)'],
    );
    assert.ok(doc.sheet('Q3 Summary'));
  });

  it("the add-in: a dashboard formula on 'Q3 Summary' follows the rename to 'Exec' (as in Excel) and shows the rescore's count", async () => {
    const front = addIn();
    const doc = front.model!.doc;
    findingsOf(await front.score());
    const summary = doc.sheet('Q3 Summary')!;
    // The first count of the executive table: find the row "On target" (or the first number under the heading).
    let at: { row: number; col: number } | null = null;
    for (const [k, c] of summary.cells) {
      if (typeof c.value === 'number' && at === null) {
        const [row, col] = k.split(',').map(Number);
        at = { row, col };
      }
    }
    assert.ok(at);
    const dash = doc.add('Dashboard');
    const formula = dash.edit(0, 0);
    formula.formula = `='Q3 Summary'!${String.fromCharCode(65 + at.col)}${at.row + 1}`;
    doc.rename(summary, 'Exec');
    assert.equal(formula.formula, `=Exec!${String.fromCharCode(65 + at.col)}${at.row + 1}`);
    findingsOf(await front.score());
    assert.equal(doc.shown(dash, formula), doc.sheet('Exec')!.cell(at.row, at.col)!.value);
    assert.equal(doc.sheet('Q3 Summary'), undefined);
  });
});
