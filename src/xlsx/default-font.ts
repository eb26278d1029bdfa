/**
 * The workbook's default font (its "Normal" style: Calibri 11, Arial 10 …). ExcelJS reads cells in
 * that font as having no font, and writes every workbook with Calibri 11 as the default — so an
 * Arial-10 workbook's plain cells would come out in Calibri. The adapter reads the default font from
 * the file, gives it to every cell that has none before writing, and builds new fonts on it.
 */
import type ExcelJS from 'exceljs';
import { readZipEntry } from './package/zip';

type Font = Partial<ExcelJS.Font>;

/** What ExcelJS writes as the default font of every workbook. */
export const EXCELJS_DEFAULT_FONT: Font = {
  name: 'Calibri',
  size: 11,
  family: 2,
  scheme: 'minor',
  color: { theme: 1 },
};

const known = new WeakMap<ExcelJS.Workbook, Font>();

/** The first font of a styles part (the Normal style's), or null when it cannot be read. */
export function parseDefaultFont(stylesXml: string): Font | null {
  const font = /<fonts\b[^>]*>\s*<font>([\s\S]*?)<\/font>/.exec(stylesXml)?.[1];
  if (!font) return null;
  const attr = (tag: string, name = 'val') => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(font)?.[1];
  const out: Font = {};
  const name = attr('name');
  const size = attr('sz');
  if (name) out.name = name;
  if (size && Number.isFinite(Number(size))) out.size = Number(size);
  const family = attr('family');
  if (family) out.family = Number(family);
  const scheme = attr('scheme');
  if (scheme === 'minor' || scheme === 'major' || scheme === 'none') out.scheme = scheme;
  const theme = attr('color', 'theme');
  const rgb = attr('color', 'rgb');
  if (rgb) out.color = { argb: rgb };
  else if (theme !== undefined) out.color = { theme: Number(theme) };
  if (/<b\s*\/>|<b val="(1|true)"/.test(font)) out.bold = true;
  if (/<i\s*\/>|<i val="(1|true)"/.test(font)) out.italic = true;
  return out.name && out.size ? out : null;
}

/** Remembers the default font of a workbook read from these bytes. */
export function rememberDefaultFont(workbook: ExcelJS.Workbook, bytes: Buffer): void {
  const styles = readZipEntry(bytes, 'xl/styles.xml');
  const font = styles ? parseDefaultFont(styles.toString('utf8')) : null;
  if (font) known.set(workbook, font);
}

export function defaultFont(workbook: ExcelJS.Workbook): Font {
  return known.get(workbook) ?? EXCELJS_DEFAULT_FONT;
}

/**
 * Before writing: every cell without a font of its own gets the workbook's default font, so it looks
 * the same in the written file (whose default font ExcelJS makes Calibri 11). Nothing to do when the
 * default font is Calibri 11 already.
 */
export function keepDefaultFont(workbook: ExcelJS.Workbook): void {
  const font = defaultFont(workbook);
  if (font.name === EXCELJS_DEFAULT_FONT.name && font.size === EXCELJS_DEFAULT_FONT.size && !font.bold && !font.italic)
    return;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const styled = cell.style && Object.keys(cell.style).length > 0;
        if (!styled && (cell.value === null || cell.value === undefined)) return;
        if (!cell.style?.font) cell.style = { ...(cell.style ?? {}), font } as ExcelJS.Style;
      });
    });
  }
}
