/**
 * The analyst's own edits between a scoring and its undo, carried out the same way on the in-memory
 * Excel model (the add-in) and on an ExcelJS workbook (the command line's adapter), for the undo-by-
 * identity and lifecycle tests (issue 8).
 */
import ExcelJS from 'exceljs';
import type { Area, CellValue, SheetGrid } from '../../src/core/model';
import { parseAreaAddress } from '../../src/core/a1';
import type { ModelDocument } from './excel-model';
import { reportGrids } from './golden';

const ARROWS = new Set(['↑', '↓', '↔', '■']);

/**
 * The example report with its variance and DOT cells empty, as an analyst's workbook is before its first
 * scoring: every owned cell then changes when scored, so a cell put back in the wrong place shows.
 */
export function unscoredReport(): SheetGrid[] {
  return reportGrids().map((g) => ({
    ...g,
    values: g.values.map((row) =>
      row.map((v, c) =>
        (c === 19 && typeof v === 'number') || (c === 20 && typeof v === 'string' && ARROWS.has(v)) ? null : v,
      ),
    ),
  }));
}

export type AnalystEdit =
  | { kind: 'insert-row'; sheet: string; at: number; values: CellValue[] }
  | { kind: 'delete-row'; sheet: string; at: number }
  | { kind: 'delete-column'; sheet: string; at: number }
  | { kind: 'rename'; sheet: string; to: string }
  /** Rows top … bottom (0-based) of columns left … right sorted: `order[i]` is the row (within them) that ends up i-th. */
  | { kind: 'sort-rows'; sheet: string; area: Area; order: number[] }
  | { kind: 'set'; sheet: string; row: number; col: number; value: CellValue };

/** The edit on the model's document, as the analyst makes it in Excel. */
export function editModel(doc: ModelDocument, e: AnalystEdit): void {
  const sheet = doc.sheet(e.sheet);
  if (!sheet) throw new Error(`no sheet ${e.sheet}`);
  if (e.kind === 'insert-row') {
    sheet.shiftRows(e.at, 1);
    e.values.forEach((v, c) => {
      if (v !== null) sheet.edit(e.at, c).value = v;
    });
  } else if (e.kind === 'delete-row') sheet.shiftRows(e.at, -1);
  else if (e.kind === 'delete-column') sheet.shiftColumns(e.at, -1);
  else if (e.kind === 'rename') doc.rename(sheet, e.to);
  else if (e.kind === 'sort-rows') sheet.sortRows(e.area, e.order);
  else {
    const cell = sheet.edit(e.row, e.col);
    cell.value = e.value;
    delete cell.formula;
  }
}

/** The same edit on an ExcelJS workbook. */
export function editWorkbook(wb: ExcelJS.Workbook, e: AnalystEdit): void {
  const sheet = wb.worksheets.find((s) => s.name === e.sheet);
  if (!sheet) throw new Error(`no sheet ${e.sheet}`);
  if (e.kind === 'insert-row') sheet.spliceRows(e.at + 1, 0, ['']);
  if (e.kind === 'insert-row') {
    e.values.forEach((v, c) => {
      sheet.getCell(e.at + 1, c + 1).value = v;
    });
  } else if (e.kind === 'delete-row') sheet.spliceRows(e.at + 1, 1);
  else if (e.kind === 'delete-column') {
    // ExcelJS's spliceColumns garbles merged areas: they are taken off first and put back moved.
    const merges: string[] = [...((sheet.model as { merges?: string[] }).merges ?? [])];
    for (const m of merges) sheet.unMergeCells(m);
    sheet.spliceColumns(e.at + 1, 1);
    for (const m of merges) {
      const a = parseAreaAddress(m)!;
      if (a.left >= e.at && a.right <= e.at) continue;
      const move = (c: number) => (c > e.at ? c - 1 : c);
      const left = move(a.left);
      const right = a.right >= e.at ? a.right - 1 : a.right;
      if (right > left || a.bottom > a.top) sheet.mergeCells(a.top + 1, left + 1, a.bottom + 1, right + 1);
    }
  } else if (e.kind === 'rename') sheet.name = e.to;
  else if (e.kind === 'sort-rows') {
    // As Excel sorts a range: each row's cells in the range (values and styles) move together.
    const { top, bottom, left, right } = e.area;
    const rows: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[][] = [];
    for (let r = top; r <= bottom; r++) {
      const cells: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[] = [];
      for (let c = left; c <= right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cells.push({
          value: cell.value,
          style: JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>,
        });
      }
      rows.push(cells);
    }
    e.order.forEach((from, i) =>
      rows[from].forEach((x, k) => {
        const cell = sheet.getCell(top + i + 1, left + k + 1);
        cell.value = x.value;
        cell.style = x.style;
      }),
    );
  } else if (e.kind === 'set') sheet.getCell(e.row + 1, e.col + 1).value = e.value;
}

/** A new indicator row for P1, with the analyst's own figures typed in its variance and DOT cells. */
export function newIndicatorRow(): CellValue[] {
  return [
    null,
    'CYP-99',
    'Children seen within a week',
    'Higher',
    70,
    80,
    'Flat',
    71,
    72,
    73,
    74,
    75,
    76,
    77,
    78,
    79,
    null,
    null,
    null,
    'typed by hand',
    '↔',
    null,
    null,
  ];
}

/** The state sheet as version /1 wrote it, after a refresh that replaced 'Q3 Summary' (backup '~1 Q3 Summary'). */
export function stateV1(): string[][] {
  const journal = {
    at: '2026-11-20T09:00:00.000Z',
    by: 'add-in',
    quarter: 'Q3 2020/21',
    created: [],
    replaced: [{ name: 'Q3 Summary', backup: '~1 Q3 Summary' }],
    productSheetsBefore: [{ name: 'Q3 Summary', role: 'summary', quarter: 3, fingerprint: 'old' }],
    settingsBefore: { quarter: null, tolerancePct: 5, mapping: null },
    sheets: ['P1 Children & Young People'],
    formats: [
      ['General', null, null],
      ['0.00%', 'FFC7CE', '9C0006'],
    ],
    // [sheet, cell, beforeValue, format, afterValue, original?, formula?]
    cells: [
      [0, 'T5', null, 0, 0.0528],
      [0, 'U5', 'typed', 0, '↓', 'typed'],
      [0, 'T6', 0.25, 1, 0.0016, 0.25, '=A1/4'],
    ],
  };
  return [
    ['Performance Scorecard keeps its settings and undo journal here.', ''],
    ['format', 'performance-scorecard-state/1'],
    ['settings', JSON.stringify({ quarter: null, tolerancePct: 5, mapping: null })],
    ['productSheets', JSON.stringify([{ name: 'Q3 Summary', role: 'summary', quarter: 3, fingerprint: 'new' }])],
    ['journal', JSON.stringify(journal)],
  ];
}
