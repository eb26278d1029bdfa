/**
 * A damaged package is refused, not half-read (issue 8): every sheet the workbook lists
 * (`xl/workbook.xml` `<sheet r:id>` → `xl/_rels/workbook.xml.rels` target) must have its part in the
 * zip, and that part must decompress. ExcelJS silently drops a sheet whose part is missing, so a
 * workbook lacking one sheet would otherwise be scored without it (47 indicators instead of 60).
 */
import { InputError } from '../core';
import { partFor } from './package/read';
import { PACKAGE_REL_NS, REL_NS, STRICT_REL_NS, nsAttribute, parseXml } from './package/xml';
import { readZipEntry } from './package/zip';

interface ListedSheet {
  name: string;
  /** The part's name in the zip ("xl/worksheets/sheet3.xml"), or null when the relationship is missing. */
  part: string | null;
}

/**
 * The sheets the workbook part lists, with the zip part each points at: read with the package path's
 * parser (saxes, namespaces resolved), so a `<x:sheet>` counts and its relationship is its `id` in the
 * relationships namespace whatever the prefix (`r:id`, `ns2:id`), never another namespace's `id`.
 * @throws the parser's error on XML that is not well formed
 */
export function listedSheets(workbookXml: string, relsXml: string): ListedSheet[] {
  const targets = new Map<string, string>();
  parseXml(
    relsXml,
    {
      open(tag) {
        const a = tag.attributes;
        if (tag.name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External')
          targets.set(a.Id, partFor(a.Target));
      },
    },
    [PACKAGE_REL_NS],
  );
  const out: ListedSheet[] = [];
  parseXml(workbookXml, {
    open(tag) {
      if (tag.name !== 'sheet') return;
      const id = nsAttribute(tag, [REL_NS, STRICT_REL_NS], 'id');
      out.push({ name: tag.attributes.name ?? '', part: (id && targets.get(id)) ?? null });
    },
  });
  return out;
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
  let listed: ListedSheet[];
  try {
    listed = listedSheets(workbookXml.toString('utf8'), relsXml.toString('utf8'));
  } catch {
    throw damaged('its list of sheets (xl/workbook.xml) or its table of parts cannot be read as XML');
  }
  const present = new Set(parts.map((p) => p.toLowerCase()));
  for (const sheet of listed) {
    if (sheet.part === null)
      throw damaged(`the sheet '${sheet.name}' is listed but the workbook does not say where it is kept`);
    if (!present.has(sheet.part.toLowerCase()))
      throw damaged(`the sheet '${sheet.name}' is listed but its part (${sheet.part}) is missing`);
    const actual = parts.find((p) => p.toLowerCase() === sheet.part!.toLowerCase())!;
    if (readZipEntry(bytes, actual) === null)
      throw damaged(`the sheet '${sheet.name}' is listed but its part (${actual}) cannot be read`);
  }
}
