/**
 * What a scoring run must leave in the workbook, built from the core's own plan: every owned cell's
 * value and format, every generated sheet's values, formats and merges. Shared by the add-in's tests
 * (in-memory Excel model) and the command line's (ExcelJS), so both front ends meet one expectation.
 */
import type { CellValue, SheetGrid } from '../../src/core/model';
import { cellAddress, areaAddress } from '../../src/core/a1';
import type { CellFormat, PlanValue } from '../../src/core/plan/types';
import { prepareRun, type PreparedRun, type RunOverrides } from '../../src/core/state/run';
import { defaultState, type WorkbookState } from '../../src/core/state/state';
import { normaliseColour, type CellSnap, type WorkbookSnap } from './workbook-snapshot';

export type ExpectedCell = Partial<CellSnap>;

export interface ExpectedWorkbook {
  run: PreparedRun;
  /** By sheet, then A1 address: the properties the product must have set. */
  cells: Map<string, Map<string, ExpectedCell>>;
  /** Generated sheets' merged areas (A1, sorted). */
  merges: Map<string, string[]>;
}

function planCell(v: PlanValue): Pick<CellSnap, 'value' | 'formula'> {
  if (typeof v === 'object') return 'formula' in v ? { value: null, formula: v.formula } : { value: v.error };
  return { value: v === '' ? null : v };
}

function formatPart(f: CellFormat): ExpectedCell {
  const out: ExpectedCell = {};
  if (f.numberFormat !== undefined) out.numberFormat = f.numberFormat;
  if (f.fill !== undefined) out.fill = f.fill === null ? null : normaliseColour(f.fill);
  if (f.fontColor !== undefined) out.fontColor = fontOf(f.fontColor);
  if (f.bold !== undefined) out.bold = f.bold;
  if (f.shrinkToFit !== undefined) out.shrinkToFit = f.shrinkToFit;
  return out;
}

/** Font colours compared with automatic and black as one. */
export function fontOf(c: string | null | undefined): string | null {
  const n = normaliseColour(c ?? null);
  return n === '000000' ? null : n;
}

export function expectedWorkbook(
  grids: SheetGrid[],
  state: WorkbookState = defaultState(),
  overrides: RunOverrides = {},
): ExpectedWorkbook {
  const run = prepareRun(grids, state, overrides);
  const cells = new Map<string, Map<string, ExpectedCell>>();
  const merges = new Map<string, string[]>();
  const sheet = (name: string) => {
    const m = cells.get(name) ?? new Map<string, ExpectedCell>();
    cells.set(name, m);
    return m;
  };
  const gridOf = new Map(grids.map((g) => [g.name, g]));
  for (const patch of run.plan.patches) {
    const m = sheet(patch.sheet);
    for (const c of patch.cells) {
      const typed: CellValue = gridOf.get(patch.sheet)?.values[c.row]?.[c.col] ?? null;
      const value = c.value === null ? { value: typed } : planCell(c.value);
      m.set(cellAddress(c.row, c.col), { ...value, ...formatPart(c.format) });
    }
  }
  for (const content of run.plan.sheets) {
    const m = sheet(content.name);
    const b = content.values;
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        m.set(cellAddress(b.top + r, b.left + c), planCell(v));
      }),
    );
    for (const g of content.formats) {
      const part = formatPart(g.format);
      for (const a of g.areas) {
        for (let r = a.top; r <= a.bottom; r++) {
          for (let c = a.left; c <= a.right; c++) {
            const key = cellAddress(r, c);
            m.set(key, { ...(m.get(key) ?? { value: null }), ...part });
          }
        }
      }
    }
    merges.set(content.name, content.merges.map(areaAddress).sort());
  }
  return { run, cells, merges };
}

const DEFAULTS: Required<Omit<CellSnap, 'formula'>> = {
  value: null,
  numberFormat: 'General',
  fill: null,
  fontColor: null,
  bold: false,
  shrinkToFit: false,
};

/** Every difference between what was expected and what a workbook holds, as readable lines. */
export function differences(expected: ExpectedWorkbook, snap: WorkbookSnap): string[] {
  const out: string[] = [];
  for (const [name, cells] of expected.cells) {
    const sheet = snap.find((s) => s.name === name);
    if (!sheet) {
      out.push(`missing sheet '${name}'`);
      continue;
    }
    for (const [address, want] of cells) {
      const got = sheet.cells[address] ?? {};
      for (const key of Object.keys(want) as (keyof CellSnap)[]) {
        let have: unknown = got[key] ?? (key === 'formula' ? undefined : DEFAULTS[key as keyof typeof DEFAULTS]);
        let need: unknown = want[key];
        if (key === 'fontColor') [have, need] = [fontOf(have as string | null), fontOf(need as string | null)];
        if (key === 'value' && typeof have === 'number' && typeof need === 'number' && Math.abs(have - need) < 1e-9)
          continue;
        if (have !== need)
          out.push(`${name}!${address} ${key}: expected ${JSON.stringify(need)}, got ${JSON.stringify(have)}`);
      }
    }
    const wantMerges = expected.merges.get(name);
    if (wantMerges && JSON.stringify(wantMerges) !== JSON.stringify(sheet.merges))
      out.push(`${name} merges: expected ${wantMerges.join(' ')}, got ${sheet.merges.join(' ')}`);
  }
  return out;
}
