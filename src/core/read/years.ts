/**
 * One scoring counts one financial year. A table's year is what its own cells say (IndicatorTable.yearLabel):
 * the years of its period headers ("Q1 2023/24", "Apr-23", a month header Excel keeps as a date), else its
 * title ("… - 2020/21"), else the table above it carries on, else its target or outturn header ("20/21
 * Target"; "19/20 Outturn" is the year before). A table with no year in any of them is taken to be of the
 * run's year. The quarter setting gives a quarter only, never a year.
 */
import { InputError } from '../errors';
import type { IndicatorTable } from '../model';
import { plural } from '../words';

const FROM_WORDS: Record<NonNullable<IndicatorTable['yearFrom']>, [string, string]> = {
  periods: ['its period headers say so', 'their period headers say so'],
  title: ['its title says so', 'their titles say so'],
  header: ['its target header says so', 'their target headers say so'],
  above: ['its title says so', 'their titles say so'],
};

interface YearGroup {
  year: string;
  sheets: string[];
  indicators: number;
  from: NonNullable<IndicatorTable['yearFrom']>;
  /** The header that said the year, where a target or outturn header did. */
  header?: IndicatorTable['yearHeader'];
}

/**
 * Where a year group's year was seen, in words. A header is named as typed, and an outturn header as
 * last year's outturn: "its target header says so" was said of a plain "Target" when the year came
 * from "2023/24 Outturn" (session 9, fresh-user check 3).
 */
function fromWords(g: YearGroup): string {
  const one = g.sheets.length === 1;
  if (g.from === 'header' && g.header) {
    const kind = g.header.outturn ? "last year's outturn header" : 'target header';
    return `${one ? 'its' : 'their'} ${kind} "${g.header.text}" says so`;
  }
  return FROM_WORDS[g.from][one ? 0 : 1];
}

function sheetsWords(sheets: string[]): string {
  const quoted = sheets.map((s) => `'${s}'`);
  if (quoted.length <= 3)
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return `${quoted.slice(0, 2).join(', ')} and ${plural(quoted.length - 2, 'more sheet')}`;
}

/**
 * The refusal when the tables are of different financial years (a Q1 2023/24 board report sheet beside
 * 2020/21 priority sheets), else null. *Why a refusal and not a finding*: the count tables, the quarter
 * label and each indicator's period target would mix the years — a 2023/24 June figure counted in
 * "Q2 2020/21" is a silent wrong number, and a finding beside it would not make the counts right. The
 * sentence names each year's sheets, where the year was seen, and the mapping that leaves the other
 * year out (the year with the most indicators is kept; on a tie, the latest).
 */
export function mixedYearsRefusal(tables: IndicatorTable[]): InputError | null {
  const groups = new Map<string, YearGroup>();
  for (const t of tables) {
    // An academic year's table goes with the tables of its academic year's label (read/school-terms.ts).
    const year = t.academicYear ?? t.yearLabel;
    if (!year) continue;
    let g = groups.get(year);
    if (!g) groups.set(year, (g = { year, sheets: [], indicators: 0, from: t.yearFrom ?? 'title' }));
    if (!g.sheets.includes(t.sheet)) g.sheets.push(t.sheet);
    g.indicators += t.rows.length;
    if (t.yearHeader && g.from === 'header' && !g.header) g.header = t.yearHeader;
  }
  if (groups.size < 2) return null;
  const ordered = [...groups.values()].sort((a, b) => b.indicators - a.indicators || b.year.localeCompare(a.year));
  const [kept, ...others] = ordered;
  const holds = (g: YearGroup) =>
    `${sheetsWords(g.sheets)} ${plural.word(g.sheets.length, 'holds', 'hold')} ${g.year} figures (${fromWords(g)})`;
  const shared = others.flatMap((g) => g.sheets).filter((s) => kept.sheets.includes(s));
  const leaveOut = others.flatMap((g) => g.sheets).filter((s) => !kept.sheets.includes(s));
  const fix =
    shared.length > 0
      ? `move each year's table to a sheet of its own, then leave the other year's sheets out of the scoring`
      : `to score ${kept.year}, leave the other year's ${plural.word(leaveOut.length, 'sheet', 'sheets')} out with the mapping ${JSON.stringify({ ignoreSheets: leaveOut })}, or hide ${plural.word(leaveOut.length, 'it', 'them')}`;
  return new InputError(
    `${[kept, ...others].map(holds).join(', but ')}: one scoring counts one financial year, so nothing was scored rather than count ${others.map((g) => g.year).join(' and ')} figures in a ${kept.year} summary; ${fix}.`,
  );
}
