/**
 * A damaged package is refused, not half-read (issue 8): every sheet the workbook lists
 * (`xl/workbook.xml` `<sheet r:id>` → `xl/_rels/workbook.xml.rels` target) must have its part in the
 * zip, and that part must decompress. ExcelJS silently drops a sheet whose part is missing, so a
 * workbook lacking one sheet would otherwise be scored without it (47 indicators instead of 60).
 */
import * as path from 'path';
import { InputError } from '../core';
import { readZipEntry } from './package/zip';

interface ListedSheet {
  name: string;
  /** The part's name in the zip ("xl/worksheets/sheet3.xml"), or null when the relationship is missing. */
  part: string | null;
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlUnescape(m[1] ?? m[2]) : null;
}

/** The sheets the workbook part lists, with the zip part each points at. */
export function listedSheets(workbookXml: string, relsXml: string): ListedSheet[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    const mode = attribute(m[0], 'TargetMode');
    if (id && target && mode !== 'External') targets.set(id, target);
  }
  const out: ListedSheet[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], 'name') ?? '';
    const id = attribute(m[0], '(?:\\w+:)?id');
    const target = id ? targets.get(id) : undefined;
    out.push({ name, part: target === undefined ? null : partName(target) });
  }
  return out;
}

/** A relationship target of the workbook part as a zip part name: relative to xl/, or absolute from the root. */
function partName(target: string): string {
  const t = target.replace(/\\/g, '/');
  return t.startsWith('/') ? t.slice(1) : path.posix.normalize(`xl/${t}`);
}

/**
 * Throws an InputError naming the first sheet the workbook lists whose part is missing or cannot be
 * read. `parts` are the zip's part names (from its central directory).
 */
export function checkSheetParts(bytes: Buffer, parts: string[], shownPath: string): void {
  const workbookXml = readZipEntry(bytes, 'xl/workbook.xml');
  const relsXml = readZipEntry(bytes, 'xl/_rels/workbook.xml.rels');
  const damaged = (why: string) =>
    new InputError(
      `'${shownPath}' is damaged: ${why}. Open it in Excel, let it repair the file, save it and try again.`,
    );
  if (!workbookXml) throw damaged('its list of sheets (xl/workbook.xml) cannot be read');
  if (!relsXml) throw damaged('its table of parts (xl/_rels/workbook.xml.rels) is missing or cannot be read');
  const present = new Set(parts.map((p) => p.toLowerCase()));
  for (const sheet of listedSheets(workbookXml.toString('utf8'), relsXml.toString('utf8'))) {
    if (sheet.part === null)
      throw damaged(`the sheet '${sheet.name}' is listed but the workbook does not say where it is kept`);
    if (!present.has(sheet.part.toLowerCase()))
      throw damaged(`the sheet '${sheet.name}' is listed but its part (${sheet.part}) is missing`);
    const actual = parts.find((p) => p.toLowerCase() === sheet.part!.toLowerCase())!;
    if (readZipEntry(bytes, actual) === null)
      throw damaged(`the sheet '${sheet.name}' is listed but its part (${actual}) cannot be read`);
  }
}
