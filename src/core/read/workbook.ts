/** Reading a whole workbook: every sheet's indicator tables, the Targets and Last year sheets. */
import type { ColumnMapping, ColumnRole, Finding, SheetGrid, WorkbookModel } from '../model';
import { cellAddress } from '../a1';
import { InputError } from '../errors';
import { GridView } from './grid';
import { describeRole } from './headers';
import { headerReaderFor, isIgnoredSheet } from './mapping';
import { readMonthlySheet, supportSheetKind } from './support-sheets';
import { findTables } from './tables';
import { inDateSystem1900 } from './number-formats';

export interface ReadOptions {
  mapping?: ColumnMapping | null;
  /** Sheets not to read: the product's own (summaries, settings). */
  skipSheets?: string[];
}

export interface NearMiss {
  sheet: string;
  row: number;
  roles: ColumnRole[];
  /** A whole header with no indicator rows under it. */
  noRows?: boolean;
}

export interface ReadResult extends WorkbookModel {
  nearMisses: NearMiss[];
  /** Hidden sheets holding indicator tables, which are not scored: sheet and number of indicators. */
  hiddenTables: { sheet: string; indicators: number }[];
}

export function readWorkbook(grids: SheetGrid[], options: ReadOptions = {}): ReadResult {
  const mapping = options.mapping ?? null;
  const skip = new Set(options.skipSheets ?? []);
  const model: ReadResult = {
    tables: [],
    explicitTargets: new Map(),
    explicitTargetRows: new Map(),
    lastYear: new Map(),
    supportSheets: { targets: null, lastYear: null },
    findings: [],
    nearMisses: [],
    hiddenTables: [],
  };
  for (const grid of grids) {
    if (skip.has(grid.name) || isIgnoredSheet(mapping, grid.name)) continue;
    const view = new GridView(inDateSystem1900(grid));
    const support = supportSheetKind(grid.name);
    if (support) {
      const sheet = readMonthlySheet(view);
      if (sheet && support === 'targets' && model.supportSheets.targets === null) {
        model.supportSheets.targets = grid.name;
        model.explicitTargets = sheet.values;
        model.explicitTargetRows = sheet.rows;
        model.findings.push(...sheet.findings);
        continue;
      }
      if (sheet && support === 'lastYear' && model.supportSheets.lastYear === null) {
        model.supportSheets.lastYear = grid.name;
        model.lastYear = sheet.values;
        model.findings.push(...sheet.findings);
        continue;
      }
    }
    const found = findTables(view, headerReaderFor(mapping, grid.name));
    if (grid.hidden) {
      // A hidden sheet is usually an old copy or working: scoring it would count its indicators twice.
      const indicators = found.tables.reduce((n, t) => n + t.rows.length, 0);
      if (indicators > 0) model.hiddenTables.push({ sheet: grid.name, indicators });
      continue;
    }
    model.tables.push(...found.tables);
    for (const miss of found.nearMisses) model.nearMisses.push({ sheet: grid.name, ...miss });
  }
  model.findings.push(...nearMissFindings(model), ...hiddenSheetFindings(model));
  return model;
}

/** The plain-English reason no table was found, naming the nearest misses. */
export function noTableError(result: ReadResult, sheetCount: number): InputError {
  if (result.hiddenTables.length > 0) {
    const names = result.hiddenTables.map((h) => `'${h.sheet}'`).join(', ');
    return new InputError(`No indicator table found on a visible sheet: ${names} ${result.hiddenTables.length === 1 ? 'is' : 'are'} hidden; unhide ${result.hiddenTables.length === 1 ? 'it' : 'them'} to score ${result.hiddenTables.length === 1 ? 'its' : 'their'} indicators.`);
  }
  const base =
    'No indicator table found: a table needs a header row with an indicator-name column (such as "Performance Indicator") ' +
    'and month, quarter or target columns.';
  if (result.nearMisses.length === 0) {
    return new InputError(`${base} None of the ${sheetCount} sheet${sheetCount === 1 ? '' : 's'} has one; map the columns by hand if the headers use other names.`);
  }
  const empty = result.nearMisses.find((m) => m.noRows);
  if (empty) return new InputError(`${base} ${noRowsSentence(empty)}: add a row for each indicator under it.`);
  const m = result.nearMisses[0];
  const found = m.roles.map(describeRole).join(', ');
  return new InputError(`${base} Nearest: '${m.sheet}' row ${m.row + 1} has ${found}${missingFor(m.roles)}; map the columns by hand.`);
}

function noRowsSentence(m: NearMiss): string {
  return `'${m.sheet}' row ${m.row + 1} is a table header with no indicator rows under it`;
}

function missingFor(roles: ColumnRole[]): string {
  const has = (f: string) => roles.some((r) => r.kind === 'field' && r.field === f);
  const missing: string[] = [];
  if (!has('name')) missing.push('indicator-name column');
  if (!roles.some((r) => r.kind === 'month' || r.kind === 'quarter') && !has('target')) missing.push('month, quarter or target columns');
  return missing.length ? ` but no ${missing.join(' and no ')}` : '';
}

/** Findings about the reading itself: near-miss header rows on sheets that did have no table. */
export function nearMissFindings(result: ReadResult): Finding[] {
  const withTables = new Set(result.tables.map((t) => t.sheet));
  return result.nearMisses
    .filter((m) => !withTables.has(m.sheet))
    .map((m) => ({
      kind: 'partial-table' as const,
      severity: 'warning' as const,
      sheet: m.sheet,
      cell: cellAddress(m.row, 0),
      ref: null,
      message: m.noRows
        ? `${noRowsSentence(m)}, so nothing on that sheet was scored.`
        : `'${m.sheet}' row ${m.row + 1} looks like a table header (${m.roles.map(describeRole).join(', ')})${missingFor(m.roles)}, so it was not scored; map its columns to include it.`,
    }));
}

/** Hidden sheets with indicator tables: not scored, and said so. */
function hiddenSheetFindings(result: ReadResult): Finding[] {
  return result.hiddenTables.map((h) => ({
    kind: 'hidden-sheet' as const,
    severity: 'info' as const,
    sheet: h.sheet,
    cell: 'A1',
    ref: null,
    message: `'${h.sheet}' is hidden, so its ${h.indicators} indicator${h.indicators === 1 ? ' is' : 's are'} not scored or counted; unhide the sheet to include ${h.indicators === 1 ? 'it' : 'them'}.`,
  }));
}
