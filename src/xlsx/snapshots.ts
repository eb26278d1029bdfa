/**
 * What the owned cells hold before scoring writes them (step 3 of a run): value, formula, number
 * format, fill colour and font colour — the journal keeps them for undo, and comparing them with
 * what would be written tells whether scoring again changes anything.
 */
import ExcelJS from 'exceljs';
import { snapshotKey, type CellSnapshot } from '../core';
import { cellFormula, cellValue, isMergedAway } from './cell-values';
import { colourHex, fillHex, themeColours } from './colours';
import { usesDate1904 } from './read-grids';

/** A plain copy of JSON-like data (ExcelJS's values and styles are plain objects). */
function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** A colour Excel keeps by theme, palette index or tint, which RRGGBB alone would lose. */
function isIndirectColour(c: Partial<ExcelJS.Color> | undefined): boolean {
  const x = c as { theme?: number; indexed?: number; tint?: number } | undefined;
  return Boolean(x && (x.theme !== undefined || x.indexed !== undefined || x.tint !== undefined));
}

/**
 * What the portable snapshot would lose (issue 8 item 6): a value that is not plain (hyperlink, rich
 * text, error, formula with its cached result), a fill other than a solid colour or by theme / index,
 * a font colour by theme / index. Kept whole, for this adapter's undo to write back exactly.
 */
function nativePicture(cell: ExcelJS.Cell): CellSnapshot['native'] | undefined {
  const v = cell.value;
  const objectValue = v !== null && v !== undefined && typeof v === 'object' && !(v instanceof Date);
  const style = cell.style ?? {};
  const fill = style.fill as ExcelJS.FillPattern | undefined;
  const oddFill = Boolean(
    fill &&
    (fill.type !== 'pattern' ||
      (fill.pattern !== 'solid' && fill.pattern !== 'none') ||
      isIndirectColour(fill.fgColor) ||
      isIndirectColour(fill.bgColor)),
  );
  const oddFont = isIndirectColour(style.font?.color);
  if (!objectValue && !oddFill && !oddFont) return undefined;
  const native: NonNullable<CellSnapshot['native']> = { kind: 'exceljs' };
  if (objectValue) {
    const formula = cellFormula(cell);
    native.value = formula ? { formula: formula.slice(1), result: copy((v as { result?: unknown }).result) } : copy(v);
  }
  if (oddFill || oddFont) native.style = copy({ fill: style.fill, font: style.font });
  return native;
}

export function cellSnapshot(cell: ExcelJS.Cell, theme: string[], date1904 = false): CellSnapshot {
  const style = cell.style ?? {};
  const snapshot: CellSnapshot = {
    value: cellValue(cell, date1904),
    format: {
      numberFormat: style.numFmt || 'General',
      fill: fillHex(style.fill, theme),
      fontColor: colourHex(style.font?.color, theme),
    },
  };
  const formula = cellFormula(cell);
  if (formula) snapshot.formula = formula;
  if (!isMergedAway(cell) && cell.type === ExcelJS.ValueType.Error) snapshot.error = true;
  return snapshot;
}

/** The snapshot the journal keeps: the portable one, with this adapter's exact picture where that loses something. */
export function exactSnapshot(cell: ExcelJS.Cell, theme: string[], date1904 = false): CellSnapshot {
  const snapshot = cellSnapshot(cell, theme, date1904);
  const native = isMergedAway(cell) ? undefined : nativePicture(cell);
  if (native) snapshot.native = native;
  return snapshot;
}

/** Snapshots of the given cells, keyed by snapshotKey(sheet, row, col). Missing sheets are skipped. */
export function readSnapshots(
  workbook: ExcelJS.Workbook,
  owned: readonly {
    sheet: string;
    cells: readonly { row: number; col: number; format?: { shrinkToFit?: boolean } }[];
  }[],
): Map<string, CellSnapshot> {
  const theme = themeColours(workbook);
  const date1904 = usesDate1904(workbook);
  const out = new Map<string, CellSnapshot>();
  for (const { sheet, cells } of owned) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue;
    for (const { row, col, format } of cells) {
      const cell = ws.getCell(row + 1, col + 1);
      const snapshot = exactSnapshot(cell, theme, date1904);
      // Shrink to fit, where the cell's write sets it (a target of 0's words), as the package path keeps it.
      if (format?.shrinkToFit !== undefined) snapshot.format.shrinkToFit = cell.style?.alignment?.shrinkToFit === true;
      out.set(snapshotKey(sheet, row, col), snapshot);
    }
  }
  return out;
}
