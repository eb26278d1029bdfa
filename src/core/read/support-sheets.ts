/**
 * The optional sheets this product reads beside the indicator tables (docs/workbook.md, “Optional columns and sheets this product adds”):
 * a Targets sheet (Ref + month columns: explicit month targets) and a Last year sheet
 * (Ref + month columns: last year's monthly values, for Trend).
 */
import type { Finding, IndicatorRow } from '../model';
import { finding } from '../catalogue';
import { quote } from '../words';
import { quarterEndMonth } from '../periods';
import type { GridView } from './grid';
import { recogniseHeader } from './headers';
import { cellText, isNoDataText, readNumber } from './values';

export type SupportKind = 'targets' | 'lastYear';

export function supportSheetKind(sheetName: string): SupportKind | null {
  const n = sheetName.trim().toLowerCase();
  if (/^((period|monthly|month|profiled|quarterly) )?targets?( profile[sd]?)?$/.test(n)) return 'targets';
  if (/^(last|previous|prior) year( values| data| actuals)?$/.test(n)) return 'lastYear';
  return null;
}

/** Keys are matched case- and space-insensitively: "cyp-41 " finds "CYP-41". */
export function indicatorKey(refOrName: string): string {
  // Each ref is keyed three or four times a run (scoring, the Targets sheet, findings): remembered (issue 11).
  let key = KEYS.get(refOrName);
  if (key === undefined) {
    if (KEYS.size >= 100000) KEYS.clear();
    KEYS.set(refOrName, (key = refOrName.trim().toLowerCase().replace(/\s+/g, ' ')));
  }
  return key;
}

const KEYS = new Map<string, string>();

/**
 * A row's key: `indicatorKey` of its ref, else of its name. Worked out once and kept on the row
 * (`IndicatorRow.key`): scoring, the Targets and Last year sheets and the findings each ask it (issue 11).
 */
export function rowKey(row: IndicatorRow): string {
  let key = row.key;
  if (key === undefined) row.key = key = indicatorKey(row.ref ?? row.name);
  return key;
}

export interface MonthlySheet {
  values: Map<string, (number | null)[]>;
  /** Where each key's row is, for findings. */
  rows: Map<string, { row: number; text: string }>;
  /** The column each month was read from: index 0 = April (for the percentage-scale check). */
  columns: (number | null)[];
  findings: Finding[];
  /**
   * Refs on two rows whose figures differ (noticed item 5, session 6): the ref as typed, the two rows
   * (0-based) and the first month (1 = April) where they differ, with each row's figure there.
   */
  conflicts: { text: string; rows: [number, number]; month: number; figures: [number | null, number | null] }[];
}

/** Reads a Ref + months table: the first row holding a Ref column and at least one month column. */
export function readMonthlySheet(grid: GridView): MonthlySheet | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    let refCol: number | undefined;
    let nameCol: number | undefined;
    const months: (number | null)[] = Array(12).fill(null);
    for (const c of grid.filledColumns(r)) {
      const role = recogniseHeader(grid.raw(r, c));
      if (role?.kind === 'field' && role.field === 'ref' && refCol === undefined) refCol = c;
      if (role?.kind === 'field' && role.field === 'name' && nameCol === undefined) nameCol = c;
      const month =
        role?.kind === 'month' ? role.month : role?.kind === 'quarter' ? quarterEndMonth(role.quarter) : null;
      if (month !== null && months[month - 1] === null) months[month - 1] = c;
    }
    const keyCol = refCol ?? nameCol;
    if (keyCol === undefined || months.every((c) => c === null)) continue;
    return readRows(grid, r, keyCol, months);
  }
  return null;
}

function readRows(grid: GridView, headerRow: number, keyCol: number, months: (number | null)[]): MonthlySheet {
  const values = new Map<string, (number | null)[]>();
  const rows = new Map<string, { row: number; text: string }>();
  const findings: Finding[] = [];
  const conflicts: MonthlySheet['conflicts'] = [];
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const keyText = cellText(grid.raw(r, keyCol));
    if (keyText === '') continue;
    const key = indicatorKey(keyText);
    const monthly = months.map((c) => {
      if (c === null) return null;
      const raw = grid.raw(r, c);
      const n = readNumber(raw);
      if (n === null && cellText(raw) !== '' && !isNoDataText(raw)) {
        findings.push(
          finding({
            kind: 'support-value-unread',
            at: { sheet: grid.name, row: r, col: c },
            ref: keyText,
            key: keyText,
            text: quote(cellText(raw)),
            sheet: grid.name,
          }),
        );
      }
      return n;
    });
    if (values.has(key)) {
      const first = values.get(key)!;
      const m = monthly.findIndex((v, i) => v !== first[i]);
      if (m >= 0)
        conflicts.push({ text: keyText, rows: [rows.get(key)!.row, r], month: m + 1, figures: [first[m], monthly[m]] });
      findings.push(
        finding({
          kind: 'support-duplicate-key',
          at: { sheet: grid.name, row: r, col: keyCol },
          ref: keyText,
          key: keyText,
          sheet: grid.name,
          firstRow: (rows.get(key)?.row ?? 0) + 1,
        }),
      );
      continue;
    }
    values.set(key, monthly);
    rows.set(key, { row: r, text: keyText });
  }
  return { values, rows, columns: months, findings, conflicts };
}
