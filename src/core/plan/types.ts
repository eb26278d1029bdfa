/**
 * The plan: what scoring writes, as plain data an adapter carries out in bulk. Values come in
 * rectangular blocks (null = leave that cell alone, "" = clear it), formats grouped by identical
 * format so an adapter makes one call per distinct format per sheet.
 */
import type { Area, QuarterNumber } from '../model';

/**
 * The columns the product owns in an indicator table, by what they hold (README.md, "What it reads,
 * what it writes"). The order is the journal's: the state sheet stores a cell's role by its index here,
 * so a new role is added at the end.
 */
export const OWNED_ROLES = ['variance', 'status', 'dot', 'trend', 'quartile'] as const;

/** The column an owned cell is in, by what it holds. */
export type OwnedRole = (typeof OWNED_ROLES)[number];

/** A format to apply. An absent property is left as it is; null means none (no fill, automatic colour). */
export interface CellFormat {
  numberFormat?: string;
  /** Fill colour as RRGGBB, or null for no fill. */
  fill?: string | null;
  /** Font colour as RRGGBB, or null for automatic. */
  fontColor?: string | null;
  bold?: boolean;
  italic?: boolean;
  /** A single underline (links). */
  underline?: boolean;
  fontSize?: number;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /**
   * Shrink to fit: text wider than its column drawn smaller, the column's width unchanged (the width of an
   * analyst's column is theirs). Set only on an owned cell whose words may not fit ("Missed (target 0)" in a
   * narrow % Variance column); the undo journal keeps the cell's own setting to put it back
   * (OwnedFormat.shrinkToFit). Office.js RangeFormat.shrinkToFit (ExcelApi 1.9); in the file, the cell
   * style's `<alignment shrinkToFit="1"/>` (ECMA-376 §18.8.1).
   */
  shrinkToFit?: boolean;
  /** A thin border around every cell of the areas. */
  border?: 'thin';
}

/**
 * What a written cell holds: a number, text (always stored as text, never taken for a formula,
 * even when it starts with = + - @) or a boolean; a formula only when it is one explicitly
 * (undo putting back the analyst's own formula).
 */
export type PlanValue = string | number | boolean | { formula: string } | { error: string };

/** A rectangle of values; null leaves a cell unchanged, "" clears it. */
export interface ValueBlock {
  top: number;
  left: number;
  values: (PlanValue | null)[][];
}

export interface FormatGroup {
  format: CellFormat;
  areas: Area[];
}

/** A cell the product owns and writes in an indicator table. */
export interface OwnedCell {
  row: number;
  col: number;
  /** The value written, or null when only the format is set (a typed Trend arrow kept and coloured). */
  value: PlanValue | null;
  format: CellFormat;
  /** The owned column the cell is in (what the undo journal follows when columns move). */
  role?: OwnedRole;
}

/** What scoring writes on one sheet of indicator tables. */
export interface SheetPatch {
  sheet: string;
  values: ValueBlock[];
  formats: FormatGroup[];
  cells: OwnedCell[];
}

/** A link from a cell to a place in the workbook (the indicator a finding is about). */
export interface CellLink {
  row: number;
  col: number;
  sheet: string;
  cell: string;
}

/** The full content of a sheet the product generates. */
export interface SheetContent {
  name: string;
  /** What the sheet is: counts, the indicator lists, or the findings. */
  role: 'summary' | 'highlights' | 'findings';
  values: ValueBlock;
  formats: FormatGroup[];
  merges: Area[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freeze: { rows: number; cols: number } | null;
  links: CellLink[];
  tabColor: string | null;
}

export interface Plan {
  quarter: QuarterNumber;
  quarterLabel: string;
  patches: SheetPatch[];
  sheets: SheetContent[];
}
