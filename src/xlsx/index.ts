/** The ExcelJS adapter: .xlsx files ↔ the engine's grids, and the engine's plan carried out on them. */
export { openWorkbook, loadWorkbook, readFileBytes, type OpenedWorkbook } from './open-workbook';
export { checkWorkbookBytes } from './file-kind';
export { readGrids, sheetGrid, mergedAreas, usesDate1904 } from './read-grids';
export { cellValue, cellFormula, plainValue, dateToSerial } from './cell-values';
export { colourHex, fillHex, themeColours } from './colours';
export { readSnapshots, cellSnapshot } from './snapshots';
export { applyFormat, styleWith } from './apply-format';
export { carryOutPatch } from './patch';
export { writeSheetContent, internalLink } from './sheet-content';
export { readState, writeState } from './state-sheet';
export { carryOutRun, carryOutUndo } from './carry-out';
export { findSheet, sheetNames } from './sheets';
export { scoreInPlace, undoInPlace, workbookState, type ScoringDone, type UndoDone, type RunMeta } from './session';
export { workbookBytes } from './save';
