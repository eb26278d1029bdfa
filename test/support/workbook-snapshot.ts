/**
 * A front-end-neutral picture of a workbook, for comparing what the add-in (in-memory Excel model) and
 * the command line (ExcelJS) produce from the same workbook: every sheet, every non-empty or formatted
 * cell's value and the formats the product sets.
 */
import type { CellValue } from '../../src/core/model';

export interface CellSnap {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** RRGGBB or null (no fill). */
  fill?: string | null;
  /** RRGGBB or null (automatic). */
  fontColor?: string | null;
  bold?: boolean;
  /** Present (true) only where the cell shrinks its text to fit its column (a zero target's words in a narrow variance column). */
  shrinkToFit?: boolean;
}

export interface SheetSnap {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** By A1 address. */
  cells: Record<string, CellSnap>;
  /** A1 areas, sorted. */
  merges: string[];
}

export type WorkbookSnap = SheetSnap[];

/** Colours compared as upper-case RRGGBB; automatic font colour and black are the same colour. */
export function normaliseColour(c: string | null | undefined, automatic: string | null = null): string | null {
  if (c === null || c === undefined || c === '') return automatic;
  const hex = c.replace(/^#/, '').toUpperCase();
  return hex.length === 8 ? hex.slice(2) : hex;
}
