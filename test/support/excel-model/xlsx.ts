/**
 * .xlsx ↔ the in-memory Excel model, through ExcelJS: load a workbook file into the model (values,
 * formulas, number formats, fills, font colours, bold, merges, visibility, widths, frozen panes, tab
 * colour, hyperlinks, fill patterns, rich text), and write the model back, so a workbook can go add-in → file → command line and
 * back.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/model';
import { areaAddress, cellAddress, parseAreaAddress } from '../../../src/core/a1';
import { ModelDocument, type ModelCell, type ModelColourRef, type ModelTextRun, type Visibility } from './document';
import { colourHex, themeColours } from '../../../src/xlsx/colours';
import type { OfficeTextRun } from '../../../src/core';
import { OFFICE_PATTERN, patternFillOf, richTextOf } from '../../../src/xlsx/office-natives';
import { ExcelModel } from './index';
import type { ModelOptions } from './context';

const VIS: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
const VIS_BACK: Record<Visibility, 'visible' | 'hidden' | 'veryHidden'> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function rgb(argb: string | undefined): string | null {
  if (!argb) return null;
  return argb.length === 8 ? argb.slice(2).toUpperCase() : argb.toUpperCase();
}

/** ExcelJS's cell value as the model (and Excel) holds it. */
function valueOf(
  v: ExcelJS.CellValue,
  date1904 = false,
): { value: CellValue; formula?: string; hyperlink?: string; runs?: { text: string; font?: Partial<ExcelJS.Font> }[] } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  // Excel keeps a date as its serial in the workbook's own date system (1904: 1,462 days fewer), and a
  // time as the fraction of a day after it: Range.values gives 0.00556 for 0:08:00 formatted "mm:ss"
  // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values: dates and
  // times are numbers, their number format says how they show). ExcelJS hands a date- or time-formatted
  // cell over as a Date to the millisecond: the serial is its milliseconds from 30 Dec 1899 over a day's,
  // exactly (a whole day an integer, as before; 8 minutes 480,000 / 86,400,000, the double 8 / 1440 is).
  if (v instanceof Date) return { value: (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000 - (date1904 ? 1462 : 0) };
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const result = o.result as unknown;
    const value =
      typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' ? result : null;
    return { value, formula: `=${String(o.formula ?? o.sharedFormula)}` };
  }
  if ('richText' in o) {
    const runs = o.richText as { text: string; font?: Partial<ExcelJS.Font> }[];
    return { value: runs.map((t) => t.text).join(''), runs };
  }
  if ('hyperlink' in o) return { value: String(o.text ?? ''), hyperlink: String(o.hyperlink) };
  if ('error' in o) return { value: String(o.error) };
  return { value: String(v) };
}

/** An ExcelJS rich-text run as the model keeps it (Excel.RangeTextRun's font: bold, italic, colour, size, underline). */
function runOf(r: { text: string; font?: Partial<ExcelJS.Font> }): ModelTextRun {
  const f = r.font ?? {};
  const font: NonNullable<ModelTextRun['font']> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.size !== undefined) font.size = f.size;
  if (f.color?.argb) font.color = `#${rgb(f.color.argb)}`;
  if (f.underline !== undefined) font.underline = f.underline && f.underline !== 'none' ? 'Single' : 'None';
  return Object.keys(font).length ? { text: r.text, font } : { text: r.text };
}

/** A colour given by theme (with its tint) or palette index, else undefined (RGB or automatic). */
function refOf(c: Partial<ExcelJS.Color> | undefined): ModelColourRef | undefined {
  const x = c as { theme?: number; tint?: number; indexed?: number } | undefined;
  if (typeof x?.theme === 'number') return x.tint ? { theme: x.theme, tint: x.tint } : { theme: x.theme };
  if (typeof x?.indexed === 'number' && x.indexed !== 64) return { indexed: x.indexed };
  return undefined;
}

export function documentFromExcelJs(book: ExcelJS.Workbook): ModelDocument {
  const doc = new ModelDocument();
  const theme = themeColours(book);
  doc.date1904 = Boolean(book.properties?.date1904);
  book.eachSheet((ws) => {
    const sheet = doc.add(ws.name);
    sheet.visibility = VIS[ws.state] ?? 'Visible';
    sheet.tabColor = rgb((ws.properties.tabColor as { argb?: string } | undefined)?.argb) ?? '';
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') sheet.freeze = { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 };
    sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet.columnWidths.set(i, Math.round((col.width * 7 + 5) * 0.75 * 100) / 100);
      // A hidden column (`<col hidden="1">`), which Range.columnHidden reads (ExcelApi 1.2).
      if (col.hidden) sheet.hiddenColumns.add(i);
    });
    // The analyst's conditional formats (`<conditionalFormatting sqref="…">`): each rule's ranges, with
    // the fill its style draws where ExcelJS gives one (the model applies a rule to all its cells).
    for (const cf of (ws as unknown as { conditionalFormattings?: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings ?? []) {
      const style = (cf.rules[0] as { style?: { fill?: { bgColor?: { argb?: string } } } } | undefined)?.style;
      const fill = rgb(style?.fill?.bgColor?.argb) ?? undefined;
      for (const ref of cf.ref.split(/\s+/).filter(Boolean)) {
        const area = parseAreaAddress(ref);
        if (area) sheet.conditionalFormats.push(fill ? { area, fill } : { area });
      }
    }
    sheet.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? [])
      .map((m) => parseAreaAddress(m)!)
      .filter(Boolean);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const cell = sheet.edit(r - 1, col - 1);
        // ExcelJS answers a merged area's other cells with the top-left's value; Excel holds nothing there.
        const v = c.isMerged && c.master !== c ? { value: null } : valueOf(c.value, doc.date1904);
        cell.value = v.value;
        if (v.formula) cell.formula = v.formula;
        if (v.hyperlink)
          cell.hyperlink = v.hyperlink.startsWith('#')
            ? { documentReference: v.hyperlink.slice(1) }
            : { address: v.hyperlink };
        if (c.numFmt) cell.numberFormat = c.numFmt;
        const fill = c.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') {
          const ref = refOf(fill.fgColor);
          // Excel shows (and Office.js reports) a theme or palette colour as the RGB it resolves to.
          cell.fill = ref ? colourHex(fill.fgColor, theme) : rgb(fill.fgColor?.argb);
          if (ref) cell.fillBy = ref;
        } else if (fill?.type === 'pattern' && OFFICE_PATTERN[fill.pattern]) {
          // A pattern in its colour (the file's foreground) over the fill colour (its background).
          cell.fill = rgb(fill.bgColor?.argb) ?? 'FFFFFF';
          cell.fillPattern = OFFICE_PATTERN[fill.pattern];
          const colour = rgb(fill.fgColor?.argb);
          if (colour) cell.patternColor = colour;
        }
        if (v.runs && v.runs.some((r) => r.font)) cell.textRuns = v.runs.map(runOf);
        const font = c.font;
        if (font?.color?.argb) cell.fontColor = rgb(font.color.argb) === '000000' ? null : rgb(font.color.argb);
        else if (refOf(font?.color) && colourHex(font!.color, theme)) {
          const shown = colourHex(font!.color, theme);
          cell.fontColor = shown === '000000' ? null : shown;
          cell.fontBy = refOf(font!.color);
        }
        if (font?.bold) cell.bold = true;
        if (font?.italic) cell.italic = true;
        if (font?.underline && font.underline !== 'none') cell.underline = true;
        if (font?.size) cell.fontSize = font.size;
        if (c.alignment?.wrapText) cell.wrap = true;
        if (c.alignment?.shrinkToFit) cell.shrinkToFit = true;
      });
    });
  });
  return doc;
}

export async function modelFromXlsx(file: string | Buffer, options: ModelOptions = {}): Promise<ExcelModel> {
  const book = new ExcelJS.Workbook();
  if (typeof file === 'string') await book.xlsx.readFile(file);
  else await book.xlsx.load(file as unknown as ArrayBuffer);
  return new ExcelModel(documentFromExcelJs(book), options);
}

function cellValueBack(c: ModelCell): ExcelJS.CellValue {
  if (c.formula) return { formula: c.formula.slice(1), result: c.value ?? undefined } as ExcelJS.CellFormulaValue;
  if (c.textRuns) return richTextOf(c.textRuns as OfficeTextRun[], fontOf(c));
  if (c.hyperlink && typeof c.value === 'string') {
    const target = c.hyperlink.documentReference ? `#${c.hyperlink.documentReference}` : (c.hyperlink.address ?? '');
    const tip = c.hyperlink.screenTip ? { tooltip: c.hyperlink.screenTip } : {};
    return { text: c.value, hyperlink: target, ...tip } as ExcelJS.CellHyperlinkValue;
  }
  return c.value;
}

/** The cell's own font as ExcelJS keeps it (only what is not the default). */
function fontOf(c: ModelCell): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (c.fontBy) font.color = c.fontBy as Partial<ExcelJS.Color>;
  else if (c.fontColor) font.color = { argb: `FF${c.fontColor}` };
  if (c.bold) font.bold = true;
  if (c.italic) font.italic = true;
  if (c.underline) font.underline = 'single';
  if (c.fontSize !== 11) font.size = c.fontSize;
  return font;
}

export function excelJsFromDocument(doc: ModelDocument): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  if (doc.date1904) book.properties.date1904 = true;
  for (const s of doc.sheets) {
    const ws = book.addWorksheet(s.name, { state: VIS_BACK[s.visibility] });
    if (s.tabColor) ws.properties.tabColor = { argb: `FF${s.tabColor}` };
    if (s.freeze) ws.views = [{ state: 'frozen', xSplit: s.freeze.cols, ySplit: s.freeze.rows }];
    for (const [col, points] of s.columnWidths)
      ws.getColumn(col + 1).width = Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
    for (const col of s.hiddenColumns) ws.getColumn(col + 1).hidden = true;
    // Conditional formats back as rules drawing their fill (an always-true expression, as the model
    // applies a rule to every cell of its range).
    for (const cf of s.conditionalFormats)
      ws.addConditionalFormatting({
        ref: areaAddress(cf.area),
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: ['TRUE'],
            style: cf.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${cf.fill}` } } } : {},
          },
        ],
      });
    for (const [key, c] of s.cells) {
      const [r, col] = key.split(',').map(Number);
      const cell = ws.getCell(cellAddress(r, col));
      cell.value = cellValueBack(c);
      if (c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
      if (c.fill && c.fillPattern)
        cell.fill = patternFillOf({ pattern: c.fillPattern, patternColor: c.patternColor }, c.fill)!;
      else if (c.fill)
        cell.fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: (c.fillBy ?? { argb: `FF${c.fill}` }) as Partial<ExcelJS.Color>,
        };
      const font = fontOf(c);
      if (Object.keys(font).length) cell.font = font;
      if (c.wrap || c.shrinkToFit || c.hAlign !== 'General' || c.vAlign !== 'Bottom') {
        cell.alignment = {
          wrapText: c.wrap || undefined,
          shrinkToFit: c.shrinkToFit || undefined,
          horizontal: c.hAlign === 'General' ? undefined : (c.hAlign.toLowerCase() as ExcelJS.Alignment['horizontal']),
          vertical:
            c.vAlign === 'Bottom'
              ? undefined
              : ((c.vAlign.toLowerCase() === 'center'
                  ? 'middle'
                  : c.vAlign.toLowerCase()) as ExcelJS.Alignment['vertical']),
        };
      }
      const side = (b?: { style: string }) => (b ? { style: 'thin' as const } : undefined);
      if (Object.keys(c.borders).length)
        cell.border = {
          top: side(c.borders.EdgeTop),
          bottom: side(c.borders.EdgeBottom),
          left: side(c.borders.EdgeLeft),
          right: side(c.borders.EdgeRight),
        };
    }
    for (const m of s.merges) ws.mergeCells(areaAddress(m));
  }
  return book;
}

export async function xlsxFromModel(model: ExcelModel): Promise<Buffer> {
  return Buffer.from(await excelJsFromDocument(model.doc).xlsx.writeBuffer());
}
