/**
 * Tables the reader only half understands (helper hunt3): a table whose headers were read, but where a
 * column it did not understand shows that a guess was wrong. Scored as read, they give a silent wrong
 * answer, so the run is refused in one sentence with the mapping that reads them right:
 * - the indicator-name column holds codes ("KPI": HS01, HS02) while a column not understood holds the
 *   names ("Title"): every indicator would be named by its code, and its name left unread;
 * - there is no polarity column, while a column not understood holds Higher / Lower on its rows ("Perf"):
 *   every lower-is-better indicator would be scored as higher is better.
 * docs/workbook.md, "Tables the reader half understands".
 */
import type { CellValue, ColumnMapping, IndicatorTable, MappingHint, QuarterNumber } from '../model';
import { financialYearLabel } from '../periods';
import { InputError } from '../errors';
import { columnLetters } from '../a1';
import type { GridView } from './grid';
import type { HeaderReader } from './mapping';
import { normaliseHeader, recogniseHeader } from './headers';
import { allCodes, filledCells, mostlyNames, notANameHeader, polaritiesThatMatter } from './column-contents';

/** Whether the analyst's mapping names this header (on its sheet or for every sheet): their word stands. */
function mapsHeader(mapping: ColumnMapping | null, sheet: string, header: string): boolean {
  const h = normaliseHeader(header);
  return [mapping?.columns, mapping?.sheets?.[sheet]?.columns].some(
    (m) => m !== undefined && Object.keys(m).some((k) => normaliseHeader(k) === h),
  );
}

/** A header of arrows alone: "↑/↓", "↑↓", "▲ / ▼", "↑ or ↓". */
const ARROWS_ONLY = /^[↑↓▲▼⬆⬇]+(?:\s*(?:\/|or|,|&)?\s*[↑↓▲▼⬆⬇]+)*$/;

/** Every cell an arrow up or down, and one or more down: read, it would change the scores. */
function arrowsThatMatter(cells: readonly CellValue[]): boolean {
  if (cells.length === 0) return false;
  const read = cells.map((c) => (typeof c === 'string' ? c.trim() : ''));
  return read.every((c) => /^[↑↓▲▼⬆⬇]$/.test(c)) && read.some((c) => /^[↓▼⬇]$/.test(c));
}

/** A header that speaks of what the figures aim at ("Yr Goal", "Aim 25/26", "Standard", "Ambition"). */
const TARGET_WORD = /\b(?:goal|goals|aim|target|tgt|trgt|plan|standard|ambition|threshold|objective)\b/i;

function quoted(texts: string[], most = 3): string {
  const shown = texts.slice(0, most).join(', ');
  return texts.length > most ? `${shown} …` : shown;
}

/**
 * A financial year's column headed as a figure to date ("2025/26 YTD", "YTD 2025/26", "2025/26 year to
 * date") in a table of annual figures: read as the whole year, standing for March, a half year's 140 fires
 * were scored as Q4's outturn against the annual target, and its Trend drawn against last year's full 310
 * (helper hunt3). Not where the analyst mapped the column. The column's year and header, or null.
 */
function yearToDateYear(view: GridView, t: IndicatorTable): { year: number; header: string; raw: string } | null {
  const reader = (v: CellValue) => recogniseHeader(v);
  for (const col of view.filledColumns(t.headerRow)) {
    const raw = view.text(t.headerRow, col);
    if (!/\b(ytd|year to date|to date)\b/i.test(raw)) continue;
    if (!t.monthColumns.includes(col)) continue;
    const role = reader(view.raw(t.headerRow, col));
    if (role?.kind === 'year' && !t.mapped) return { year: role.year, header: raw.replace(/\s+/g, ' '), raw };
  }
  return null;
}

/**
 * The refusal for the first half-read table, or null. `hintAt` gives the mapping hint of a header row;
 * the refusal carries it with the suggested mapping replaced by the one that reads the table right.
 */
export function halfReadRefusal(
  tables: readonly IndicatorTable[],
  views: Map<string, GridView>,
  mapping: ColumnMapping | null,
  hintAt: (sheet: string, row: number) => MappingHint,
  quarter?: QuarterNumber | null,
): InputError | null {
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    const view = views.get(t.sheet);
    if (!view) continue;
    const ytd = t.cadence === 'annual' ? yearToDateYear(view, t) : null;
    if (ytd) {
      const hint = hintAt(t.sheet, t.headerRow);
      const label = financialYearLabel(ytd.year);
      const example = `Q${quarter ?? 2} ${label} YTD`;
      return new InputError(
        `'${t.sheet}' row ${t.headerRow + 1} has a column "${ytd.header}", this year's figure to date, which would be read as the whole of ${label} (standing for March) and scored as the year's outturn, so nothing was scored; head it with the quarter it runs to, such as "${example}", and score again.`,
        quarter
          ? {
              ...hint,
              suggestedMapping: {
                ...(mapping ?? {}),
                sheets: {
                  ...(mapping?.sheets ?? {}),
                  [t.sheet]: {
                    headerRow: t.headerRow + 1,
                    columns: { ...(mapping?.sheets?.[t.sheet]?.columns ?? {}), [ytd.raw]: `Q${quarter} ${label}` },
                  },
                },
              },
            }
          : { ...hint, suggestedMapping: null },
      );
    }
    const rows = t.rows.map((r) => r.row);
    const cellsOf = (col: number) => filledCells((r) => view.raw(r, col), rows);
    const header = (col: number) => view.text(t.headerRow, col).replace(/\s+/g, ' ');
    const suggest = (columns: Record<string, string>): MappingHint => {
      const hint = hintAt(t.sheet, t.headerRow);
      const base = mapping?.sheets?.[t.sheet]?.columns ?? {};
      return {
        ...hint,
        suggestedMapping: {
          ...(mapping ?? {}),
          sheets: {
            ...(mapping?.sheets ?? {}),
            [t.sheet]: { headerRow: t.headerRow + 1, columns: { ...base, ...columns } },
          },
        },
      };
    };
    // Each problem's sentence, and the columns its mapping names; one refusal names every column to map.
    const problems: { sentence: string; fix: string; columns: Record<string, string> }[] = [];
    const nameCol = t.columns.name;
    if (
      nameCol !== undefined &&
      t.columns.ref === undefined &&
      !t.refsInNames &&
      !mapsHeader(mapping, t.sheet, view.text(t.headerRow, nameCol)) &&
      allCodes(cellsOf(nameCol))
    ) {
      const names = t.unrecognised.find((u) => !notANameHeader(u.header) && mostlyNames(cellsOf(u.col)));
      if (names) {
        const code = header(nameCol);
        const name = header(names.col);
        problems.push({
          sentence: `column ${columnLetters(nameCol)}, "${code}", holds codes (${quoted(t.rows.map((r) => r.name))}), not indicator names, and the names look to be in column ${columnLetters(names.col)}, "${name}", which was not understood`,
          fix: `"${code}" to ref and "${name}" to name`,
          columns: { [view.text(t.headerRow, nameCol)]: 'ref', [view.text(t.headerRow, names.col)]: 'name' },
        });
      }
    }
    // A column headed by arrows alone ("↑/↓", "↑↓") holding ↑ and ↓, with no polarity column (helper layouts):
    // which way is better, or a typed direction of travel? Read as neither, higher was taken as better for
    // every indicator, so 31 re-let days against 30 under "↓" was green.
    const arrows =
      t.columns.polarity === undefined
        ? t.unrecognised.find((u) => ARROWS_ONLY.test(u.header.trim()) && arrowsThatMatter(cellsOf(u.col)))
        : undefined;
    if (arrows) {
      const h = header(arrows.col);
      const cells = [...new Set(cellsOf(arrows.col).map((c) => `"${String(c).trim()}"`))];
      problems.push({
        sentence: `there is no polarity column, but column ${columnLetters(arrows.col)}, "${h}", which was not understood, holds ${quoted(cells)} on its rows (which way is better, or the direction of travel?)`,
        fix: `"${h}" to polarity (or to dot, if the arrows are the direction of travel)`,
        columns: { [view.text(t.headerRow, arrows.col)]: 'polarity' },
      });
    }
    if (t.columns.polarity === undefined && !arrows) {
      const polarity = t.unrecognised.find((u) => polaritiesThatMatter(cellsOf(u.col)));
      if (polarity) {
        const cells = cellsOf(polarity.col);
        const words = [...new Set(cells.map((c) => String(c).trim()))].map((w) => `"${w}"`);
        const h = header(polarity.col);
        problems.push({
          sentence: `there is no polarity column, but column ${columnLetters(polarity.col)}, "${h}", which was not understood, holds ${quoted(words)} on its rows`,
          fix: `"${h}" to polarity`,
          columns: { [view.text(t.headerRow, polarity.col)]: 'polarity' },
        });
      }
    }
    if (problems.length === 0) continue;
    // With no target column, a column of figures not understood whose header speaks of a goal is put in
    // the mapping too: following the refusal's mapping scored every indicator "No target", and the column
    // was named only in a Check afterwards (session 8 fresh-user check).
    if (t.columns.target === undefined) {
      const goal = t.unrecognised.find(
        (u) =>
          TARGET_WORD.test(header(u.col)) &&
          !mapsHeader(mapping, t.sheet, u.header) &&
          cellsOf(u.col).filter((c) => typeof c === 'number').length * 2 > rows.length,
      );
      if (goal) {
        const h = header(goal.col);
        problems.push({
          sentence: `there is no target column, and column ${columnLetters(goal.col)}, "${h}", which was not understood, holds figures`,
          fix: `"${h}" to target`,
          columns: { [view.text(t.headerRow, goal.col)]: 'target' },
        });
      }
    }
    const why = problems.map((p) => p.sentence).join('; and ');
    const named = problems.some((p) => p.columns[view.text(t.headerRow, nameCol ?? -1)] === 'ref');
    const polarityToo = problems.some((p) => Object.values(p.columns).includes('polarity'));
    // (An arrows column's sentence asks the question; the mapping suggested reads it as the polarity.)
    const rather = [
      named ? 'name each indicator by its code' : '',
      polarityToo ? 'take higher as better for every indicator' : '',
    ]
      .filter((x) => x !== '')
      .join(' and ');
    const fixes = problems.map((p) => p.fix);
    return new InputError(
      `'${t.sheet}' row ${t.headerRow + 1}: ${why}, so nothing was scored rather than ${rather}; map ${fixes.join(', and ')}.`,
      suggest(Object.assign({}, ...problems.map((p) => p.columns)) as Record<string, string>),
    );
  }
  return null;
}

/**
 * A header whose indicator-name column holds numbers on the rows under it (NI numbers 155, 157 under
 * "Indicator"; 1, 2, 3 under "KPI"): no row is read as an indicator, and the refusal said to add a row
 * for each indicator, though the rows are there (helper hunt3). The sentence and the mapping that reads
 * them — the numbers as the ref and a column of names beside them as the name — or null when the name
 * column holds no numbers. `byHand` when there is no column of names to suggest.
 */
export function numbersAsNames(
  view: GridView,
  row: number,
  reader: HeaderReader,
  mapping: ColumnMapping | null,
): { message: string; mapping: ColumnMapping | null; byHand?: { mapByHand: true } } | null {
  const cols = view.filledColumns(row);
  const nameCol = cols.find((c) => {
    const role = reader.roleOf(view.raw(row, c));
    return role?.kind === 'field' && role.field === 'name';
  });
  if (nameCol === undefined) return null;
  const rows: number[] = [];
  for (let r = row + 1; r < view.rowCount && rows.length < 20; r++) {
    if (view.isBlankRow(r)) break;
    rows.push(r);
  }
  const cells = filledCells((r) => view.raw(r, nameCol), rows);
  if (cells.length === 0 || !cells.every((v) => typeof v === 'number')) return null;
  const header = view.text(row, nameCol).replace(/\s+/g, ' ');
  const names = cols.find(
    (c) =>
      c !== nameCol &&
      reader.roleOf(view.raw(row, c)) === null &&
      !notANameHeader(view.text(row, c)) &&
      mostlyNames(filledCells((r) => view.raw(r, c), rows)),
  );
  const shown = quoted(cells.map((v) => String(v)));
  const base = `'${view.name}' row ${row + 1}: column ${columnLetters(nameCol)}, "${header}", holds numbers (${shown}) on the rows under it, not indicator names, so no row was read as an indicator and nothing was scored`;
  if (names === undefined)
    return {
      message: `${base}; type each indicator's name in it, or map the column that holds the names to name and "${header}" to ref.`,
      mapping: null,
      byHand: { mapByHand: true },
    };
  const name = view.text(row, names).replace(/\s+/g, ' ');
  return {
    message: `${base}; map "${header}" to ref and "${name}" to name.`,
    mapping: {
      ...(mapping ?? {}),
      sheets: {
        ...(mapping?.sheets ?? {}),
        [view.name]: {
          headerRow: row + 1,
          columns: {
            ...(mapping?.sheets?.[view.name]?.columns ?? {}),
            [view.text(row, nameCol)]: 'ref',
            [view.text(row, names)]: 'name',
          },
        },
      },
    },
  };
}
