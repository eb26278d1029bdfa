/**
 * The commands' console: what `scorecard score` and `scorecard undo` print, and their exit codes.
 * The work itself is in score-file.ts and undo-file.ts.
 */
import {
  editedSheetsSentence,
  parseBandSetting,
  parseDotSetting,
  parseQuarterSetting,
  parseToleranceModeSetting,
  parseToleranceSetting,
  plural,
  staleSentence,
  type RunOverrides,
} from '../core';
import { describeFailure, EXIT } from './errors';
import type { Io } from './io';
import { readMappingFile } from './options';
import { besideInput, scoredName } from './paths';
import { progressLine } from './progress';
import { reportLines } from './report';
import { scoreFile, type ScoreFileOutcome } from './score-file';
import { styleFor } from './style';
import { undoFile } from './undo-file';
import { resetStateFile } from './reset-state-file';

export interface ScoreArgs {
  input: string;
  output?: string;
  quarter?: string;
  tolerance?: string;
  map?: string;
  json?: string;
  /** Issue 7: --tolerance-mode, --green-band, --amber-band, --dot. */
  toleranceMode?: string;
  greenBand?: string;
  amberBand?: string;
  dot?: string;
}

export interface UndoArgs {
  input: string;
  output?: string;
}

function quoteList(names: string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

function fail(e: unknown, io: Io): number {
  const { code, lines } = describeFailure(e, io.env);
  for (const line of lines) io.err(`${line}\n`);
  return code;
}

function unkeptNote(input: string, unkept: string[]): string {
  return `scorecard: note: '${input}' has ${unkept.join(', ')}, which the scored copy does not keep (the command line cannot write them; the add-in keeps them).\n`;
}

export function overridesFrom(args: ScoreArgs): RunOverrides {
  const overrides: RunOverrides = {};
  if (args.quarter !== undefined) overrides.quarter = parseQuarterSetting(args.quarter);
  if (args.toleranceMode !== undefined) overrides.toleranceMode = parseToleranceModeSetting(args.toleranceMode);
  if (args.tolerance !== undefined)
    overrides.tolerancePct = parseToleranceSetting(args.tolerance, overrides.toleranceMode);
  if (args.greenBand !== undefined) overrides.greenBand = parseBandSetting(args.greenBand, 'green');
  if (args.amberBand !== undefined) overrides.amberBand = parseBandSetting(args.amberBand, 'amber');
  if (args.dot !== undefined) overrides.dot = parseDotSetting(args.dot);
  if (args.map !== undefined) overrides.mapping = readMappingFile(args.map);
  return overrides;
}

function writtenLines(args: ScoreArgs, output: string, done: ScoreFileOutcome): string[] {
  const { names } = done;
  const lines: string[] = [];
  const summaries = `summary sheets ${quoteList([names.summary, names.highlights, names.findings])}`;
  if (done.changed && done.uncoloured && done.tableSheets.length === 0) {
    // No table has a column for the scores: say why no cell was coloured, not "0 cells scored on 0 sheets".
    // (Where some tables have one, the count stands and the sentence after it names the others.)
    lines.push(`Wrote ${output}: ${summaries}.`);
  } else if (done.changed) {
    lines.push(
      `Wrote ${output}: ${plural(done.cells, 'cell')} scored on ${plural(done.tableSheets.length, 'sheet')}; ${summaries}.`,
    );
  } else {
    lines.push(
      done.written
        ? `Nothing to change: '${args.input}' already holds this scoring, so ${output} is an identical copy.`
        : args.output === undefined
          ? `Nothing to change: '${args.input}' already holds this scoring, so no file was written.`
          : `Nothing to change: '${args.input}' already holds this scoring, and was left as it is.`,
    );
  }
  if (done.uncoloured) lines.push(done.uncoloured);
  if (done.editedSheets.length > 0) lines.push(editedSheetsSentence(done.editedSheets));
  for (const taken of done.namesTaken)
    lines.push(`Your own sheet '${taken}' is left as it is; the product's sheet has another name.`);
  if (args.json) lines.push(`Wrote ${args.json}.`);
  return lines;
}

export async function score(args: ScoreArgs, io: Io): Promise<number> {
  const progress = progressLine(io);
  try {
    const output = args.output ?? scoredName(args.input);
    const done = await scoreFile({
      input: args.input,
      output,
      outputNamed: args.output !== undefined,
      json: args.json,
      overrides: overridesFrom(args),
      at: io.now(),
      progress: progress.step,
    });
    progress.done();
    if (done.changed && done.unkept.length > 0) io.err(unkeptNote(args.input, done.unkept));
    const lines = reportLines(done.result, { style: styleFor(io.stdoutIsTTY, io.env), width: io.columns });
    io.out(`${[...lines, '', ...writtenLines(args, output, done)].join('\n')}\n`);
    return EXIT.ok;
  } catch (e) {
    progress.done();
    return fail(e, io);
  }
}

/** "3 cells (P1!T8, P1!U8, P2!T5)": at most ten named. */
export function changedSinceText(cells: string[]): string {
  const named = cells.slice(0, 10).join(', ');
  const more = cells.length > 10 ? ` and ${cells.length - 10} more` : '';
  return `${plural(cells.length, 'cell')} (${named}${more})`;
}

export async function undo(args: UndoArgs, io: Io): Promise<number> {
  const progress = progressLine(io);
  try {
    const output = args.output ?? besideInput(args.input, 'undone');
    const done = await undoFile({
      input: args.input,
      output,
      outputNamed: args.output !== undefined,
      at: io.now(),
      progress: progress.step,
    });
    progress.done();
    if (done.unkept.length > 0) io.err(unkeptNote(args.input, done.unkept));
    const lines = [`Undid the ${done.quarter} scoring: ${plural(done.cells, 'cell')} put back as they were.`];
    if (done.deleted.length) lines.push(`Removed the sheets it added: ${quoteList(done.deleted)}.`);
    if (done.restored.length) lines.push(`Brought back the sheets it replaced: ${quoteList(done.restored)}.`);
    if (done.changedSince.length)
      lines.push(`Left ${changedSinceText(done.changedSince)}, changed since the scoring, as you have them.`);
    // Said on its own line, and as a Check on the restored Findings sheet (core: state/undo-inputs.ts).
    if (done.stale.length) lines.push(staleSentence(done.stale));
    lines.push(`Wrote ${output}.`);
    io.out(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (e) {
    progress.done();
    return fail(e, io);
  }
}

export interface ResetStateArgs {
  input: string;
  output?: string;
}

/** `scorecard reset-state`: removes a damaged (or unwanted) Scorecard_State sheet into a new workbook. */
export async function resetState(args: ResetStateArgs, io: Io): Promise<number> {
  try {
    const output = args.output ?? besideInput(args.input, 'reset');
    const done = await resetStateFile({
      input: args.input,
      output,
      outputNamed: args.output !== undefined,
      at: io.now(),
    });
    if (done.unkept.length > 0) io.err(unkeptNote(args.input, done.unkept));
    const lines = [
      'Removed the Scorecard_State sheet: the saved quarter, tolerance and column mapping, and the undo of the last scoring, are gone; every other sheet is as it was.',
    ];
    if (done.backups.length)
      lines.push(`Also removed the hidden copies of earlier summary sheets: ${quoteList(done.backups)}.`);
    // Said here, not only when scoring next (session 7 fresh-user check: the "(2)" sheets came as a surprise).
    // Named after the workbook's own summary sheet (fresh user 14: a Q2 workbook was told "Q3 Summary (2)").
    const summary = [...done.sheets].reverse().find((n) => /^Q[1-4] Summary$/.test(n));
    if (summary)
      lines.push(
        `Summary sheets written before stay as they are: scoring the same quarter again writes new ones beside them ("${summary} (2)" …); delete the old ones first to keep the usual names.`,
      );
    lines.push(`Wrote ${output}.`);
    io.out(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (e) {
    return fail(e, io);
  }
}
