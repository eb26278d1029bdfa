/** The help texts. */

export const MAIN_USAGE = `Usage: scorecard <command> [options]

Scores a quarter of a council's performance-indicator workbook (.xlsx): % variance from target,
RAG status, direction of travel (DOT), trend and comparator quartile. Writes a scored copy with the
cells formatted and summary sheets added, and prints the count tables and the data-quality findings.

Commands:
  score <workbook.xlsx>   score a quarter into a new workbook
  undo <scored.xlsx>      undo the last scoring, into a new workbook
  reset-state <workbook.xlsx>
                          remove the hidden Scorecard_State sheet (settings and undo), into a new
                          workbook: for a damaged one, which Excel's menus cannot delete

Options:
  -h, --help              show this help; 'scorecard <command> --help' for a command's options
  -v, --version           show the version

Examples:
  scorecard score indicators.xlsx
  scorecard score indicators.xlsx --quarter Q3 -o reports/q3-scored.xlsx --json reports/q3.json
  scorecard undo reports/q3-scored.xlsx -o reports/q3-unscored.xlsx

Exit codes: 0 done (findings are not failures); 1 the workbook, a setting or the mapping cannot be
used; 2 the command was typed wrongly; 3 a defect in the tool.
`;

export const SCORE_USAGE = `Usage: scorecard score <workbook.xlsx> [options]

Scores a quarter and writes a scored copy of the workbook: % variance, DOT, Trend and quartile cells
filled in and coloured, and the sheets "Q3 Summary", "Q3 Highlights" and "Q3 Findings" added.
Prints the executive summary, the count tables by priority and the findings. The input is left as
it is unless -o names it.

Options:
  -o, --output <file.xlsx>   the scored workbook (default: <workbook>-scored.xlsx beside the input)
  -q, --quarter <Q1..Q4>     the quarter to score, Q1 to Q4 or 1 to 4 (default: the quarter saved in
                             the workbook, else the latest quarter at least half the indicators
                             with figures have reached; yearly ones left out)
  -t, --tolerance <n>        the amber band: percent of the target from 0 to 100 (default: saved,
                             else 5), or points or an amount with --tolerance-mode
      --tolerance-mode <mode>
                             relative (percent of the target, the default), points (percentage
                             points, for indicators in percent) or absolute (each indicator's unit)
      --green-band <n>       close-to-target indicators: green within ± this of the target
                             (default: the tolerance)
      --amber-band <n>       close-to-target indicators: amber within ± this of the target
                             (default: the green band plus the tolerance)
      --dot <quarter|period> DOT against the previous quarter (default) or the previous reported
                             period (month-on-month)
  -m, --map <mapping.json>   column mapping for headers the tool does not recognise (see docs/cli.md)
  -j, --json <result.json>   also write the result as JSON: per indicator, every count table
  -h, --help                 show this help

Quarter, tolerance, tolerance mode, bands, DOT comparison and mapping are saved in the scored
workbook and used next time.

Examples:
  scorecard score indicators.xlsx
  scorecard score indicators.xlsx -q Q2 -t 2.5 -o q2-scored.xlsx --json q2.json
  scorecard score housing.xlsx --map housing-mapping.json
  scorecard score arrears.xlsx --tolerance 1 --tolerance-mode points --dot period
`;

export const UNDO_USAGE = `Usage: scorecard undo <scored.xlsx> [-o <file.xlsx>]

Undoes the last scoring of a workbook: puts back every cell it changed (values and formats),
removes the summary sheets it added and brings back the ones it replaced. The input is left as it
is unless -o names it.

Options:
  -o, --output <file.xlsx>   the restored workbook (default: <workbook>-undone.xlsx beside the input)
  -h, --help                 show this help

Example:
  scorecard undo q3-scored.xlsx -o q3.xlsx
`;

export const RESET_STATE_USAGE = `Usage: scorecard reset-state <workbook.xlsx> [-o <file.xlsx>]

Removes the very hidden Scorecard_State sheet, where the product keeps its settings (quarter,
tolerance, column mapping) and the undo of the last scoring, and the hidden copies of earlier summary
sheets. Use it when the command says that sheet is damaged: Excel's own menus cannot show or delete a
very hidden sheet. Every other sheet stays as it is; the workbook can then be scored afresh. The
input is left as it is unless -o names it.

Options:
  -o, --output <file.xlsx>   the workbook without the sheet (default: <workbook>-reset.xlsx beside the input)
  -h, --help                 show this help

Example:
  scorecard reset-state q3.xlsx -o q3.xlsx
`;
