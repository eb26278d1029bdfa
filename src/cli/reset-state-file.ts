/**
 * `scorecard reset-state`: removes the very hidden Scorecard_State sheet (and the very hidden backup
 * sheets of regenerated summaries, "~1 Q3 Summary"), which Excel's own menus cannot show or delete,
 * so a workbook whose state sheet is damaged can be scored again (issue 8). The analyst's sheets and
 * the summary sheets already written stay as they are; the saved settings and the undo of the last
 * scoring are gone. Done on the workbook's package (issue 10): every other part is copied as it was.
 */
import { checkWorkbookBytes } from '../xlsx/file-kind';
import { readFileBytes } from '../xlsx/read-file';
import { resetStatePackage } from '../xlsx/package/session';
import { writeFilesAtomically } from './atomic-write';
import { checkOutputs, checkReplaceable } from './paths';

export interface ResetStateRequest {
  input: string;
  output: string;
  outputNamed: boolean;
  at: Date;
}

export interface ResetStateOutcome {
  /** The very hidden backup sheets removed with the state sheet. */
  backups: string[];
  /** What the input holds that the output does not: nothing, since every other part is copied. */
  unkept: string[];
  /** The sheets the output keeps, in workbook order (the summary sheets written before among them). */
  sheets: string[];
}

export async function resetStateFile(req: ResetStateRequest): Promise<ResetStateOutcome> {
  checkOutputs(req.input, { workbook: req.output }, req.outputNamed);
  const bytes = await readFileBytes(req.input);
  checkWorkbookBytes(bytes, req.input);
  const { backups, bytes: out, sheets } = resetStatePackage(bytes, req.input, req.at);
  checkReplaceable(req.output, req.outputNamed, out);
  await writeFilesAtomically([{ path: req.output, bytes: out }]);
  return { backups, unkept: [], sheets };
}
