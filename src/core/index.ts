/** The scoring engine's public face: what the adapters, the CLI and the task pane call. */
export * from './model';
export { InputError, isInputError } from './errors';
export { readWorkbook, type ReadOptions, type ReadResult } from './read/workbook';
export { validateMapping } from './read/mapping';
export { NumberFormatsBuilder, compactNumberFormats, numberFormatOf, isPercentFormat, isDateFormat, DATE_1904_OFFSET } from './read/number-formats';
export { scoreWorkbook, scoreModel, latestQuarterWithData, type ScoreOptions } from './score/score-workbook';
export {
  DEFAULT_TOLERANCE_PCT, DEFAULT_TOLERANCE_MODE, DEFAULT_DOT, defaultSettings, checkSettings, toleranceTextProblem,
  parseQuarterSetting, parseToleranceSetting, parseToleranceModeSetting, parseDotSetting, parseBandSetting,
} from './settings';
export { resultToJson } from './score/result-json';
export { withinToleranceLabel, workbookToleranceWords, rulesSentence } from './score/summaries';
export { quarterLabel, monthName } from './periods';
export { cellAddress, areaAddress, parseAreaAddress, parseCellAddress, columnLetters, quoteSheetName } from './a1';
export type { Plan, SheetPatch, SheetContent, ValueBlock, FormatGroup, CellFormat, PlanValue, OwnedCell, CellLink } from './plan/types';
export { SEVERITY_WORDS, type SheetNames } from './plan/summary-sheets';
export { defaultSheetNames } from './plan/sheet-names';
export { COLOURS, SYMBOL, STATUS_WORDS, DIRECTION_WORDS, QUARTILE_WORDS } from './plan/styles';
export {
  STATE_SHEET, STATE_FORMAT, STATE_FORMAT_1, JOURNAL_STATUS_ROW, STATE_POINTER, stateColumn, encodeState, decodeState, defaultState,
  type WorkbookState, type Journal, type JournalCell, type CellSnapshot, type OwnedFormat, type OwnedRole, type ProductSheet, type ReplacedSheet,
} from './state/state';
export {
  prepareRun, commitRun, analystGrids, locateJournal, productSheetNames, snapshotKey, sameValue,
  type PreparedRun, type RunOutcome, type RunOverrides,
} from './state/run';
export { planUndo, type UndoOutcome } from './state/undo';
export { sameSnapshot, sameColour } from './state/compare';
