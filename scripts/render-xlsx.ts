/**
 * Renders an .xlsx workbook to PNG pictures, to look at what the scorer wrote as a reader would see
 * it printed: LibreOffice converts it to PDF (each sheet's print setup applies), poppler's pdftoppm
 * turns the pages into PNGs. A manual step, not part of `npm test` (CI has no LibreOffice).
 *
 *   apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils
 *   npm run render -- out/st-helens-2020-21-scored.xlsx [--sheet "Q3 Summary"] [--out out/render] [--dpi 80] [--trim]
 *
 * With --sheet, only that sheet is rendered (the others are hidden in a temporary copy); with --trim,
 * each picture is cut down to the first block of content on the page (no margins, no page footer),
 * as the pictures in docs/images are.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';

function run(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(
        `${command} is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils`,
      );
    throw e;
  }
}

/** A copy of the workbook in which only the named sheet is visible. */
async function onlySheet(file: string, sheet: string, dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const target = wb.worksheets.find((s) => s.name === sheet);
  if (!target)
    throw new Error(`'${file}' has no sheet '${sheet}' (it has ${wb.worksheets.map((s) => `'${s.name}'`).join(', ')})`);
  for (const s of wb.worksheets) if (s !== target && s.state === 'visible') s.state = 'hidden';
  target.state = 'visible';
  const index = wb.worksheets.indexOf(target);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 15000, firstSheet: index, activeTab: index, visibility: 'visible' }];
  const copy = path.join(dir, `${path.basename(file, '.xlsx')}-${sheet.replace(/[^A-Za-z0-9]+/g, '-')}.xlsx`);
  await wb.xlsx.writeFile(copy);
  return copy;
}

/**
 * Cuts a page picture down to its first block of content: from the first non-white row to the first
 * gap of `gap` blank rows after it, and the columns that block uses, plus a small margin. Returns
 * false, leaving the file as it was, when the page has no content at all (LibreOffice prints a blank
 * last page when a sheet's columns split across pages).
 */
export function trimPng(file: string, gap = 60, margin = 8): boolean {
  const png = PNG.sync.read(fs.readFileSync(file));
  const { width, height, data } = png;
  const ink = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235;
  };
  const rowHasInk = (y: number) => {
    for (let x = 0; x < width; x++) if (ink(x, y)) return true;
    return false;
  };
  let top = 0;
  while (top < height && !rowHasInk(top)) top++;
  if (top === height) return false;
  let bottom = top;
  for (let y = top, blank = 0; y < height && blank < gap; y++) {
    if (rowHasInk(y)) {
      bottom = y;
      blank = 0;
    } else blank++;
  }
  let left = width;
  let right = 0;
  for (let y = top; y <= bottom; y++) {
    for (let x = 0; x < width; x++) {
      if (!ink(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  const x0 = Math.max(0, left - margin);
  const y0 = Math.max(0, top - margin);
  const out = new PNG({
    width: Math.min(width, right + margin + 1) - x0,
    height: Math.min(height, bottom + margin + 1) - y0,
  });
  PNG.bitblt(png, out, x0, y0, out.width, out.height, 0, 0);
  fs.writeFileSync(file, PNG.sync.write(out, { colorType: 2 }));
  return true;
}

export async function renderXlsx(
  file: string,
  options: { sheet?: string; out: string; dpi: number; trim?: boolean },
): Promise<string[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'render-xlsx-'));
  try {
    const source = options.sheet ? await onlySheet(file, options.sheet, work) : file;
    run('soffice', [
      `-env:UserInstallation=file://${path.join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      source,
    ]);
    const pdf = path.join(work, `${path.basename(source, path.extname(source))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert '${source}' to PDF`);
    fs.mkdirSync(options.out, { recursive: true });
    const prefix = path.join(options.out, path.basename(pdf, '.pdf'));
    const base = path.basename(prefix);
    const pages = () =>
      fs
        .readdirSync(options.out)
        .filter((f) => /^-\d+\.png$/.test(f.slice(base.length)) && f.startsWith(base))
        .sort()
        .map((f) => path.join(options.out, f));
    // A page left by an earlier render of a longer version of the same sheet would be listed as this one's.
    pages().forEach((p) => fs.rmSync(p));
    run('pdftoppm', ['-png', '-r', String(options.dpi), pdf, prefix]);
    const pngs = pages();
    if (!options.trim) return pngs;
    const kept: string[] = [];
    for (const p of pngs) {
      if (trimPng(p)) kept.push(p);
      else fs.rmSync(p);
    }
    return kept;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const usage = 'Usage: npm run render -- <workbook.xlsx> [--sheet <name>] [--out <folder>] [--dpi 80] [--trim]';
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        sheet: { type: 'string', short: 's' },
        out: { type: 'string', short: 'o' },
        dpi: { type: 'string' },
        trim: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`render-xlsx: ${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 1) {
    console.error(usage);
    process.exit(2);
  }
  renderXlsx(positionals[0], {
    sheet: values.sheet,
    out: values.out ?? path.join('out', 'render'),
    dpi: Number(values.dpi ?? 80),
    trim: values.trim,
  }).then(
    (pngs) => pngs.forEach((p) => console.log(p)),
    (e: unknown) => {
      console.error(`render-xlsx: ${(e as Error).message}`);
      process.exitCode = 1;
    },
  );
}
