/**
 * The ExcelJS adapter: .xlsx files ↔ the engine's grids, and the engine's plan carried out on them.
 * What the command line (src/cli) and the tests use, nothing more (issue 12 item 6).
 */
export { loadWorkbook } from './open-workbook';
export { readGrids, mergedAreas, usesDate1904 } from './read-grids';
export { cellValue, cellFormula, plainValue, dateToSerial } from './cell-values';
export { colourHex, fillHex, themeColours } from './colours';
export { cellSnapshot } from './snapshots';
export { applyFormat } from './apply-format';
export { writeSheetContent } from './sheet-content';
export { readState, writeState } from './state-sheet';
export { findSheet } from './sheets';
export { scoreInPlace, undoInPlace, workbookState } from './session';
export { workbookBytes } from './save';
