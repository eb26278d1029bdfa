/** Small workbooks and folders for the command line's and the adapter's tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Area, CellValue } from '../../src/core/model';
import { writeExample, EXAMPLE_WORKBOOK } from '../../examples/build/write-example';
import { readZipEntry, zipEntryNames } from '../../src/xlsx/package/zip';

export { EXAMPLE_WORKBOOK, writeExample };

export interface FixtureSheet {
  name: string;
  values: CellValue[][];
  merges?: Area[];
  state?: ExcelJS.WorksheetState;
}

/** A workbook holding the given values (and merged areas) as an .xlsx file's bytes. */
export async function xlsxFromGrids(sheets: FixtureSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date('2021-01-29T09:30:00Z');
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A fresh temporary folder, removed by the returned function. */
export function tempFolder(prefix = 'scorecard-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The example workbook copied into a folder (so a test never writes beside the committed one). */
export function copyExample(dir: string, name = 'st-helens-2020-21.xlsx'): string {
  const file = path.join(dir, name);
  fs.copyFileSync(EXAMPLE_WORKBOOK, file);
  return file;
}

/** A test's own temporary folder (folderForEachTest). */
export interface TestFolder {
  /** The folder of the test running now. */
  readonly dir: string;
  /** The example workbook as copied into the folder before the test (`{ example: true }` only). */
  readonly example: string;
  /** A file in the folder: `at('scored.xlsx')`. */
  at(name: string): string;
}

/** A temporary folder made and removed by the given pair of mocha hooks. */
function hookedFolder(
  make: (fn: () => void) => void,
  remove: (fn: () => void) => void,
  options: { example?: boolean; prefix?: string },
): TestFolder {
  let current: { dir: string; remove(): void; example: string | null } | null = null;
  make(() => {
    const folder = tempFolder(options.prefix);
    current = { ...folder, example: options.example ? copyExample(folder.dir) : null };
  });
  remove(() => {
    current?.remove();
    current = null;
  });
  const now = () => {
    if (!current) throw new Error('the test folder exists only while its tests run');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get example() {
      const { example } = now();
      if (example === null) throw new Error('no example was asked for: give { example: true }');
      return example;
    },
    at: (name) => path.join(now().dir, name),
  };
}

/**
 * A fresh temporary folder for each test of the `describe` that calls this (mocha `beforeEach`), removed
 * after the test (`afterEach`); with `example: true` the example workbook is copied into it first (so a
 * test never writes beside the committed one). Read `dir`, `example` and `at` inside a test or hook only.
 */
export function folderForEachTest(options: { example?: boolean; prefix?: string } = {}): TestFolder {
  return hookedFolder(beforeEach, afterEach, options);
}

/**
 * One temporary folder for all the tests of the `describe` that calls this, made before them (mocha
 * `before`, so call it before the describe's own `before` hooks that use it) and removed after them
 * (`after`); nothing is made when the describe's tests are all left out (`--grep`).
 */
export function folderForTheseTests(options: { example?: boolean; prefix?: string } = {}): TestFolder {
  return hookedFolder(before, after, options);
}

/** Files in a folder, sorted: to show that nothing was left behind. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip file holding the given parts, uncompressed (a Word document's parts, say). */
export function zipOf(parts: Record<string, string | Buffer>, saidDeflated: string[] = []): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = typeof text === 'string' ? Buffer.from(text) : text;
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    if (saidDeflated.includes(name)) local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    if (saidDeflated.includes(name)) central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The start of a Compound File (OLE2) holding the named streams: an old .xls, or an encrypted .xlsx. */
export function compoundFileWith(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.concat(
    streams.map((s) => {
      const entry = Buffer.alloc(128);
      Buffer.from(s, 'utf16le').copy(entry);
      return entry;
    }),
  );
  return Buffer.concat([header, Buffer.alloc(512), directory]);
}

/**
 * An .xlsx file's parts changed: `edit` gets every part (as bytes) and returns the parts to write
 * (delete one to make a package with a part missing, replace one to make bad XML).
 */
export function rezip(bytes: Buffer, edit: (parts: Map<string, Buffer>) => void, saidDeflated: string[] = []): Buffer {
  const parts = new Map<string, Buffer>();
  for (const name of zipEntryNames(bytes)!) parts.set(name, readZipEntry(bytes, name)!);
  edit(parts);
  return zipOf(Object.fromEntries(parts), saidDeflated);
}
