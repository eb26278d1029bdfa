/**
 * Everything of the pane that needs the engine and the Office.js adapter, loaded as one chunk of its
 * own after the pane's first render (issue 11 item 4): reading the workbook's state, scoring, undo,
 * the mapping preview, keeping up to date, and the result panels (counts, findings, mapping), which
 * are only shown once the engine has given a result, and the progress bar of a run writing to the
 * workbook. `use-scorecard.ts` imports it with import().
 */
export { goToCell, goToRow, previewMapping, viewWorkbook } from '../office/pane-state';
export { outcomeMessage, undoMessage } from '../office/outcome-message';
export { plainMessage } from '../office/problems';
export { putBackHalfDoneRun } from '../office/recovery';
export { scoreQuarter, undoLastScoring } from '../office/scoring';
export { onlyQuietColumns, watchEdits } from '../office/watch';
export { Results } from './components/Counts';
export { Findings } from './components/Findings';
export { MappingPanel } from './components/MappingPanel';
export { Message } from './components/Message';
export { ProgressBar } from '@fluentui/react-progress';
