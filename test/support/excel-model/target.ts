/** What a proxy of the in-memory Excel model stands for at sync, and the checks every write makes. */
import type { Area } from '../../../src/core/model';
import { ExcelModelError, type ModelRequestCore } from './context';
import { cellsOf, type ModelCell, type ModelSheet, type ModelTextRun } from './document';

export interface Target {
  sheet: ModelSheet;
  areas: Area[];
}

/** Resolves a proxy to the cells it stands for, at the point of the batch where a call needs it. */
export type Resolver = () => Target | null;

export function guardWritable(t: Target): void {
  if (t.sheet.protected) {
    throw new ExcelModelError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet ('${t.sheet.name}').`,
    );
  }
}

export function need(resolve: Resolver): Target {
  const t = resolve();
  if (!t) throw new ExcelModelError('InvalidObjectPath', 'The object path is not valid: it refers to a null object.');
  return t;
}

export const hex = (c: string | null, none: string): string => (c === null ? none : `#${c}`);

export function colour(input: string): string {
  const named: Record<string, string> = { black: '000000', white: 'FFFFFF', red: 'FF0000', yellow: 'FFFF00' };
  const c = named[input.toLowerCase()] ?? input.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(c))
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (colour ${input}).`,
    );
  return c;
}

/** Calls that change every cell of the target, queued as writes. */
export function queueCellWrite(
  core: ModelRequestCore,
  name: string,
  payload: unknown,
  resolve: Resolver,
  change: (c: ModelCell, row: number, col: number, t: Target) => void,
  needs?: string,
): void {
  core.enqueue(
    name,
    payload,
    () => {
      const t = need(resolve);
      guardWritable(t);
      for (const a of t.areas) for (const [r, c] of cellsOf(a)) change(t.sheet.edit(r, c), r, c, t);
    },
    { write: true, needs },
  );
}

/**
 * Excel.FillPattern as RangeFill.pattern and getCellProperties/setCellProperties' format.fill.pattern
 * read and take them (ExcelApi 1.9; "LinearGradient and RectangularGradient are not supported",
 * https://learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-pattern-member,
 * https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill).
 */
export const FILL_PATTERNS = new Set([
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
]);

/** The cell's fill pattern as Excel reads it: "None" without a fill, "Solid" for a plain one. */
export function patternOf(cell: ModelCell): string {
  return cell.fillPattern ?? (cell.fill === null ? 'None' : 'Solid');
}

/**
 * Sets a cell's fill pattern: "None" removes the fill (colour and pattern), "Solid" leaves the fill
 * colour plain, any other draws the pattern over the fill colour (white when there was none).
 */
export function setPattern(cell: ModelCell, pattern: string): void {
  if (!FILL_PATTERNS.has(pattern))
    throw new ExcelModelError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (fill pattern ${pattern}).`,
    );
  if (pattern === 'None') {
    cell.fill = null;
    delete cell.fillBy;
    delete cell.fillPattern;
    delete cell.patternColor;
  } else if (pattern === 'Solid') delete cell.fillPattern;
  else {
    cell.fill ??= 'FFFFFF';
    cell.fillPattern = pattern;
  }
}

/**
 * A font property set on a whole cell applies to every character, so a rich-text cell's runs lose
 * their own value of it (Excel.RangeFont sets "the font of the range"; the runs are ExcelApi 1.18's
 * Excel.RangeTextRun). A cell whose runs are then all alike holds plain text again.
 */
export function fontOverRuns(cell: ModelCell, prop: keyof NonNullable<ModelTextRun['font']>): void {
  if (!cell.textRuns) return;
  for (const r of cell.textRuns) {
    if (!r.font) continue;
    delete r.font[prop];
    if (Object.keys(r.font).length === 0) delete r.font;
  }
  if (cell.textRuns.every((r) => !r.font)) delete cell.textRuns;
}
