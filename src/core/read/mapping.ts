/**
 * The analyst's column mapping: header texts → what they mean, overriding recognition.
 * Saved in the workbook by the add-in; given to the command line with --map.
 */
import { namesRank, rankHeaderOf, rankMappedToQuartile, rankOfCells } from './rank-columns';
import { FIELDS, type CellValue, type ColumnMapping, type ColumnRole, type SheetGrid } from '../model';
import { normaliseHeader, parseMappingTarget, recogniseHeader } from './headers';
import { InputError } from '../errors';
import { sameSheetName } from '../a1';

export interface HeaderReader {
  /** What a header cell means, the mapping first, then recognition. */
  roleOf(v: CellValue): ColumnRole | null;
  /** A header row the analyst named (0-based), if any. */
  headerRow: number | null;
  mapped: boolean;
  /** True for a header the mapping says holds the notes (mapping value "notes": read, never scored). */
  notes?(v: CellValue): boolean;
}

/** The mapping value of a notes or comments column: read as a Notes column is, never scored (fresh user 13). */
export const NOTES_MAPPING = 'notes';

/** The headers (normalised) a mapping's columns say hold the notes. */
function notesOf(columns: Record<string, string> | undefined): Set<string> {
  const out = new Set<string>();
  for (const [header, meaning] of Object.entries(columns ?? {}))
    if (String(meaning).trim().toLowerCase() === NOTES_MAPPING) out.add(normaliseHeader(header));
  return out;
}

function compile(columns: Record<string, string> | undefined): Map<string, ColumnRole> {
  const out = new Map<string, ColumnRole>();
  for (const [header, meaning] of Object.entries(columns ?? {})) {
    const role = parseMappingTarget(String(meaning));
    if (role) out.set(normaliseHeader(header), role);
  }
  return out;
}

export function headerReaderFor(mapping: ColumnMapping | null, sheet: string): HeaderReader {
  const global = compile(mapping?.columns);
  const sheetMapping = mapping?.sheets?.[sheet];
  const local = compile(sheetMapping?.columns);
  const notes = new Set([...notesOf(mapping?.columns), ...notesOf(sheetMapping?.columns)]);
  const mapped = global.size > 0 || local.size > 0 || notes.size > 0 || sheetMapping?.headerRow !== undefined;
  // Every row is asked what its cells are when tables are looked for: each text is recognised once
  // (issue 11). Roles are shared, never changed, as the mapping's own always were.
  const known = new Map<CellValue, ColumnRole | null>();
  // Without a mapping, what recognition says (it gives null for a cell whose header text is blank, as
  // below), without normalising each text first to look it up (issue 11).
  const roleOf =
    global.size === 0 && local.size === 0
      ? recogniseHeader
      : (v: CellValue): ColumnRole | null => {
          const h = normaliseHeader(v);
          if (h === '') return null;
          return local.get(h) ?? global.get(h) ?? recogniseHeader(v);
        };
  return {
    roleOf(v) {
      let role = known.get(v);
      if (role === undefined) {
        if (known.size >= 20000) known.clear();
        known.set(v, (role = roleOf(v)));
      }
      return role;
    },
    headerRow: sheetMapping?.headerRow !== undefined ? sheetMapping.headerRow - 1 : null,
    mapped,
    notes: (v) => notes.size > 0 && notes.has(normaliseHeader(v)),
  };
}

/**
 * Whether two column mappings are the same (none and null alike): tables read under one are the tables
 * read under the other, so a read made under one serves for both.
 */
export function sameMapping(a: ColumnMapping | null | undefined, b: ColumnMapping | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function isIgnoredSheet(mapping: ColumnMapping | null, sheet: string): boolean {
  return (mapping?.ignoreSheets ?? []).some((s) => sameSheetName(s.trim(), sheet.trim()));
}

/**
 * Checks a mapping against the workbook: it must be the right shape, name only things the product
 * knows, and name only sheets and header texts the workbook has. Throws an InputError saying what is
 * wrong; `saved` when the mapping is the one kept in the workbook's settings, not one given now.
 */
export function validateMapping(raw: unknown, grids: SheetGrid[], saved = false): ColumnMapping {
  if (!isObject(raw)) {
    throw new InputError('The column mapping must be a JSON object such as {"columns": {"Perf Ind": "name"}}.');
  }
  const mapping = raw as ColumnMapping;
  const problems: string[] = [];
  const checkColumns = (columns: unknown, where: string, sheets: SheetGrid[]) => {
    if (columns === undefined) return;
    if (!isObject(columns)) {
      problems.push(`"columns"${where} must map header texts to meanings`);
      return;
    }
    for (const [header, meaning] of Object.entries(columns)) {
      const isNotes = typeof meaning === 'string' && meaning.trim().toLowerCase() === NOTES_MAPPING;
      if (typeof meaning !== 'string' || (!isNotes && !parseMappingTarget(meaning))) {
        problems.push(
          `"${header}"${where} is mapped to "${String(meaning)}", which is not a column this product knows (use ${FIELDS.join(', ')}, a month such as Dec, a quarter such as Q3 or "Q1 2023/24", a financial year such as 2022/23, actual (the quarter scored), "Last year Q3", notes or ignore)`,
        );
      }
      // A rank mapped to the quartile: read as the quartile it falls in where its header says among how
      // many ("Rank (of 32)"), else refused — a rank is never read as a quartile (rank-columns.ts).
      const role = typeof meaning === 'string' ? parseMappingTarget(meaning) : null;
      const wanted = normaliseHeader(header);
      if (
        role?.kind === 'field' &&
        role.field === 'quartile' &&
        namesRank(header) &&
        rankHeaderOf(header) === null &&
        !sheets.some((g) => ranksAmongInCells(g, wanted))
      )
        problems.push(rankMappedToQuartile(header, where));
      if (!sheets.some((g) => sheetHasText(g, wanted))) {
        problems.push(
          `the mapping names a column "${header}"${where} that ${sheets.length === 1 ? 'the sheet does not have' : 'no sheet has'}`,
        );
      }
    }
  };
  checkColumns(mapping.columns, '', grids);
  const sheets: unknown = mapping.sheets;
  if (sheets !== undefined && !isObject(sheets))
    problems.push('"sheets" must map sheet names to their mappings, such as {"Housing KPIs": {"headerRow": 4}}');
  for (const [sheet, m] of Object.entries(isObject(sheets) ? sheets : {})) {
    if (!isObject(m)) {
      problems.push(
        `the mapping for the sheet "${sheet}" must be an object such as {"headerRow": 4, "columns": {"Col F": "target"}}`,
      );
      continue;
    }
    const grid = grids.find((g) => g.name === sheet);
    if (!grid) {
      problems.push(`the mapping names a sheet "${sheet}" that the workbook does not have`);
      continue;
    }
    const headerRow: unknown = m.headerRow;
    if (headerRow !== undefined && typeof headerRow !== 'number') {
      problems.push(`the header row ${JSON.stringify(headerRow)} given for "${sheet}" must be a row number, such as 4`);
    } else if (
      headerRow !== undefined &&
      (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > grid.values.length)
    ) {
      problems.push(`the header row ${String(headerRow)} given for "${sheet}" is not a row of that sheet`);
    }
    checkColumns(m.columns, ` on "${sheet}"`, [grid]);
  }
  const ignored: unknown = mapping.ignoreSheets;
  if (ignored !== undefined && !(Array.isArray(ignored) && ignored.every((s) => typeof s === 'string'))) {
    problems.push('"ignoreSheets" must be a list of sheet names, such as ["Lookups"]');
  } else {
    for (const sheet of mapping.ignoreSheets ?? []) {
      if (!grids.some((g) => sameSheetName(g.name, sheet))) {
        problems.push(`the mapping ignores a sheet "${sheet}" that the workbook does not have`);
      }
    }
  }
  for (const key of ['breakdownSheets', 'returnSheets'] as const) {
    const list: unknown = mapping[key];
    if (list === undefined) continue;
    if (!(Array.isArray(list) && list.every((s) => typeof s === 'string'))) {
      problems.push(`"${key}" must be a list of sheet names, such as ["North BCU"]`);
      continue;
    }
    for (const sheet of list as string[])
      if (!grids.some((g) => sameSheetName(g.name, sheet)))
        problems.push(`the mapping names a sheet "${sheet}" in "${key}" that the workbook does not have`);
  }
  // The council whose figures are scored on a shared service's sheet (read/council-columns.ts; fresh user 15).
  const figuresOf: unknown = mapping.figuresOf;
  if (figuresOf !== undefined) {
    if (!isObject(figuresOf) || !Object.values(figuresOf).every((v) => typeof v === 'string'))
      problems.push('"figuresOf" must map sheet names to a council\'s name, such as {"Revs & Bens": "Weald Hill"}');
    else
      for (const [sheet, council] of Object.entries(figuresOf as Record<string, string>)) {
        const grid = grids.find((g) => sameSheetName(g.name, sheet));
        if (!grid) problems.push(`the mapping names a sheet "${sheet}" in "figuresOf" that the workbook does not have`);
        else if (!sheetMentions(grid, council))
          problems.push(`the mapping's "figuresOf" names "${council}" for "${sheet}", which that sheet does not name`);
      }
  }
  const both = (mapping.breakdownSheets ?? []).filter((s) =>
    (mapping.returnSheets ?? []).some((r) => typeof r === 'string' && typeof s === 'string' && sameSheetName(r, s)),
  );
  if (Array.isArray(mapping.breakdownSheets) && Array.isArray(mapping.returnSheets) && both.length > 0)
    problems.push(`"${both[0]}" is named both in "breakdownSheets" and in "returnSheets"; keep it in one`);
  if (problems.length > 0) {
    throw new InputError(
      saved
        ? `The column mapping saved in this workbook no longer fits it: ${problems.join('; ')}. Map the columns again.`
        : `The column mapping does not fit this workbook: ${problems.join('; ')}.`,
    );
  }
  return mapping;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** True when the cells under every cell of `wanted` say among how many they rank ("9th of 22"; rank-columns.ts). */
function ranksAmongInCells(grid: SheetGrid, wanted: string): boolean {
  let found = false;
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || normaliseHeader(v) !== wanted) return;
      const cells: CellValue[] = [];
      for (let i = r + 1; i < grid.values.length && i <= r + 300; i++) {
        const line = grid.values[i] ?? [];
        if (line.every((x) => x === null || x === '')) break;
        cells.push(line[c] ?? null);
      }
      found = rankOfCells(cells) !== null;
    }),
  );
  return found;
}

function sheetHasText(grid: SheetGrid, wanted: string): boolean {
  for (const row of grid.values) for (const v of row) if (v !== null && normaliseHeader(v) === wanted) return true;
  return false;
}

/** True when a text cell of the sheet holds `words` (case and spaces aside): a council's name over its columns. */
function sheetMentions(grid: SheetGrid, words: string): boolean {
  const wanted = normaliseHeader(words);
  if (wanted === '') return false;
  for (const row of grid.values)
    for (const v of row) if (typeof v === 'string' && normaliseHeader(v).includes(wanted)) return true;
  return false;
}
