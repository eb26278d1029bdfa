/** A1 addresses: 0-based row/column ↔ "P12", areas ↔ "P5:P20". */
import type { Area } from './model';

/** Letters of the columns met so far, by index: every cell address needs them (issue 11). */
const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  if (col >= 0 && col < 16384 && Number.isInteger(col)) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new Error(`not a column: ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function areaAddress(a: Area): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

/** "B7" → {row: 6, col: 1}; "$B$7" too. Null when not a single-cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B7:D9", "B7", "'Sheet 1'!B7:D9" (sheet part dropped) → area. */
export function parseAreaAddress(address: string): Area | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const tl = parseCellAddress(a);
  const br = b === undefined ? tl : parseCellAddress(b);
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/**
 * A sheet name as Excel writes it in a reference, an apostrophe in it doubled ("Anne's" → 'Anne''s').
 * 'needed' (a message, an address): quoted when it holds anything but letters, digits, _ and ., and
 * when it could be read as a cell ("P1", "Q3") or an R1C1 reference ("R2C3", "R", "C").
 * 'always' (a link's documentReference): quoted whatever it is, which is valid for every name and
 * never lets a name that reads as a cell point elsewhere.
 */
export function quoteSheetName(name: string, when: 'needed' | 'always' = 'needed'): string {
  const plain =
    when === 'needed' &&
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Whether two sheet names name the same sheet, as Excel compares them: ignoring case ("q3 summary" is
 * "Q3 Summary"; Excel refuses a second sheet whose name differs from another's only in case).
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Cells (row, col) → the fewest column-run areas: consecutive rows in one column become one area. */
export function cellsToAreas(cells: { row: number; col: number }[]): Area[] {
  const byCol: number[][] = [];
  for (let i = 0; i < cells.length; i++) {
    const { row, col } = cells[i];
    const rows = byCol[col];
    if (rows) rows.push(row);
    else byCol[col] = [row];
  }
  return columnsToAreas(byCol);
}

/**
 * A run of column `col` (rows top … bottom): it widens the rectangle of the column before over the same
 * rows (`before`, top to bottom, looked through from `j`), else starts one of its own in `out`; either
 * way it is one of the rectangles reaching `col` (`now`). Returns where to look in `before` next.
 */
function widenOrAdd(
  top: number,
  bottom: number,
  col: number,
  before: Area[],
  j: number,
  now: Area[],
  out: Area[],
): number {
  while (j < before.length && before[j].top < top) j++;
  const b = before[j];
  if (b !== undefined && b.top === top && b.bottom === bottom && b.right === col - 1) {
    b.right = col;
    now.push(b);
  } else {
    const a = { top, left: col, bottom, right: col };
    out.push(a);
    now.push(a);
  }
  return j;
}

/**
 * Cells listed by column (`byCol[col]`: the rows of the cells in that column, any order, repeats
 * allowed; a column without cells left empty) → the fewest column-run areas, as cellsToAreas gives them:
 * columns left to right, each column's runs top to bottom, runs in neighbouring columns over the same
 * rows made one rectangle.
 */
export function columnsToAreas(byCol: readonly (number[] | undefined)[]): Area[] {
  const out: Area[] = [];
  // The rectangles reaching the column before (top to bottom), which a run of this column over the same
  // rows widens instead of starting its own; found by walking both lists down together, no map (issue 11).
  let before: Area[] = [];
  let now: Area[] = [];
  for (let col = 0; col < byCol.length; col++) {
    const listed = byCol[col];
    if (!listed || listed.length === 0) continue;
    // Usually listed in order already: only otherwise sorted (a copy: the list may be the caller's), a
    // repeated row skipped below. (No typed array's sort: Internet Explorer 11, where the ribbon runs
    // the engine, has none.)
    let ordered = true;
    for (let i = 1; i < listed.length && ordered; i++) ordered = listed[i] > listed[i - 1];
    const rows = ordered ? listed : listed.slice().sort((a, b) => a - b);
    let j = 0;
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i < rows.length; i++) {
      const r = rows[i];
      if (r === prev) continue;
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      j = widenOrAdd(start, prev, col, before, j, now, out);
      start = prev = r;
    }
    widenOrAdd(start, prev, col, before, j, now, out);
    const spare = before;
    before = now;
    now = spare;
    now.length = 0;
  }
  return out;
}
