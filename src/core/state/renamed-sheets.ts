/**
 * The product's own sheets renamed by the analyst (helper "afterlife"): 'Q3 Summary' renamed 'Exec
 * summary', say, so that their dashboard's formulas read `='Exec summary'!C7` (Excel moves a formula's
 * reference with the sheet it names: "Rename a worksheet",
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 * The state lists its sheets by name, so a rescore wrote a new 'Q3 Summary', left the renamed sheet
 * showing the last scoring's counts (the dashboard kept showing them: a wrong number) with a Note saying
 * the settings did not list it, and undo of the scoring that created it left it behind.
 *
 * A sheet the state lists whose name is gone is followed to the one sheet, not listed, that still shows
 * exactly the values the product wrote on it (its values' fingerprint, kept in the state) and reads as a
 * generated sheet of the same role: that is the sheet, renamed. It then keeps being the product's under
 * the analyst's name — regenerated in place, undone — as the analyst's scored sheets are followed by
 * their ids. Where no sheet, or more than one (a copy), shows those values, nothing is followed: the
 * sheet was edited, deleted or copied, and the product cannot be sure (as before: a Note names it).
 */
import type { SheetGrid } from '../model';
import { sameSheetName } from '../a1';
import { generatedSheetRole } from '../plan/summary-sheets';
import { layoutOf, sheetShows } from './sheet-layout';
import { STATE_SHEET, type ProductSheet, type WorkbookState } from './state';

/** The values' fingerprint a product sheet was written with, where the state keeps it. */
function printOf(p: ProductSheet): string | null {
  if (p.layout) return p.layout.valuesPrint;
  if (p.content) return layoutOf(p.content).valuesPrint;
  return null;
}

/**
 * The state with each product sheet the analyst renamed listed under its name now (see above); the same
 * object when none was renamed.
 * @param state the decoded state
 * @param grids every sheet as read now (the product's sheets among them)
 */
export function followRenamedProductSheets(state: WorkbookState, grids: SheetGrid[]): WorkbookState {
  const exists = (name: string) => grids.some((g) => sameSheetName(g.name, name));
  const missing = state.productSheets.filter((p) => !exists(p.name));
  if (missing.length === 0) return state;
  const listed = (name: string) =>
    sameSheetName(name, STATE_SHEET) ||
    state.productSheets.some((p) => sameSheetName(p.name, name)) ||
    (state.journal?.replaced ?? []).some((r) => r.backup !== undefined && sameSheetName(r.backup, name));
  const unlisted = grids.filter((g) => !listed(g.name));
  const renamed = new Map<string, string>();
  for (const p of missing) {
    const print = printOf(p);
    if (print === null) continue;
    const showing = unlisted.filter((g) => generatedSheetRole(g.values) === p.role && sheetShows(print, g));
    if (showing.length !== 1 || [...renamed.values()].includes(showing[0].name)) continue;
    renamed.set(p.name, showing[0].name);
  }
  if (renamed.size === 0) return state;
  const now = (name: string) => {
    for (const [was, is] of renamed) if (sameSheetName(was, name)) return is;
    return name;
  };
  const follow = (p: ProductSheet): ProductSheet => {
    const name = now(p.name);
    if (name === p.name) return p;
    const out: ProductSheet = { ...p, name };
    if (p.layout) out.layout = { ...p.layout, name };
    if (p.content) out.content = { ...p.content, name };
    return out;
  };
  const journal = state.journal
    ? {
        ...state.journal,
        created: state.journal.created.map(now),
        replaced: state.journal.replaced.map((r) => {
          const name = now(r.name);
          return name === r.name ? r : { ...r, name, ...(r.content ? { content: { ...r.content, name } } : {}) };
        }),
        productSheetsBefore: state.journal.productSheetsBefore.map(follow),
      }
    : null;
  return { ...state, productSheets: state.productSheets.map(follow), journal };
}
