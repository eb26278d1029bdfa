/**
 * The state sheet's size (issue 10 item 5, issue 11 item 1): the bytes (UTF-8) of the values the state
 * sheet holds for the generated sheets (`productSheets`) and the undo journal (`journal`), as the state
 * format /2 wrote them (reproduced here: the journal's cells as tuples, each generated sheet's content as
 * packed JSON) and as /3 writes them (the journal's cells as columns, each generated sheet as its layout),
 * after a first scoring and after a rescore that regenerates the summaries in place (whose journal keeps
 * their previous content), at 1,000 and 10,000 indicators (or the sizes given).
 *
 *   npx tsx scripts/bench/state-size.ts [sizes …]
 */
import {
  commitRun,
  decodeState,
  defaultState,
  encodeState,
  prepareRun,
  snapshotKey,
  type CellSnapshot,
  type RunOutcome,
  type Journal,
  type SheetGrid,
  type WorkbookState,
} from '../../src/core';
import { OWNED_ROLES } from '../../src/core/plan/types';
import type { ProductSheet } from '../../src/core/state/state';
import { packText } from '../../src/core/state/pack';
import { bigGrids } from '../../test/support/big-workbook';

const AT = '2026-11-26T09:00:00.000Z';

/** A run as an adapter makes it: the owned cells read from the grids, then the outcome carried out on them. */
function score(grids: SheetGrid[], state: WorkbookState, tolerancePct: number): RunOutcome {
  const run = prepareRun(grids, state, { tolerancePct });
  const byName = new Map(grids.map((g) => [g.name, g]));
  const snapshots = new Map<string, CellSnapshot>();
  for (const c of run.ownedCells)
    snapshots.set(snapshotKey(c.sheet, c.row, c.col), {
      value: byName.get(c.sheet)?.values[c.row]?.[c.col] ?? null,
      format: { numberFormat: 'General', fill: null, fontColor: null },
    });
  const out = commitRun(
    run,
    snapshots,
    state,
    grids.map((g) => g.name),
    { at: AT, by: 'command line' },
  );
  for (const p of out.patches) {
    const g = byName.get(p.sheet)!;
    for (const c of p.cells)
      if (c.value !== null && typeof c.value !== 'object') g.values[c.row][c.col] = c.value === '' ? null : c.value;
  }
  for (const s of out.sheets) {
    const values = s.values.values.map((r) => r.map((v) => (v === '' || typeof v === 'object' ? null : v)));
    const g = byName.get(s.name);
    if (g) g.values = values;
    else grids.push({ name: s.name, values });
  }
  return out;
}

/** The bytes of the values of each key of the state sheet. */
function keyBytes(rows: string[][]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of rows.slice(2)) out[k] = (out[k] ?? 0) + Buffer.byteLength(v);
  return out;
}

/** The /2 state's two large values, as version /2 encoded them (its code, kept here to compare). */
function v2Bytes(state: WorkbookState, fullSheets: ProductSheet[]): { productSheets: number; journal: number } {
  const packSheet = (p: ProductSheet) => {
    const { content, layout: _layout, ...rest } = p;
    return content ? { ...rest, packed: packText(JSON.stringify(content)) } : rest;
  };
  const j = state.journal;
  let journal: unknown = null;
  if (j) journal = compactJournal2(j);
  return {
    productSheets: Buffer.byteLength(JSON.stringify(fullSheets.map(packSheet))),
    journal: Buffer.byteLength(JSON.stringify(journal)),
  };
}

function compactJournal2(j: Journal): unknown {
  const sheets: [string, string | null][] = [];
  const formats: [string, string | null, string | null][] = [];
  const indicators: string[] = [];
  const maps = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const index = <K>(map: Map<string, number>, list: K[], key: string, item: K) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(item);
      map.set(key, i);
    }
    return i;
  };
  const cells = j.cells.map((c) => {
    const f = c.before.format;
    const fi = index(maps[0], formats, JSON.stringify([f.numberFormat, f.fill, f.fontColor]), [
      f.numberFormat,
      f.fill,
      f.fontColor,
    ] as [string, string | null, string | null]);
    const si = index(maps[1], sheets, `${c.sheet}\u0000${c.sheetId ?? ''}`, [c.sheet, c.sheetId ?? null] as [
      string,
      string | null,
    ]);
    const ii = c.indicator === undefined ? -1 : index(maps[2], indicators, c.indicator, c.indicator);
    const ri = c.role === undefined ? -1 : OWNED_ROLES.indexOf(c.role);
    const tuple: unknown[] = [si, c.cell, c.before.value, fi, c.afterValue, ii, ri];
    if (c.before.formula !== undefined) tuple.push(c.original, c.before.formula);
    else if (c.original !== c.before.value) tuple.push(c.original);
    return tuple;
  });
  const { cells: _omit, complete: _complete, productSheetsBefore, replaced, ...rest } = j;
  return {
    ...rest,
    replaced: replaced.map((r) => (r.content ? { name: r.name, packed: packText(JSON.stringify(r.content)) } : r)),
    productSheetsBefore: productSheetsBefore.map(({ content: _c, layout: _l, ...p }) => p),
    sheets,
    indicators,
    formats,
    cells,
  };
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(0)} KB`.padStart(10);
}

export interface StateSizeRow {
  indicators: number;
  run: 'first' | 'rescore';
  /** Bytes (UTF-8) of the state sheet's values: the generated sheets kept and the journal, in /2 and /3. */
  sheets2: number;
  sheets3: number;
  journal2: number;
  journal3: number;
}

/** Prints the table and returns its rows (bench/results.json's "state" key). */
export function benchStateSize(sizes: number[]): StateSizeRow[] {
  const table: StateSizeRow[] = [];
  console.log('\nThe state sheet: bytes (UTF-8) of the generated sheets kept and of the undo journal, /2 against /3');
  console.log(
    ['indicators', 'run', 'sheets /2', 'sheets /3', 'journal /2', 'journal /3', 'total /2', 'total /3', 'encode ms /3']
      .map((s, i) => (i ? s.padStart(12) : s.padEnd(10)))
      .join(' '),
  );
  for (const n of sizes) {
    const grids = bigGrids(n);
    let state = defaultState();
    for (const [run, tolerance] of [
      ['first', 5],
      ['rescore', 10],
    ] as const) {
      const out = score(grids, state, tolerance);
      const t0 = process.cpuUsage();
      const rows = encodeState(out.state);
      const cpu = process.cpuUsage(t0);
      const v3 = keyBytes(rows);
      const v2 = v2Bytes(out.state, out.state.productSheets);
      state = decodeState(rows);
      table.push({
        indicators: n,
        run,
        sheets2: v2.productSheets,
        sheets3: v3.productSheets,
        journal2: v2.journal,
        journal3: v3.journal,
      });
      const cells = [
        n,
        run,
        kb(v2.productSheets),
        kb(v3.productSheets),
        kb(v2.journal),
        kb(v3.journal),
        kb(v2.productSheets + v2.journal),
        kb(v3.productSheets + v3.journal),
        ((cpu.user + cpu.system) / 1000).toFixed(0),
      ];
      console.log(cells.map((c, i) => (i ? String(c).padStart(12) : String(c).padEnd(10))).join(' '));
    }
  }
  return table;
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  benchStateSize(sizes.length ? sizes : [1000, 10000]);
}
