/**
 * The smallest workbook that can carry out the core's run and undo steps: values, the three owned
 * format properties, sheet order, names and visibility. For testing the core's run / undo logic
 * without an adapter (the adapters have their own, fuller tests).
 */
import {
  commitRun,
  decodeState,
  encodeState,
  planUndo,
  prepareRun,
  snapshotKey,
  STATE_SHEET,
  type CellSnapshot,
  type CellValue,
  type PlanValue,
  type RunOutcome,
  type RunOverrides,
  type SheetGrid,
  type UndoOutcome,
  type OwnedFormat,
  type SheetContent,
  type SheetPatch,
  type WorkbookState,
} from '../../src/core';

interface MemorySheet {
  name: string;
  values: CellValue[][];
  formats: Map<string, OwnedFormat>;
  visibility: 'visible' | 'veryHidden';
}

const PLAIN: OwnedFormat = { numberFormat: 'General', fill: null, fontColor: null };

export class MemoryWorkbook {
  sheets: MemorySheet[];
  writes = 0;

  constructor(grids: SheetGrid[]) {
    this.sheets = grids.map((g) => ({
      name: g.name,
      values: g.values.map((r) => [...r]),
      formats: new Map(),
      visibility: 'visible',
    }));
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  grids(): SheetGrid[] {
    return this.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) }));
  }

  state(): WorkbookState {
    return decodeState(this.sheet(STATE_SHEET)?.values ?? null);
  }

  get(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet)?.values[row]?.[col] ?? null;
  }

  format(sheet: string, row: number, col: number): OwnedFormat {
    return this.sheet(sheet)?.formats.get(`${row},${col}`) ?? PLAIN;
  }

  private set(s: MemorySheet, row: number, col: number, v: PlanValue | null): void {
    if (v === null) return;
    while (s.values.length <= row) s.values.push([]);
    const r = s.values[row];
    while (r.length <= col) r.push(null);
    r[col] =
      typeof v === 'object' ? ('formula' in v ? `=${v.formula.replace(/^=/, '')}` : v.error) : v === '' ? null : v;
    this.writes++;
  }

  private patch(p: SheetPatch): void {
    const s = this.sheet(p.sheet)!;
    for (const b of p.values)
      b.values.forEach((row, i) => row.forEach((v, j) => this.set(s, b.top + i, b.left + j, v)));
    for (const g of p.formats) {
      for (const a of g.areas) {
        for (let r = a.top; r <= a.bottom; r++) {
          for (let c = a.left; c <= a.right; c++) {
            const f = s.formats.get(`${r},${c}`) ?? PLAIN;
            const next: OwnedFormat = {
              numberFormat: g.format.numberFormat ?? f.numberFormat,
              fill: g.format.fill !== undefined ? g.format.fill : f.fill,
              fontColor: g.format.fontColor !== undefined ? g.format.fontColor : f.fontColor,
            };
            // Shrink to fit kept only while on, so that a cell put back is as it was.
            const shrink = g.format.shrinkToFit ?? f.shrinkToFit;
            if (shrink) next.shrinkToFit = true;
            s.formats.set(`${r},${c}`, next);
          }
        }
      }
    }
  }

  private writeState(state: WorkbookState): void {
    const existing = this.sheet(STATE_SHEET);
    const values = encodeState(state);
    if (existing) existing.values = values;
    else this.sheets.push({ name: STATE_SHEET, values, formats: new Map(), visibility: 'veryHidden' });
  }

  apply(outcome: RunOutcome): void {
    if (!outcome.changed) return;
    this.sheets = this.sheets.filter((s) => !outcome.deleteSheets.includes(s.name));
    for (const content of outcome.sheets) this.writeContent(content, outcome.inPlace.includes(content.name));
    for (const p of outcome.patches) this.patch(p);
    this.writeState(outcome.state);
  }

  /** A product sheet written afresh: in place when it exists (same sheet, emptied), else added at the end. */
  private writeContent(content: SheetContent, inPlace: boolean): void {
    const values = content.values.values.map((r) => r.map((v) => (v === '' || typeof v === 'object' ? null : v)));
    const existing = inPlace ? this.sheet(content.name) : undefined;
    if (existing) {
      existing.values = values;
      existing.formats = new Map();
    } else this.sheets.push({ name: content.name, values, formats: new Map(), visibility: 'visible' });
  }

  applyUndo(outcome: UndoOutcome): void {
    for (const p of outcome.patches) this.patch(p);
    this.sheets = this.sheets.filter((s) => !outcome.deleteSheets.includes(s.name));
    for (const content of outcome.rewriteSheets) this.writeContent(content, true);
    for (const r of outcome.restoreSheets) {
      const s = this.sheet(r.backup)!;
      s.name = r.name;
      s.visibility = 'visible';
    }
    this.writeState(outcome.state);
  }

  /** A scoring run, as an adapter does it. */
  score(overrides: RunOverrides = {}, at = '2026-11-26T10:00:00Z') {
    const state = this.state();
    const run = prepareRun(this.grids(), state, overrides);
    const snapshots = new Map<string, CellSnapshot>();
    for (const p of run.plan.patches)
      for (const c of p.cells) {
        const format = this.format(p.sheet, c.row, c.col);
        // Shrink to fit read, as the adapters read it, only where the cell's write sets it.
        snapshots.set(snapshotKey(p.sheet, c.row, c.col), {
          value: this.get(p.sheet, c.row, c.col),
          format:
            c.format.shrinkToFit !== undefined
              ? { ...format, shrinkToFit: format.shrinkToFit === true }
              : { numberFormat: format.numberFormat, fill: format.fill, fontColor: format.fontColor },
        });
      }
    const outcome = commitRun(
      run,
      snapshots,
      state,
      this.sheets.map((s) => s.name),
      { at, by: 'command line' },
    );
    this.apply(outcome);
    return { run, outcome };
  }

  undo(): UndoOutcome {
    const outcome = planUndo(this.state(), this.grids());
    this.applyUndo(outcome);
    return outcome;
  }

  /** Everything but the state sheet, for before/after comparisons. */
  picture(): unknown {
    return this.sheets
      .filter((s) => s.name !== STATE_SHEET)
      .map((s) => ({
        name: s.name,
        visibility: s.visibility,
        values: trim(s.values),
        formats: [...s.formats].filter(([, f]) => f.numberFormat !== 'General' || f.fill || f.fontColor).sort(),
      }));
  }
}

function trim(values: CellValue[][]): CellValue[][] {
  const rows = values.map((r) => {
    const out = [...r];
    while (out.length && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
