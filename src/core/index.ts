/**
 * The scoring engine's public face: what the adapters, the command line, the task pane and the tests
 * call, and nothing more (issue 12 item 6). Everything else stays inside the core.
 */
export * from './model';
export { InputError, isInputError } from './errors';
export { RULES_VERSION } from './rules-version';
export { readWorkbook } from './read/workbook';
export { validateMapping } from './read/mapping';
export {
  NumberFormatsBuilder,
  compactNumberFormats,
  numberFormatOf,
  isDateFormat,
  DATE_1904_OFFSET,
} from './read/number-formats';
export { scoreWorkbook } from './score/score-workbook';
export {
  DEFAULT_TOLERANCE_PCT,
  toleranceTextProblem,
  parseQuarterSetting,
  parseToleranceSetting,
  parseToleranceModeSetting,
  parseDotSetting,
  parseBandSetting,
} from './settings';
export { resultToJson } from './score/result-json';
export { quarterWords } from './score/term-period';
export { workbookToleranceWords, toleranceHeadline, noneListed, isNotRated } from './score/summaries';
export { breakdownSentence, countedIndicators, isAreaBreakdown } from './score/area-breakdowns';
export {
  cellAddress,
  areaAddress,
  parseAreaAddress,
  parseCellAddress,
  columnLetters,
  quoteSheetName,
  sameSheetName,
} from './a1';
export type {
  SheetPatch,
  SheetContent,
  ValueBlock,
  FormatGroup,
  CellFormat,
  PlanValue,
  OwnedCell,
  CellLink,
} from './plan/types';
export {
  HIGHLIGHT_RULES,
  highlightRule,
  offTargetYetStrong,
  SEVERITY_WORDS,
  type SheetNames,
} from './plan/summary-sheets';
export { QUARTILE_WORDS, percent, statusWordsOf, varianceSignWords } from './words';
export { defaultSheetNames } from './plan/sheet-names';
export { guessStands, ownedBlocksAhead, sheetAhead, type OwnedBlock, type SheetAhead } from './state/owned-ahead';
export { COLOURS, DIRECTION_WORDS } from './plan/styles';
export {
  STATE_SHEET,
  STATE_FORMAT,
  JOURNAL_STATUS_ROW,
  STATE_POINTER,
  stateColumn,
  encodeState,
  decodeState,
  defaultState,
  type WorkbookState,
  type Journal,
  type CellSnapshot,
  type OfficeHyperlink,
  type OfficeFillPattern,
  type OfficeTextRun,
  type OwnedFormat,
} from './state/state';
export { nothingColouredSentence, varianceShown } from './plan/owned-cells';
export { ownedCellsConflict, type RichValueCell, type SpillArea } from './plan/owned-conflicts';
export {
  prepareRun,
  commitRun,
  snapshotKey,
  productSheetNames,
  type PreparedRun,
  type RunOutcome,
  type RunOverrides,
} from './state/run';
export { editedByHand, editedSheetsSentence } from './state/hand-edits';
export { planUndo, summariseUndo, type UndoOutcome, type UndoSummary } from './state/undo';
export { staleSentence } from './state/inputs';
export { MAPPING_CHOICES, partlyReadTables, withSheetMapping } from './read/mapping-choices';
export {
  plural,
  targetColumns,
  targetCounts,
  directionColumns,
  directionCounts,
  organisationWords,
  dotKeyWords,
  DIRECTION_MEASURES,
  type CountColumn,
  type DirectionMeasure,
  type OrganisationWords,
} from './vocabulary';
