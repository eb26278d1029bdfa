/**
 * A workbook's whole life, as a model-based property (issue 8 item 9): random sequences of score,
 * edit a value, insert or delete a row, rename a sheet, sort a table by whole rows, edit an owned cell, change the tolerance,
 * rescore and undo — on the add-in (the in-memory Excel model) and on the command line's adapter
 * (ExcelJS, saved and opened between runs). After every step: no cell the product does not own has
 * changed by its doing, and undo gives back the workbook as it was before the last scoring (with the
 * analyst's edits since). The model of what undo must give back is a shadow copy of the workbook taken
 * before each scoring that changed something, to which every edit of the analyst is applied too.
 */
import { strict as assert } from 'assert';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { readWorkbook, STATE_SHEET, type SheetGrid } from '../../src/core';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { scoreInPlace, undoInPlace, readGrids } from '../../src/xlsx';
import { documentFromGrids, gridsOfDocument } from '../support/excel-model/build';
import { ExcelModel, type ModelDocument } from '../support/excel-model';
import { ModelSheet } from '../support/excel-model';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { xlsxFromGrids } from '../support/xlsx-fixtures';
import { readXlsx, snapshotWorkbook } from '../support/xlsx-snapshot';
import type { WorkbookSnap } from '../support/workbook-snapshot';
import { editModel, editWorkbook, unscoredReport, type AnalystEdit } from '../support/lifecycle';

const AT = () => new Date('2026-11-26T09:00:00Z');

/** Two priority sheets of the example, so each run stays quick. */
function smallReport(): SheetGrid[] {
  return unscoredReport().filter((g) => g.name.startsWith('P1 ') || g.name.startsWith('P4 ') || g.name === 'Targets');
}

type Step =
  | { kind: 'score' }
  | { kind: 'tolerance'; pct: number }
  | { kind: 'undo' }
  | { kind: 'value'; sheet: number; pick: number; month: number; value: number }
  | { kind: 'owned'; sheet: number; pick: number }
  | { kind: 'insert'; sheet: number; pick: number }
  | { kind: 'delete'; sheet: number; pick: number }
  | { kind: 'rename'; sheet: number }
  | { kind: 'sort'; sheet: number; seed: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constant<Step>({ kind: 'score' }), weight: 2 },
  { arbitrary: fc.constantFrom(3, 5, 10).map((pct): Step => ({ kind: 'tolerance', pct })), weight: 2 },
  { arbitrary: fc.constant<Step>({ kind: 'undo' }), weight: 2 },
  fc
    .record({ sheet: fc.nat(1), pick: fc.nat(20), month: fc.nat(8), value: fc.integer({ min: 0, max: 900 }) })
    .map((r): Step => ({ kind: 'value', ...r })),
  fc.record({ sheet: fc.nat(1), pick: fc.nat(20) }).map((r): Step => ({ kind: 'owned', ...r })),
  fc.record({ sheet: fc.nat(1), pick: fc.nat(20) }).map((r): Step => ({ kind: 'insert', ...r })),
  fc.record({ sheet: fc.nat(1), pick: fc.nat(20) }).map((r): Step => ({ kind: 'delete', ...r })),
  fc.record({ sheet: fc.nat(1) }).map((r): Step => ({ kind: 'rename', ...r })),
  fc.record({ sheet: fc.nat(1), seed: fc.nat(1000) }).map((r): Step => ({ kind: 'sort', ...r })),
);

/** What a front end does, and how to see its workbook. */
interface Front {
  grids(): SheetGrid[];
  snap(): WorkbookSnap;
  score(tolerancePct?: number): Promise<boolean>;
  undo(): Promise<void>;
  edit(e: AnalystEdit): void;
  /** A copy taken now, to which later edits are applied as well. */
  shadow(): Promise<{ edit(e: AnalystEdit): void; snap(): WorkbookSnap }>;
}

const userSheets = (names: string[], g: SheetGrid) => g.name !== STATE_SHEET && !names.includes(g.name);

/** Cells the product owns: the owned columns of every indicator row, as the engine reads the grids. */
function ownedPlaces(grids: SheetGrid[], productSheets: string[]): Set<string> {
  const out = new Set<string>();
  const user = grids.filter((g) => userSheets(productSheets, g));
  let tables: ReturnType<typeof readWorkbook>['tables'] = [];
  try {
    tables = readWorkbook(user).tables;
  } catch {
    return out;
  }
  for (const t of tables) {
    for (const r of t.rows) {
      for (const role of ['variance', 'status', 'dot', 'trend', 'quartile'] as const) {
        const c = t.columns[role];
        if (c !== undefined) out.add(`${t.sheet}!${r.row},${c}`);
      }
    }
  }
  return out;
}

function a1ToKey(sheet: string, a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return `${sheet}!${Number(m[2]) - 1},${col - 1}`;
}

/** Cells of the analyst's sheets that differ between two pictures. */
function changedCells(before: WorkbookSnap, after: WorkbookSnap, skip: string[]): string[] {
  const out: string[] = [];
  for (const b of before) {
    if (b.name === STATE_SHEET || skip.includes(b.name)) continue;
    const a = after.find((s) => s.name === b.name);
    if (!a) {
      out.push(`${b.name} (sheet gone)`);
      continue;
    }
    const keys = new Set([...Object.keys(b.cells), ...Object.keys(a.cells)]);
    for (const k of keys)
      if (JSON.stringify(b.cells[k] ?? null) !== JSON.stringify(a.cells[k] ?? null)) out.push(a1ToKey(b.name, k));
  }
  return out;
}

/**
 * The picture undo is compared on: without the state sheet, and an owned cell the analyst typed over after
 * a scoring ("see note") by its value only — undo leaves such a cell alone, with the format the scoring
 * gave it, which the shadow copy cannot know.
 */
const withoutState = (s: WorkbookSnap): WorkbookSnap =>
  s
    .filter((x) => x.name !== STATE_SHEET)
    .map((x) => ({
      ...x,
      cells: Object.fromEntries(
        Object.entries(x.cells).map(([k, c]) => [k, c.value === 'see note' ? { value: c.value } : c]),
      ),
    }));

function indicatorRows(grid: SheetGrid): number[] {
  const rows: number[] = [];
  grid.values.forEach((r, i) => {
    if (typeof r[1] === 'string' && /^[A-Z&]+-\d+[a-z]?$/.test(r[1])) rows.push(i);
  });
  return rows;
}

let renames = 0;
let inserted = 0;

/** The analyst's edit a step stands for, on the workbook as it is now (null: none fits). */
function editFor(s: Step, grids: SheetGrid[], productSheets: string[]): AnalystEdit | null {
  const user = grids.filter((g) => userSheets(productSheets, g) && g.name !== 'Targets');
  if (!('sheet' in s) || user.length === 0) return null;
  const grid = user[s.sheet % user.length];
  const rows = indicatorRows(grid);
  if (rows.length < 3) return null;
  const row = 'pick' in s ? rows[s.pick % rows.length] : rows[0];
  if (s.kind === 'value') return { kind: 'set', sheet: grid.name, row, col: 7 + s.month, value: s.value };
  if (s.kind === 'owned') return { kind: 'set', sheet: grid.name, row, col: 19, value: 'see note' };
  if (s.kind === 'insert') {
    const ref = `NEW-${++inserted}`;
    return {
      kind: 'insert-row',
      sheet: grid.name,
      at: row,
      values: [
        null,
        ref,
        `New indicator ${inserted}`,
        'Higher',
        50,
        60,
        'Flat',
        51,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        59,
        null,
        null,
        null,
        'typed',
        '↔',
      ],
    };
  }
  if (s.kind === 'delete') return { kind: 'delete-row', sheet: grid.name, at: row };
  if (s.kind === 'sort') {
    // The table sorted by whole rows (the scored columns with them), in an order the seed picks.
    const top = rows[0];
    const bottom = rows[rows.length - 1];
    const order = Array.from({ length: bottom - top + 1 }, (_, i) => i);
    let x = s.seed + 1;
    for (let i = order.length - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const j = x % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return { kind: 'sort-rows', sheet: grid.name, area: { top, bottom, left: 0, right: 22 }, order };
  }
  return { kind: 'rename', sheet: grid.name, to: `Sheet renamed ${++renames}` };
}

/** Every sequence starts with a scoring and ends with an undo, so each run checks at least one undo. */
async function lifecycle(front: Front, middle: Step[]): Promise<void> {
  const steps: Step[] = [{ kind: 'score' }, ...middle, { kind: 'undo' }];
  let shadow: Awaited<ReturnType<Front['shadow']>> | null = null;
  // Whether the workbook shows a scoring, and figures edited since the scoring it shows and since the one
  // the shadow shows (what undo puts back): undo names indicators whose figures changed since the scoring it
  // puts back, on its Findings sheet (docs/workbook.md, "Undo after the figures changed").
  let scored = false;
  let editsSinceScored = 0;
  let shadowScored = false;
  let shadowEdits = 0;
  const productSheets = () => [
    'Q3 Summary',
    'Q3 Highlights',
    'Q3 Findings',
    'Q4 Summary',
    'Q4 Highlights',
    'Q4 Findings',
    'Q2 Summary',
    'Q2 Highlights',
    'Q2 Findings',
  ];
  for (const s of steps) {
    const before = front.snap();
    const owned = ownedPlaces(front.grids(), productSheets());
    if (s.kind === 'score' || s.kind === 'tolerance') {
      const copy = await front.shadow();
      const changed = await front.score(s.kind === 'tolerance' ? s.pct : undefined);
      if (changed) {
        shadow = copy;
        shadowScored = scored;
        shadowEdits = editsSinceScored;
        scored = true;
        editsSinceScored = 0;
      }
      const foreign = changedCells(before, front.snap(), productSheets()).filter((k) => !owned.has(k));
      assert.deepEqual(foreign, [], `scoring changed cells it does not own (${JSON.stringify(steps)})`);
    } else if (s.kind === 'undo') {
      let refused = false;
      try {
        await front.undo();
      } catch {
        refused = true;
      }
      if (refused || !shadow) {
        assert.deepEqual(front.snap(), before, 'an undo that refuses changes nothing');
        continue;
      }
      const undone = withoutMark(withoutState(front.snap()));
      const expected = withoutMark(withoutState(shadow.snap()));
      assert.equal(expected.marked, false);
      if (undone.marked)
        assert.ok(
          shadowScored && shadowEdits > 0,
          `a Check line only where figures changed (${JSON.stringify(steps)})`,
        );
      assert.deepEqual(
        undone.snap,
        expected.snap,
        `undo gives back the workbook before the last scoring (${JSON.stringify(steps)})`,
      );
      shadow = null;
      scored = shadowScored;
      editsSinceScored = shadowEdits;
    } else {
      const e = editFor(s, front.grids(), productSheets());
      if (!e) continue;
      front.edit(e);
      shadow?.edit(e);
      if (s.kind === 'value') {
        editsSinceScored++;
        shadowEdits++;
      }
    }
  }
}

/**
 * The snapshot without the Check line undo writes in row 3 of a Findings sheet when figures changed since the
 * scoring it puts back (undo-inputs.ts), and whether there was one.
 */
function withoutMark(snap: WorkbookSnap): { snap: WorkbookSnap; marked: boolean } {
  let marked = false;
  const out = snap.map((s) => {
    const a3 = s.cells.A3;
    if (!s.name.endsWith('Findings') || !a3) return s;
    if (typeof a3.value === 'string' && a3.value.startsWith('Check: The restored scores for ')) marked = true;
    // The line's row: its sentence in A3, its amber across the list's width.
    const cells = Object.fromEntries(Object.entries(s.cells).filter(([a]) => !/^[A-Z]+3$/.test(a)));
    return { ...s, cells };
  });
  return { snap: out, marked };
}

function cloneDocument(doc: ModelDocument): ModelDocument {
  const copy = documentFromGrids([]);
  copy.sheets = doc.sheets.map((s) => {
    const c = new ModelSheet(s.name, s.id);
    c.visibility = s.visibility;
    c.merges = s.merges.map((m) => ({ ...m }));
    for (const [k, cell] of s.cells) c.cells.set(k, { ...cell, borders: { ...cell.borders } });
    return c;
  });
  return copy;
}

function addInFront(): Front {
  const model = new ExcelModel(documentFromGrids(smallReport()));
  return {
    grids: () => gridsOfDocument(model.doc).map((g, i) => ({ ...g, id: model.doc.sheets[i].id })),
    snap: () => snapOfDocument(model.doc),
    score: async (pct) => (await scoreQuarter(model.host, pct === undefined ? {} : { tolerancePct: pct }, AT)).changed,
    undo: async () => {
      await undoLastScoring(model.host);
    },
    edit: (e) => editModel(model.doc, e),
    shadow: async () => {
      const doc = cloneDocument(model.doc);
      return { edit: (e: AnalystEdit) => editModel(doc, e), snap: () => snapOfDocument(doc) };
    },
  };
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function commandLineFront(): Promise<Front> {
  let wb = await readXlsx(await xlsxFromGrids(smallReport()));
  return {
    grids: () => readGrids(wb),
    snap: () => snapshotWorkbook(wb),
    score: async (pct) => {
      const done = scoreInPlace(wb, pct === undefined ? {} : { tolerancePct: pct }, { at: AT().toISOString() });
      wb = await reopen(wb);
      return done.outcome.changed;
    },
    undo: async () => {
      undoInPlace(wb);
      wb = await reopen(wb);
    },
    edit: (e) => editWorkbook(wb, e),
    shadow: async () => {
      const copy = await reopen(wb);
      return { edit: (e: AnalystEdit) => editWorkbook(copy, e), snap: () => snapshotWorkbook(copy) };
    },
  };
}

describe("A workbook's whole life, in random steps (model-based, fast-check)", function () {
  this.timeout(240000);

  it('the add-in: no foreign cell changes, and undo gives back the workbook before the last scoring', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 9 }), async (steps) => lifecycle(addInFront(), steps)),
      { numRuns: 12, seed: 20261129 },
    );
  });

  it('the command line on .xlsx: the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 7 }), async (steps) =>
        lifecycle(await commandLineFront(), steps),
      ),
      { numRuns: 5, seed: 20261129 },
    );
  });
});
