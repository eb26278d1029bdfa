/** The model's document as a WorkbookSnap (test/support/workbook-snapshot.ts), to compare with the command line's. */
import { areaAddress, cellAddress } from '../../../src/core/a1';
import type { CellSnap, SheetSnap, WorkbookSnap } from '../workbook-snapshot';
import { normaliseColour } from '../workbook-snapshot';
import type { ModelDocument } from './document';

const VISIBILITY = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

export function snapOfDocument(doc: ModelDocument): WorkbookSnap {
  return doc.sheets.map((s): SheetSnap => {
    const cells: Record<string, CellSnap> = {};
    const keys = [...s.cells.keys()].map((k) => k.split(',').map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [r, c] of keys) {
      const cell = s.cell(r, c)!;
      const snap: CellSnap = { value: cell.value };
      if (cell.formula !== undefined) snap.formula = cell.formula;
      if (cell.numberFormat !== 'General') snap.numberFormat = cell.numberFormat;
      if (cell.fill !== null) snap.fill = normaliseColour(cell.fill);
      const font = normaliseColour(cell.fontColor);
      if (font !== null && font !== '000000') snap.fontColor = font;
      if (cell.bold) snap.bold = true;
      if (cell.shrinkToFit) snap.shrinkToFit = true;
      if (snap.value === null && Object.keys(snap).length === 1) continue;
      cells[cellAddress(r, c)] = snap;
    }
    return { name: s.name, visibility: VISIBILITY[s.visibility], cells, merges: s.merges.map(areaAddress).sort() };
  });
}
