/**
 * A product sheet edited by hand: a count typed over on "Q3 Summary", a row deleted from "Q3 Findings".
 * The product owns the sheets it generates (SPEC §4), so a rescore whose figures have not changed must
 * still put such a sheet right, and say so: a count left as the analyst typed it is a wrong number in
 * the report, and "nothing to change" would vouch for it.
 */
import type { SheetGrid } from '../model';
import type { SheetContent } from '../plan/types';
import { contentPrint, sheetShows } from './sheet-layout';
import { listed, plural } from '../words';

/**
 * True when the sheet as read (`grid`: its values from A1, as the adapter read them) no longer shows the
 * values `content` wrote: a cell of the content holding something else, or a value typed outside it.
 * Decided by `sheetShows` (sheet-layout.ts), the one test the undo journal's `contentFromSheet` asks too:
 * values as the analyst sees them (figures to Excel's 15 digits, "" is blank, a formula by the value it
 * shows); formats, widths and links are not compared.
 * @param content the sheet as the product writes it (its `values` block may start anywhere)
 */
export function editedByHand(content: SheetContent, grid: SheetGrid): boolean {
  return !sheetShows(contentPrint(content), grid);
}

/**
 * The product sheets a rescore must regenerate although their planned content is what the product last
 * wrote (same fingerprint): those whose cells no longer show it. `unchanged` are the planned sheets
 * whose fingerprint matches the state's; `grids` the product sheets as read, by name.
 */
export function sheetsEditedByHand(unchanged: SheetContent[], grids: Map<string, SheetGrid>): string[] {
  return unchanged
    .filter((s) => {
      const grid = grids.get(s.name);
      return grid !== undefined && editedByHand(s, grid);
    })
    .map((s) => s.name);
}

/**
 * What both front ends say after regenerating sheets edited by hand: "'Q3 Summary' had been changed by
 * hand since the last scoring, so it was regenerated from the figures …". Empty for none.
 */
export function editedSheetsSentence(names: string[]): string {
  if (names.length === 0) return '';
  const quoted = names.map((n) => `'${n}'`);
  const list = listed(quoted);
  const it = plural.word(names.length, 'it', 'they');
  return `${list} had been changed by hand since the last scoring, so ${it} ${plural.word(names.length, 'was', 'were')} regenerated from the figures (the product's own sheets always show the scoring: keep notes on a sheet of your own).`;
}
