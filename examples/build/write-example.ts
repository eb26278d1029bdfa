/**
 * Writes examples/st-helens-2020-21.xlsx: the St Helens Q3 2020/21 indicator tables laid out by
 * layoutReport() and styled like the analyst's own workbook — Arial 10, bold title rows, shaded
 * two-row headers with wrapped text, thin borders round the tables, frozen Ref and name columns,
 * variance in 0.00%, printed landscape on A4 fitted to the page width.
 *
 * Deterministic: the same data gives the same cells, styles and document dates every time
 * (test/xlsx/example-workbook.test.ts checks the committed file against a fresh generation).
 *
 *   npm run example
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fitWrappedRows } from '../../src/xlsx/row-heights';
import { layoutReport, type LayoutSheet, type PeriodTargets, type ReportIndicator } from './report-layout';

export const EXAMPLE_DATA = path.join(__dirname, '..', 'data', 'st-helens-2020-21');
export const EXAMPLE_WORKBOOK = path.join(__dirname, '..', 'st-helens-2020-21.xlsx');

/** The date the analyst last saved the Q3 workbook (fixed, so regenerating changes nothing). */
const SAVED = new Date('2021-01-29T09:30:00Z');

const FONT: Partial<ExcelJS.Font> = { name: 'Arial', size: 10, family: 2 };
const HEADER_FILL: ExcelJS.FillPattern = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Columns read as text on the left; everything else in a table is centred, as the report prints it. */
const LEFT_COLUMNS = new Set(['Tier', 'Ref', 'Performance Indicator']);

function load<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLE_DATA, file), 'utf8')) as T;
}

export function exampleSheets(): LayoutSheet[] {
  return layoutReport(load<ReportIndicator[]>('indicators.json'), load<PeriodTargets>('period-targets.json'));
}

/** The header text above each column of a table (the first header row's, else the second's). */
function headerTexts(layout: LayoutSheet, headerRow: number): string[] {
  const top = layout.values[headerRow] ?? [];
  const sub = layout.values[headerRow + 1] ?? [];
  return top.map((v, c) => String(v ?? sub[c] ?? ''));
}

function styleTable(
  sheet: ExcelJS.Worksheet,
  layout: LayoutSheet,
  area: { top: number; left: number; bottom: number; right: number },
): void {
  const headerRows = layout.hints.headerRows.filter((r) => r >= area.top && r <= area.bottom);
  const headers = headerTexts(layout, area.top);
  const percent = new Set(layout.hints.percentCells.map((p) => `${p.row},${p.col}`));
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      const isHeader = headerRows.includes(r);
      const left = LEFT_COLUMNS.has(headers[c]) && !isHeader;
      const text = typeof layout.values[r]?.[c] === 'string';
      cell.style = {
        font: { ...FONT, bold: isHeader },
        border: BOX,
        alignment: {
          horizontal: left ? 'left' : 'center',
          vertical: 'middle',
          wrapText: isHeader || headers[c] === 'Performance Indicator' || (text && !left),
        },
        ...(isHeader ? { fill: HEADER_FILL } : {}),
        ...(percent.has(`${r},${c}`) ? { numFmt: '0.00%' } : {}),
      };
    }
  }
}

function writeSheet(workbook: ExcelJS.Workbook, layout: LayoutSheet): void {
  const { hints } = layout;
  const freeze = hints.freeze;
  const sheet = workbook.addWorksheet(layout.name, {
    views: [
      freeze
        ? { state: 'frozen', xSplit: freeze.cols, ySplit: freeze.rows, activeCell: 'A1' }
        : { state: 'normal', activeCell: 'A1' },
    ],
  });
  hints.columnWidths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  layout.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = v;
      cell.style = { font: FONT };
    }),
  );
  for (const area of hints.tables) styleTable(sheet, layout, area);
  for (const r of hints.titleRows) {
    const cell = sheet.getCell(r + 1, 1);
    cell.style = { font: { ...FONT, size: 12, bold: true }, alignment: { vertical: 'middle' } };
    sheet.getRow(r + 1).height = 18;
  }
  fitWrappedRows(sheet, layout.merges);
  for (const r of hints.noteRows) sheet.getCell(r + 1, 1).style = { font: { ...FONT, size: 9, italic: true } };
  for (const m of layout.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const headerRows = hints.headerRows.map((r) => r + 1);
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(headerRows.length ? { printTitlesRow: `${Math.min(...headerRows)}:${Math.max(...headerRows)}` } : {}),
  };
  sheet.headerFooter = { oddFooter: '&L&8&A&R&8Page &P of &N' };
}

/** The example workbook, in memory. */
export function buildExampleWorkbook(sheets: LayoutSheet[] = exampleSheets()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Performance and Intelligence Team';
  workbook.lastModifiedBy = 'Performance and Intelligence Team';
  workbook.created = SAVED;
  workbook.modified = SAVED;
  workbook.title = 'Performance indicators 2020/21 – Quarter 3';
  workbook.company = 'St Helens Borough Council (example built from the published Q3 2020/21 report)';
  for (const layout of sheets) writeSheet(workbook, layout);
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return workbook;
}

/**
 * The zip's own timestamps (each part's "last modified", which ExcelJS sets to now) set to SAVED, so
 * regenerating the workbook gives the same bytes and git sees no change.
 */
export function fixZipTimes(bytes: Buffer, when = SAVED): Buffer {
  const out = Buffer.from(bytes);
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2);
  const date = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return out;
  let at = out.readUInt32LE(end + 16);
  for (let n = out.readUInt16LE(end + 10); n > 0 && out.readUInt32LE(at) === 0x02014b50; n--) {
    const local = out.readUInt32LE(at + 42);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(time, local + 10);
      out.writeUInt16LE(date, local + 12);
    }
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

export async function writeExample(file = EXAMPLE_WORKBOOK): Promise<void> {
  const bytes = Buffer.from(await buildExampleWorkbook().xlsx.writeBuffer());
  fs.writeFileSync(file, fixZipTimes(bytes));
}

if (require.main === module) {
  writeExample().then(
    () => console.log(`Wrote ${path.relative(process.cwd(), EXAMPLE_WORKBOOK)}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
