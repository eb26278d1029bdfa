/**
 * Rich text typed over owned cells, for the size tests and the bench on ExcelApi 1.18 (issue 11 item 2):
 * a note in two fonts ("see " bold, "note 4" red italic) in P1's variance column (T), on the first two,
 * a middle and the last of P1's indicator rows. One home for test/office/scale.test.ts,
 * test/office/scale-text-runs.test.ts and scripts/bench/addin.ts.
 */
import type { ExcelModel } from './excel-model';
import { gridsOfDocument } from './excel-model/build';

/** The sheet the notes are typed on. */
export const RICH_SHEET = 'P1 Children & Young People';
/** Column T (0-based 19): the variance, an owned column of every indicator table. */
export const RICH_COLUMN = 19;
/** The runs of fonts of each note. */
export const RICH = [
  { text: 'see ', font: { bold: true } },
  { text: 'note 4', font: { color: '#C00000', italic: true } },
];

/** Rows (0-based) of P1's indicators (a reference in column B): the first two, one from the middle and the last. */
export function richRows(model: ExcelModel): number[] {
  const grid = gridsOfDocument(model.doc).find((g) => g.name === RICH_SHEET)!;
  const rows = grid.values.flatMap((r, i) => (typeof r[1] === 'string' && /^[A-Z]+-\d/.test(r[1]) ? [i] : []));
  return [...new Set([rows[0], rows[1], rows[Math.floor(rows.length / 2)], rows[rows.length - 1]])];
}

/** Types "see note 4" in two fonts into column T of each of `rows`, as the analyst would. */
export function typeRichNotes(model: ExcelModel, rows: number[]): void {
  const sheet = model.doc.sheet(RICH_SHEET)!;
  for (const r of rows)
    Object.assign(sheet.edit(r, RICH_COLUMN), { value: 'see note 4', textRuns: structuredClone(RICH) });
}
