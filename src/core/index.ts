/** The scoring engine's public face: what the adapters, the CLI and the task pane call. */
export * from './model';
export { InputError, isInputError } from './errors';
export { readWorkbook, type ReadOptions, type ReadResult } from './read/workbook';
export { validateMapping } from './read/mapping';
export { scoreWorkbook, scoreModel, latestQuarterWithData, checkTolerance, DEFAULT_TOLERANCE_PCT, type ScoreOptions } from './score/score-workbook';
export { resultToJson } from './score/result-json';
export { quarterLabel, parseQuarterArg, monthName } from './periods';
export { cellAddress, areaAddress, parseAreaAddress, parseCellAddress, columnLetters } from './a1';
