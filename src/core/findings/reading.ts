/** Findings about how the workbook is written: partly recognised tables, unreadable cells, spellings, duplicates. */
import { profiledByPeriodHeader } from '../read/days-per-head';
import type { CellsWithFormats, Finding, IndicatorRow, IndicatorTable, WorkbookModel } from '../model';
import { FIELD_LABELS } from '../read/headers';
import { rowKey } from '../read/support-sheets';
import { toDateColumnsUsed } from './to-date-columns';
import { knownUnscored } from '../read/known-columns';
import { ROLLING_YEAR_HEADER } from '../read/rolling-year';
import { themeRowsNote } from './theme-rows';
import { academicYearFinding, monthsOutOfOrderFinding } from './academic-year';
import { standardOrTrajectoryNote } from './standard-or-trajectory';
import { secondColumnFields } from './second-column';
import { quartilePosition } from '../read/values';
import { monthName, periodName, periodNaming } from '../periods';
import { columnLetters } from '../a1';
import { timeMeasureWithoutPolarity } from '../rules/time-name';
import { finding } from '../catalogue';
import { targetToDateNotes } from './target-to-date';
import { budgetTypedToDate } from '../rules/annual-to-date';
import { budgetLinesNote } from '../read/budget-lines';
import { plural, quote, who } from '../words';
import { headerCellFields } from './header-cell';

/**
 * Columns a full indicator table has; a table without some of them is "partly recognised". Trend and the
 * comparator quartile are a council report's own columns, optional elsewhere (an NHS IPR has neither):
 * not listed as missing (fresh user 11: "not found: Trend, Comparative Performance" on each of five sheets).
 */
const EXPECTED = ['ref', 'polarity', 'target', 'variance', 'dot'] as const;

export function tableFindings(
  table: IndicatorTable,
  hasTargetsSheet: boolean,
  cells?: ReadonlyMap<string, CellsWithFormats>,
): Finding[] {
  const out: Finding[] = [];
  const missing = EXPECTED.filter(
    (f) =>
      table.columns[f] === undefined &&
      !(f === 'target' && (hasTargetsSheet || table.quarterTargetColumns || table.monthTargetColumns)) &&
      !(f === 'ref' && table.refsInNames),
  );
  const hasPeriods = table.monthColumns.some((c) => c !== null);
  // A "YTD" or "Same period last year" column is read for each row (read/rows.ts withToDate): used, so not
  // listed as not recognised (fresh user 6, session 11).
  const toDate = toDateColumnsUsed(table);
  const used = toDate.used;
  // Commentary, a lead or an owner: known, never scored, nothing to map (read/known-columns.ts; fresh user 11).
  const unrecognised = toDate.unrecognised.filter((u) => !knownUnscored(u));
  if (missing.length > 0 || unrecognised.length > 0 || !hasPeriods) {
    const found = Object.keys(table.columns).map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS]);
    const months = table.monthColumns
      .map((c, i) => (c === null ? null : monthName(i + 1)))
      .filter((m): m is string => m !== null);
    if (table.refsInNames) found.push('refs in the indicator names');
    const quarterTargets = table.quarterTargetColumns?.filter((c) => c !== null).length ?? 0;
    if (quarterTargets > 0) found.push(`quarter targets (${quarterTargets})`);
    const monthTargets = table.monthTargetColumns?.filter((c) => c !== null).length ?? 0;
    if (monthTargets > 0) found.push(`month targets (${monthTargets})`);
    if (months.length) {
      found.push(
        table.cadence === 'quarterly'
          ? `quarters (${months.length})`
          : table.cadence === 'annual'
            ? 'a financial year'
            : `months ${months[0]}–${months[months.length - 1]}`,
      );
    }
    found.push(...used);
    const parts = [`recognised ${found.join(', ')}`];
    const notFound = missing.map((f) => FIELD_LABELS[f]);
    // No % Variance from Target column: what that means for the analyst's sheet, said beside it (session 9,
    // fresh-user check 3: "not found: % Variance from Target" alone did not say the sheet gets no variance).
    // Said as what the table has not, plainly: "not found: …" read like an error (fresh user 15).
    if (notFound.length)
      parts.push(`no column for ${orList(notFound)}${missing.includes('variance') ? noVarianceWords(table) : ''}`);
    if (!hasPeriods) parts.push('no month or quarter columns');
    if (unrecognised.length) parts.push(`not recognised: ${unrecognised.map((u) => quote(u.header)).join(', ')}`);
    // A rolling year beside the periods: known, its own figure, not read as a period (read/rolling-year.ts).
    const rolling = toDate.unrecognised.filter((u) => ROLLING_YEAR_HEADER.test(u.header));
    if (rolling.length)
      parts.push(
        `not scored: ${rolling.map((u) => quote(u.header)).join(', ')} (a rolling year, not a period's figure)`,
      );
    const serious = missing.includes('polarity') || missing.includes('target') || !hasPeriods;
    out.push(
      finding({
        kind: 'partial-table',
        at: { sheet: table.sheet, row: table.headerRow, col: 0 },
        ref: null,
        table: quote(table.groupName ?? table.priorityName),
        sheet: table.sheet,
        headerRow: table.headerRow + 1,
        parts: parts.join('; '),
        serious,
      }),
    );
  }
  for (const d of table.duplicates) {
    const both = standardOrTrajectoryNote(table, d);
    if (both) out.push(both);
    const byRow = targetColumnByRow(table, d);
    if (byRow) {
      out.push(byRow);
      continue;
    }
    if (both) continue;
    out.push(
      finding({
        kind: 'second-column',
        ...secondColumnFields(table, d),
        // A hidden column is named as hidden: the analyst does not see it (session 9, fresh-user check 3).
        header: quote(d.header) + (d.hidden ? ' (hidden)' : ''),
        usedHeader: quote(d.usedHeader) + (d.usedHidden ? ' (hidden)' : ''),
        what: d.what,
      }),
    );
  }
  // A table without a polarity column: one finding for the whole workbook, first (findings/polarity.ts, issue 7).
  for (const o of table.outOfSequence ?? []) {
    out.push(
      finding({
        kind: 'period-out-of-sequence',
        ...headerCellFields(table, o.col),
        header: quote(o.header),
        column: columnLetters(o.col),
        readAs: o.readAs,
      }),
    );
  }
  const cal = table.calendarOrder;
  // An academic year's columns are said so, with each term's month (findings/academic-year.ts; fresh user 16).
  if (cal?.academic) out.push(academicYearFinding(table, cal));
  if (table.monthsOutOfOrder) out.push(monthsOutOfOrderFinding(table, table.monthsOutOfOrder));
  else if (cal) {
    const other = cal.scored === 'later' ? cal.earlier : cal.later;
    out.push(
      finding({
        kind: 'periods-in-calendar-order',
        ...headerCellFields(table),
        first: quote(cal.first),
        last: quote(cal.last),
        other: other.length === 1 ? quote(other[0]) : `${quote(other[0])} to ${quote(other[other.length - 1])}`,
        lastYear: cal.scored === 'later',
        repeats: cal.repeats,
        later:
          cal.later.length === 1
            ? quote(cal.later[0])
            : `${quote(cal.later[0])} to ${quote(cal.later[cal.later.length - 1])}`,
      }),
    );
  }
  // A target to date beside figures to date asks no profile (read/target-to-date.ts; fresh user 14).
  // Not where every row is a budget measured to date against the year's share elapsed (rules/annual-to-date.ts).
  if (
    table.ytdHeader !== undefined &&
    table.columns.profile === undefined &&
    table.columns.target !== undefined &&
    table.targetToDate?.asTarget !== true &&
    !table.rows.every((r) => budgetTypedToDate(r) || profiledByPeriodHeader(r))
  ) {
    out.push(
      finding({
        kind: 'ytd-without-profile',
        ...headerCellFields(table, table.columns.target),
        header: quote(table.ytdHeader),
        profiledByName: table.rows.filter((r) => r.profileFromName).length,
      }),
    );
  }
  if (table.ragBands !== undefined) out.push(ragBandsNote(table, table.ragBands));
  // A target to date used as given (read/target-to-date.ts; fresh user 14).
  out.push(...targetToDateNotes(table, cells));
  // A budget table's lines judged by their labels (read/budget-lines.ts; fresh user 14).
  const budget = budgetLinesNote(table);
  if (budget) out.push(budget);
  const thresholds = table.thresholdColumns;
  if (thresholds !== undefined) {
    const targets = table.rows.filter((r) => r.targetFromBands === true).length;
    out.push(
      finding({
        kind: 'threshold-columns-read',
        at: { sheet: table.sheet, row: table.headerRow, col: thresholds.green },
        ref: null,
        sheet: table.sheet,
        green: `${quote(thresholds.greenHeader)} (column ${columnLetters(thresholds.green)})`,
        ...(thresholds.red !== undefined
          ? { red: `${quote(thresholds.redHeader ?? '')} (column ${columnLetters(thresholds.red)})` }
          : {}),
        targets,
        others: table.rows.length - targets,
      }),
    );
  }
  if (table.priorityUnsure)
    out.push(
      finding({
        kind: 'priority-name-unsure',
        at: { sheet: table.sheet, row: table.priorityUnsure.row, col: 0 },
        ref: null,
        sheet: table.sheet,
        row: table.priorityUnsure.row + 1,
        text: quote(table.priorityUnsure.text),
        priority: table.priorityName,
      }),
    );
  // A breakdown's rows, one Note for each indicator they stand under.
  const breakdowns: { under: string; byRef?: string; byWriting?: true; rows: { row: number; text: string }[] }[] = [];
  for (const skipped of table.skippedRows ?? []) {
    if (skipped.why !== 'breakdown') continue;
    const last = breakdowns[breakdowns.length - 1];
    const prev = last?.rows[last.rows.length - 1];
    if (last && last.under === skipped.under && prev.row + 1 === skipped.row) last.rows.push(skipped);
    else
      breakdowns.push({
        under: skipped.under ?? '',
        byRef: skipped.byRef,
        ...(skipped.byWriting ? { byWriting: true as const } : {}),
        rows: [skipped],
      });
  }
  for (const b of breakdowns) {
    const first = b.rows[0].row + 1;
    const lastRow = b.rows[b.rows.length - 1].row + 1;
    const common = {
      at: { sheet: table.sheet, row: b.rows[0].row, col: table.columns.name ?? 0 },
      ref: null,
      sheet: table.sheet,
      rows: first === lastRow ? `row ${first}` : `rows ${first}–${lastRow}`,
      texts: b.rows
        .slice(0, 3)
        .map((x) => quote(x.text))
        .join(', ')
        .concat(b.rows.length > 3 ? ' …' : ''),
      under: b.under,
      one: b.rows.length === 1,
    };
    out.push(
      b.byRef === undefined
        ? finding({ kind: 'breakdown-rows', ...common })
        : b.byWriting
          ? finding({ kind: 'breakdown-rows-by-writing', ...common, refOf: b.byRef })
          : finding({ kind: 'breakdown-rows-by-ref', ...common, refOf: b.byRef }),
    );
  }
  // On one subsidiary's sheet of several, the sub-headings are its themes: one Note (findings/theme-rows.ts).
  if (table.parallelSheet) out.push(...themeRowsNote(table));
  for (const skipped of table.skippedRows ?? []) {
    if (skipped.why === 'breakdown' || (skipped.why === 'subheading' && table.parallelSheet)) continue;
    if (skipped.why === 'priority') {
      // A priority's band row: how many indicators are counted under it (session 9, fresh-user check 3).
      const next = table.skippedRows!.find((s) => s.why === 'priority' && s.row > skipped.row)?.row ?? Infinity;
      out.push(
        finding({
          kind: 'priority-band-row',
          at: { sheet: table.sheet, row: skipped.row, col: 0 },
          ref: null,
          sheet: table.sheet,
          row: skipped.row + 1,
          text: quote(skipped.text),
          indicators: table.rows.filter((x) => x.row > skipped.row && x.row < next).length,
          priority: skipped.priority!,
        }),
      );
      continue;
    }
    out.push(
      finding({
        kind: skipped.why === 'total' ? 'totals-row' : 'subheading-row',
        at: { sheet: table.sheet, row: skipped.row, col: 0 },
        ref: null,
        sheet: table.sheet,
        row: skipped.row + 1,
        text: quote(skipped.text),
      }),
    );
  }
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const c = table.columns;
    if (row.noBetterDirection !== undefined && c.polarity !== undefined)
      out.push(
        finding({
          kind: 'polarity-none',
          at: { sheet: row.sheet, row: row.row, col: c.polarity },
          ref: row.ref,
          who: who(row),
          text: quote(row.noBetterDirection),
          targetless: row.annualTarget === null && !row.periodTargets?.some((t) => t !== null),
        }),
      );
    // A blank cell beside a time is said by the time's own Check (not rated, not "higher is taken as better").
    const timeSaid =
      row.polarityProblem === '' && (row.scaleProblem?.polarity === true || timeMeasureWithoutPolarity(row));
    if (row.polarityProblem !== null && c.polarity !== undefined && !timeSaid) {
      out.push(
        row.polarityProblem === ''
          ? finding({
              kind: 'polarity-cell-unread',
              at: { sheet: row.sheet, row: row.row, col: c.polarity },
              ref: row.ref,
              who: who(row),
              what: 'is blank',
            })
          : finding({
              kind: 'polarity-words-unread',
              at: { sheet: row.sheet, row: row.row, col: c.polarity },
              ref: row.ref,
              who: who(row),
              text: quote(row.polarityProblem),
            }),
      );
    }
    if (
      row.targetPolarity &&
      row.polaritySource === 'cell' &&
      row.targetPolarity.polarity !== row.polarity &&
      c.target !== undefined
    ) {
      // A comparator target ("≥ 95%") against the polarity cell ("Lower"): one of them is wrong (issue 7).
      out.push(
        finding({
          kind: 'polarity-target-disagrees',
          at: { sheet: row.sheet, row: row.row, col: c.target },
          ref: row.ref,
          who: who(row),
          target: quote(row.targetPolarity.text),
          targetSays: row.targetPolarity.polarity,
          cellSays: row.polarity,
        }),
      );
    }
    if (row.profileProblem !== null && c.profile !== undefined) {
      out.push(
        finding({
          kind: 'profile-unread',
          at: { sheet: row.sheet, row: row.row, col: c.profile },
          ref: row.ref,
          who: who(row),
          text: quote(row.profileProblem),
        }),
      );
    }
    if (row.toleranceProblem !== null && c.tolerance !== undefined) {
      out.push(
        finding({
          kind: 'tolerance-unread',
          at: { sheet: row.sheet, row: row.row, col: c.tolerance },
          ref: row.ref,
          who: who(row),
          text: quote(row.toleranceProblem),
        }),
      );
    }
    if (
      row.quartile === null &&
      row.quartileText !== null &&
      c.quartile !== undefined &&
      !/^(n\/?a|n\.a\.?|-|–)$/i.test(row.quartileText.trim())
    ) {
      const position = comparatorPosition(row.quartileText);
      if (position)
        out.push(
          finding({
            kind: 'quartile-position',
            at: { sheet: row.sheet, row: row.row, col: c.quartile },
            ref: row.ref,
            who: who(row),
            text: quote(row.quartileText),
            ...position,
          }),
        );
      else
        out.push(
          finding({
            // "Upper quartile" where lower is better: the highest figures, or the best performers? (read/values.ts quartilePosition)
            kind: quartilePosition(row.quartileText) !== undefined ? 'quartile-position-unread' : 'quartile-unread',
            at: { sheet: row.sheet, row: row.row, col: c.quartile },
            ref: row.ref,
            who: who(row),
            text: quote(row.quartileText),
          }),
        );
    }
    if (row.targetText !== null && c.target !== undefined && row.noTargetStated) {
      // "TBC", "N/A", "Data only", "For information": no target, said once here (issue 7). TBC is a
      // target still to come (a Check); the others say there is none (a Note).
      const toCome = /^(tbc|tba|tbd|to be)/i.test(row.targetText);
      // With no figure this year either it is a data gap (or not yet due), not "No target" (fresh-user
      // check 7, item 4: EN03's "TBC" said No target while it was counted under Data gaps).
      const noFigure = !row.periods.some((p) => p.kind === 'number');
      const counted = hasTargetsSheet
        ? ''
        : !noFigure
          ? ', so it has no target: it is shown without colour and counted as "No target"'
          : row.annual
            ? ', so it has no target'
            : ', so it has no target; with no figure this year either, it is counted under "Data gaps"';
      out.push(
        finding({
          kind: 'target-stated-none',
          at: { sheet: row.sheet, row: row.row, col: c.target },
          ref: row.ref,
          who: who(row),
          text: quote(row.targetText),
          toCome,
          counted,
        }),
      );
    }
    // Other text in the target cell ("Increase", "Top quartile") is said once, with the score it leads to:
    // findings/targets.ts (helper misread: it was two findings on one cell).
    if (row.scaleProblem)
      out.push(
        finding({
          kind: row.scaleProblem.polarity ? 'time-without-polarity' : 'percentage-scales',
          at: { sheet: row.sheet, row: row.row, col: row.scaleProblem.col },
          ref: row.ref,
          who: who(row),
          message: row.scaleProblem.message,
        }),
      );
    // Percentages typed as plain numbers, read on the row's scale or left out (session 8, noticed item 1).
    if (row.plainPercents)
      for (const p of row.plainPercents)
        out.push(
          finding({
            kind: 'percentage-scales',
            at: { sheet: row.sheet, row: row.row, col: p.col },
            ref: row.ref,
            who: who(row),
            message: p.message,
          }),
        );
    // Values written two ways (noticed item 3, session 5): names the odd cells.
    if (row.mixedScale)
      out.push(
        finding({
          kind: 'percentage-scales',
          at: { sheet: row.sheet, row: row.row, col: row.mixedScale.col },
          ref: row.ref,
          who: who(row),
          message: row.mixedScale.message,
        }),
      );
    // The Targets sheet's and last year's figures on another scale (noticed item 1, session 5).
    for (const problem of [row.explicitScaleProblem, row.lastYearScaleProblem, row.outturnScaleProblem])
      if (problem)
        out.push(
          finding({
            kind: 'percentage-scales',
            at: { sheet: problem.sheet, row: problem.row, col: problem.col },
            ref: row.ref,
            who: who(row),
            message: problem.message,
          }),
        );
    out.push(...noteFindings(table, row));
  }
  return out;
}

/** Text where a figure belongs: one finding per note, naming the months it covers. */
function noteFindings(table: IndicatorTable, row: IndicatorTable['rows'][number]): Finding[] {
  const out: Finding[] = [];
  const naming = periodNaming(table);
  let i = 0;
  while (i < 12) {
    const p = row.periods[i];
    if (p.kind !== 'note') {
      i++;
      continue;
    }
    // A plain number among percentages left out: its own Check says so (plainPercents).
    if (p.scale) {
      i++;
      continue;
    }
    if (p.absurd) {
      out.push(
        finding({
          kind: 'figure-absurd',
          at: { sheet: row.sheet, row: row.row, col: table.monthColumns[i] ?? 0 },
          ref: row.ref,
          who: who(row),
          month: periodName(i + 1, naming),
          shown: p.text,
        }),
      );
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < 12 &&
      (row.periods[j + 1].kind === 'note' || row.periods[j + 1].kind === 'empty') &&
      notesAhead(row, j + 1, p.text)
    )
      j++;
    const col = table.monthColumns[i] ?? 0;
    const span = i === j ? periodName(i + 1, naming) : `${periodName(i + 1, naming)}–${periodName(j + 1, naming)}`;
    // A figure typed so that it cannot be read as one ("1,5", "(5)", "1 234"): left out of the scores,
    // which a Note would let pass (noticed item 6, session 6).
    const retyped = figureTypedOtherwise(p.text);
    if (retyped !== null) {
      out.push(
        finding({
          kind: 'figure-unread',
          at: { sheet: row.sheet, row: row.row, col: col },
          ref: row.ref,
          who: who(row),
          month: periodName(i + 1, naming),
          text: quote(p.text),
          retyped,
        }),
      );
      i = j + 1;
      continue;
    }
    out.push(
      finding({
        kind: 'note-in-period',
        at: { sheet: row.sheet, row: row.row, col: col },
        ref: row.ref,
        who: who(row),
        span,
        months: j - i + 1,
        text: quote(p.text),
      }),
    );
    i = j + 1;
  }
  return out;
}

/**
 * A cell's text that is a figure written in a way that is not read as one — a decimal comma ("1,5",
 * "1.234,5"), a space between thousands ("1 234"), a negative in brackets ("(5)") or after a dash ("–5")
 * — and how to type it so that it is: "1.5", "1234.5", "1234", "-5"; "a plain figure" where no one way
 * is sure. Null for any other text (a note). Noticed item 6, session 6: such a figure was a Note, and the
 * figure before it was scored as the quarter's.
 */
export function figureTypedOtherwise(text: string): string | null {
  const t = text.trim().replace(/\u00a0/g, ' ');
  // "3 of 4", "3 out of 4" (fresh user 10: campaigns delivered to plan): a proportion, not read as a figure
  // (which of 75%, 0.75 or the count 3 is meant depends on the row), so a Check says how to type it, never a Note.
  const of = /^(\d+)\s+(?:of|out of)\s+(\d+)$/i.exec(t);
  if (of) {
    const [n, d] = [Number(of[1]), Number(of[2])];
    return d > 0 && n <= d ? `${Number(((n / d) * 100).toFixed(1))}% (or ${n}, if it counts them)` : null;
  }
  const m = /^([(\-–—−]?)\s*([£$€]?)\s*([\d.,' ]*\d)\s*(%?)\s*(\)?)$/.exec(t);
  if (!m || !/\d/.test(m[3])) return null;
  const [, open, currency, digits, percent, close] = m;
  if ((open === '(') !== (close === ')')) return null;
  const negative = open !== '' ? '-' : '';
  let plain: string | null = null;
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(digits)) plain = digits.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(digits) || /^\d+,\d{4,}$/.test(digits)) plain = digits.replace(',', '.');
  else if (/^\d{1,3}(?:[ ']\d{3})+(?:\.\d+)?$/.test(digits)) plain = digits.replace(/[ ']/g, '');
  else if (/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(digits) && negative !== '') plain = digits;
  if (plain === null) return /^[\d.,' ]+$/.test(digits) && /[.,' ]/.test(digits) ? 'a plain figure' : null;
  return `${negative}${currency}${plain}${percent}`;
}

/** True while the same note continues (possibly through blank cells of a merged area) from month index k. */
function notesAhead(row: IndicatorTable['rows'][number], k: number, text: string): boolean {
  for (let m = k; m < 12; m++) {
    const p = row.periods[m];
    if (p.kind === 'note') return p.text === text;
    if (p.kind !== 'empty') return false;
  }
  return false;
}

/** A quartile's meaning as quartileSpellingFindings keys it: "1" … "4" (index 0 unused). */
const QUARTILE_MEANINGS: readonly string[] = ['0', '1', '2', '3', '4'];

/** Quartiles (and N/A) written more than one way across the workbook: "4th Quartile" and "4th quartile". */
export function quartileSpellingFindings(tables: IndicatorTable[]): Finding[] {
  const byMeaning = new Map<string, Map<string, { count: number; sheet: string; row: number; col: number }>>();
  for (const t of tables) {
    const col = t.columns.quartile;
    if (col === undefined) continue;
    for (const r of t.rows) {
      if (r.quartileText === null) continue;
      // The meaning's text made once, not a text a row (issue 11).
      const meaning = r.quartile === null ? 'N/A' : (QUARTILE_MEANINGS[r.quartile] ?? `${r.quartile}`);
      if (r.quartile === null && !/^(n\/?a|n\.a\.?)$/i.test(r.quartileText.trim())) continue;
      let spellings = byMeaning.get(meaning);
      if (spellings === undefined) byMeaning.set(meaning, (spellings = new Map()));
      const s = spellings.get(r.quartileText);
      if (s) s.count++;
      else spellings.set(r.quartileText, { count: 1, sheet: r.sheet, row: r.row, col });
    }
  }
  const out: Finding[] = [];
  for (const [meaning, spellings] of byMeaning) {
    if (spellings.size < 2) continue;
    const list = [...spellings.entries()].sort((a, b) => b[1].count - a[1].count);
    const rarest = list[list.length - 1][1];
    const words = list.map(([text, s]) => `${quote(text)} (${plural(s.count, 'cell')})`).join(', ');
    const what = meaning === 'N/A' ? 'N/A' : `${ordinal(Number(meaning))} quartile`;
    out.push(finding({ kind: 'quartile-spelling', at: rarest, ref: null, what, ways: list.length, words }));
  }
  return out;
}

/** The same ref on two rows: both are scored and counted, which double-counts it. */
export function duplicateRefFindings(tables: IndicatorTable[]): Finding[] {
  // The first row of each ref itself, not an object made for it (issue 11).
  const seen = new Map<string, IndicatorRow>();
  const out: Finding[] = [];
  // The same ref on another organisation's sheet is that organisation's measure (read/parallel-sheets.ts):
  // on such sheets a ref is a duplicate only on its own sheet.
  for (const t of tables) {
    const own = t.parallelSheet ? `${t.sheet}\u0000` : '';
    for (const r of t.rows) {
      if (r.ref === null) continue;
      const key = own + rowKey(r);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, r);
        continue;
      }
      out.push(
        finding({
          kind: 'duplicate-ref',
          at: { sheet: r.sheet, row: r.row, col: t.columns.ref ?? 0 },
          ref: r.ref,
          sheet: first.sheet,
          row: first.row + 1,
        }),
      );
    }
  }
  return out;
}

/** Rows of the Targets sheet that name no indicator. */
export function orphanTargetFindings(model: WorkbookModel): Finding[] {
  if (!model.supportSheets.targets) return [];
  // The Targets sheet's keys some row names, looked up row by row: not a set of every row's key, which
  // at 50,000 indicators was 3% of a scoring (issue 11).
  const targetRows = model.explicitTargetRows;
  const named = new Set<string>();
  for (const t of model.tables)
    for (let i = 0; i < t.rows.length; i++) {
      const key = rowKey(t.rows[i]);
      if (targetRows.has(key)) named.add(key);
    }
  const out: Finding[] = [];
  if (named.size === targetRows.size) return out;
  for (const [key, { row, text }] of targetRows) {
    if (!named.has(key)) {
      out.push(
        finding({
          kind: 'orphan-target',
          at: { sheet: model.supportSheets.targets, row, col: 0 },
          ref: text,
          sheet: model.supportSheets.targets,
          text,
          row: row + 1,
        }),
      );
    }
  }
  return out;
}

/**
 * Where a table with no % Variance from Target column shows the RAG on its own sheet: its Status column
 * where the product writes it (a row whose status is not the analyst's), else the colour of its DOT
 * arrows, else nowhere (session 9, fresh-user check 3: "not found: % Variance from Target" alone did not
 * say the sheet would get no variance).
 */
function whereRagShows(table: IndicatorTable): 'status' | 'dot' | 'none' {
  if (table.columns.status !== undefined && table.rows.some((r) => r.statusOwner === undefined)) return 'status';
  return table.columns.dot !== undefined ? 'dot' : 'none';
}

/** The words after "not found: …" when the table has no % Variance from Target column (whereRagShows). */
function noVarianceWords(table: IndicatorTable): string {
  const where = whereRagShows(table);
  // Shortened (fresh-user check 7, item 10: the Note was some 600 characters on every sheet).
  const rag =
    where === 'status'
      ? 'the RAG in its Status column'
      : where === 'dot'
        ? "the RAG only as the DOT arrows' colour"
        : 'no RAG colour';
  return ` (so no variance is written on '${table.sheet}', ${rag}; the summary sheets have both, and a "% Variance from Target" column added here would too)`;
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd": a quartile or a place in a comparator group. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A place in a comparator group typed where a quartile belongs ("3 of 8", "3rd of 8", "MSG 3 of 8", "3 out
 * of 8": a police force's most similar group, CIPFA nearest neighbours), with the quartile it falls in
 * when the group is split into four equal parts — place p of n is quartile ⌈4p/n⌉, which holds places
 * ⌊(q−1)n/4⌋+1 … ⌊qn/4⌋ ("3 of 8" is the 2nd quartile, places 3–4). Null for anything else. Advice only:
 * the cell is not read as that quartile, since a council's benchmarking may band its group otherwise
 * (session 9 closing note, noticed item 7).
 */
export function comparatorPosition(
  text: string,
): { place: string; of: number; quartile: string; positions: string } | null {
  const m =
    /^\s*(?:(?:msg|position|pos\.?|rank(?:ed)?)\s*:?\s*)?(\d{1,3})(?:st|nd|rd|th)?\s*(?:of|out of)\s*(\d{1,3})\s*$/i.exec(
      text,
    );
  if (!m) return null;
  const place = Number(m[1]);
  const of = Number(m[2]);
  if (place < 1 || of < 2 || place > of) return null;
  const q = Math.ceil((4 * place) / of);
  const first = Math.floor(((q - 1) * of) / 4) + 1;
  const last = Math.floor((q * of) / 4);
  return {
    place: ordinal(place),
    of,
    quartile: ordinal(q),
    positions: first === last ? `place ${first}` : `places ${first}–${last}`,
  };
}

/**
 * Two Target columns, each filled on some rows (a "Plan 26/27" on the finance rows, a "Standard" on the
 * rest): each row was scored against the first where it has a figure there, else the second
 * (read/rows.ts, `targetColumnOf`). One Note names the columns and the rows of the fewer. Null where no
 * row used the second column (the "second Target column" Check stands).
 */
function targetColumnByRow(table: IndicatorTable, d: IndicatorTable['duplicates'][number]): Finding | null {
  if (d.what !== FIELD_LABELS.target) return null;
  const second: string[] = [];
  for (const r of table.rows) if (r.targetColumn === d.col && !r.targetChosen) second.push(r.ref ?? r.name);
  if (second.length === 0) return null;
  return finding({
    kind: 'target-column-by-row',
    ...secondColumnFields(table, d),
    second: second.length > 5 ? `${second.length} indicators` : second.join(', '),
  });
}

/** The Note on a column of RAG bands in words (read/rag-bands.ts): what was read from it. */
function ragBandsNote(table: IndicatorTable, bands: NonNullable<IndicatorTable['ragBands']>): Finding {
  return finding({
    kind: 'rag-bands-read',
    at: { sheet: table.sheet, row: table.headerRow, col: bands.col },
    ref: null,
    sheet: table.sheet,
    column: columnLetters(bands.col),
    header: quote(bands.header),
    example: quote(bands.example),
    targets: table.rows.filter((r) => r.targetFromBands === true).length,
  });
}

/** "A", "A or B", "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
