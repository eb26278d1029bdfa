/** Findings about how the workbook is written: partly recognised tables, unreadable cells, spellings, duplicates. */
import type { Finding, IndicatorTable, WorkbookModel } from '../model';
import { FIELD_LABELS } from '../read/headers';
import { indicatorKey } from '../read/support-sheets';
import { monthName, spokenMonth } from '../periods';
import { columnLetters } from '../a1';
import { finding, quote, who } from './finding';

/** Columns a full indicator table has; a table without some of them is "partly recognised". */
const EXPECTED = ['ref', 'polarity', 'target', 'variance', 'dot', 'trend', 'quartile'] as const;

export function tableFindings(table: IndicatorTable, hasTargetsSheet: boolean): Finding[] {
  const out: Finding[] = [];
  const missing = EXPECTED.filter((f) => table.columns[f] === undefined && !(f === 'target' && hasTargetsSheet) && !(f === 'ref' && table.refsInNames));
  const hasPeriods = table.monthColumns.some((c) => c !== null);
  if (missing.length > 0 || table.unrecognised.length > 0 || !hasPeriods) {
    const found = Object.keys(table.columns).map((f) => FIELD_LABELS[f as keyof typeof FIELD_LABELS]);
    const months = table.monthColumns.map((c, i) => (c === null ? null : monthName(i + 1))).filter((m): m is string => m !== null);
    if (table.refsInNames) found.push('refs in the indicator names');
    if (months.length) {
      found.push(table.cadence === 'quarterly' ? `quarters (${months.length})` : table.cadence === 'annual' ? 'a financial year' : `months ${months[0]}–${months[months.length - 1]}`);
    }
    const parts = [`recognised ${found.join(', ')}`];
    const notFound = missing.map((f) => FIELD_LABELS[f]);
    if (!hasPeriods) notFound.push('month or quarter columns');
    if (notFound.length) parts.push(`not found: ${notFound.join(', ')}`);
    if (table.unrecognised.length) parts.push(`not recognised: ${table.unrecognised.map((u) => quote(u.header)).join(', ')}`);
    const serious = missing.includes('polarity') || missing.includes('target') || !hasPeriods;
    out.push(
      finding('partial-table', serious ? 'warning' : 'info', table.sheet, table.headerRow, 0, null,
        `The table ${quote(table.priorityName)} on '${table.sheet}' (header row ${table.headerRow + 1}) was partly recognised: ${parts.join('; ')}.`),
    );
  }
  for (const d of table.duplicates) {
    out.push(
      finding('partial-table', 'warning', table.sheet, table.headerRow, d.col, null,
        `'${table.sheet}' row ${table.headerRow + 1}: column ${columnLetters(d.col)} ${quote(d.header)} is a second ${d.what} column; column ${columnLetters(d.usedCol)} ${quote(d.usedHeader)} is used. Map the columns to choose the other.`),
    );
  }
  // A table without a polarity column: one finding for the whole workbook, first (findings/polarity.ts, issue 7).
  for (const o of table.outOfSequence ?? []) {
    out.push(
      finding('partial-table', 'warning', table.sheet, table.headerRow, o.col, null,
        `'${table.sheet}' row ${table.headerRow + 1}: the period header ${quote(o.header)} in column ${columnLetters(o.col)} is out of sequence with its neighbours; it is read as ${o.readAs}. Correct the header if that is wrong.`),
    );
  }
  for (const row of table.rows) {
    const c = table.columns;
    if (row.polarityProblem !== null && c.polarity !== undefined) {
      const what = row.polarityProblem === '' ? 'is blank' : `says ${quote(row.polarityProblem)}`;
      out.push(finding('polarity-assumed', 'warning', row.sheet, row.row, c.polarity, row.ref, `${who(row)}: the Higher / Lower cell ${what}; higher is taken as better.`));
    }
    if (row.targetPolarity && row.polaritySource === 'cell' && row.targetPolarity.polarity !== row.polarity && c.target !== undefined) {
      // A comparator target ("≥ 95%") against the polarity cell ("Lower"): one of them is wrong (issue 7).
      out.push(finding('polarity-assumed', 'warning', row.sheet, row.row, c.target, row.ref,
        `${who(row)}: the target ${quote(row.targetPolarity.text)} says ${row.targetPolarity.polarity} is better but the polarity cell says ${row.polarity}; the polarity cell is used.`));
    }
    if (row.profileProblem !== null && c.profile !== undefined) {
      out.push(finding('unreadable-cell', 'warning', row.sheet, row.row, c.profile, row.ref, `${who(row)}: profile ${quote(row.profileProblem)} is neither Flat nor Cumulative; Flat is used.`));
    }
    if (row.toleranceProblem !== null && c.tolerance !== undefined) {
      out.push(finding('unreadable-cell', 'warning', row.sheet, row.row, c.tolerance, row.ref, `${who(row)}: tolerance ${quote(row.toleranceProblem)} is not a percentage between 0 and 100; the workbook's tolerance is used.`));
    }
    if (row.quartile === null && row.quartileText !== null && c.quartile !== undefined && !/^(n\/?a|n\.a\.?|-|–)$/i.test(row.quartileText.trim())) {
      out.push(finding('unreadable-cell', 'warning', row.sheet, row.row, c.quartile, row.ref, `${who(row)}: comparative performance ${quote(row.quartileText)} is not a quartile; it is treated as N/A.`));
    }
    if (row.targetText !== null && c.target !== undefined && row.noTargetStated) {
      // "TBC", "N/A", "Data only", "For information": no target, said once here (issue 7). TBC is a
      // target still to come (a Check); the others say there is none (a Note).
      const toCome = /^(tbc|tba|tbd|to be)/i.test(row.targetText);
      const counted = hasTargetsSheet ? '' : ', so it has no target: it is shown without colour and counted as "No target"';
      out.push(finding('text-in-value', toCome ? 'warning' : 'info', row.sheet, row.row, c.target, row.ref,
        `${who(row)}: the target cell holds ${quote(row.targetText)}${toCome ? ' where a number belongs' : ''}${counted}.`));
    } else if (row.targetText !== null && c.target !== undefined) {
      out.push(finding('text-in-value', 'warning', row.sheet, row.row, c.target, row.ref, `${who(row)}: the target cell holds ${quote(row.targetText)} where a number belongs.`));
    }
    if (row.scaleProblem) out.push(finding('percentage-scales', 'warning', row.sheet, row.row, row.scaleProblem.col, row.ref, `${who(row)}: ${row.scaleProblem.message}`));
    out.push(...noteFindings(table, row));
  }
  return out;
}

/** Text where a figure belongs: one finding per note, naming the months it covers. */
function noteFindings(table: IndicatorTable, row: IndicatorTable['rows'][number]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  while (i < 12) {
    const p = row.periods[i];
    if (p.kind !== 'note') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 12 && (row.periods[j + 1].kind === 'note' || row.periods[j + 1].kind === 'empty') && notesAhead(row, j + 1, p.text)) j++;
    const col = table.monthColumns[i] ?? 0;
    const span = i === j ? spokenMonth(i + 1) : `${spokenMonth(i + 1)}–${spokenMonth(j + 1)}`;
    out.push(finding('text-in-value', 'info', row.sheet, row.row, col, row.ref, `${who(row)}: ${span} hold${i === j ? 's' : ''} the note ${quote(p.text)} instead of a figure.`));
    i = j + 1;
  }
  return out;
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

/** Quartiles (and N/A) written more than one way across the workbook: "4th Quartile" and "4th quartile". */
export function quartileSpellingFindings(tables: IndicatorTable[]): Finding[] {
  const byMeaning = new Map<string, Map<string, { count: number; sheet: string; row: number; col: number }>>();
  for (const t of tables) {
    const col = t.columns.quartile;
    if (col === undefined) continue;
    for (const r of t.rows) {
      if (r.quartileText === null) continue;
      const meaning = r.quartile === null ? 'N/A' : `${r.quartile}`;
      if (r.quartile === null && !/^(n\/?a|n\.a\.?)$/i.test(r.quartileText.trim())) continue;
      const spellings = byMeaning.get(meaning) ?? new Map();
      byMeaning.set(meaning, spellings);
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
    const words = list.map(([text, s]) => `${quote(text)} (${s.count} cell${s.count === 1 ? '' : 's'})`).join(', ');
    const what = meaning === 'N/A' ? 'N/A' : `${ordinal(Number(meaning))} quartile`;
    out.push(finding('quartile-spelling', 'info', rarest.sheet, rarest.row, rarest.col, null, `${what} is written ${list.length} ways: ${words}; all are read as ${what}. One spelling reads better in the report.`));
  }
  return out;
}

function ordinal(n: number): string {
  return ['1st', '2nd', '3rd', '4th'][n - 1];
}

/** The same ref on two rows: both are scored and counted, which double-counts it. */
export function duplicateRefFindings(tables: IndicatorTable[]): Finding[] {
  const seen = new Map<string, { sheet: string; row: number }>();
  const out: Finding[] = [];
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.ref === null) continue;
      const key = indicatorKey(r.ref);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { sheet: r.sheet, row: r.row });
        continue;
      }
      out.push(finding('duplicate-ref', 'warning', r.sheet, r.row, t.columns.ref ?? 0, r.ref,
        `${r.ref} appears more than once: here and on '${first.sheet}' row ${first.row + 1}. Both rows are scored and counted; Targets and Last year figures go to both.`));
    }
  }
  return out;
}

/** Rows of the Targets sheet that name no indicator. */
export function orphanTargetFindings(model: WorkbookModel): Finding[] {
  if (!model.supportSheets.targets) return [];
  const keys = new Set(model.tables.flatMap((t) => t.rows.map((r) => indicatorKey(r.ref ?? r.name))));
  const out: Finding[] = [];
  for (const [key, { row, text }] of model.explicitTargetRows) {
    if (!keys.has(key)) {
      out.push(finding('orphan-target', 'info', model.supportSheets.targets, row, 0, text,
        `The ${model.supportSheets.targets} sheet has targets for ${text} (row ${row + 1}), which no indicator table has.`));
    }
  }
  return out;
}
