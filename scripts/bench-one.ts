/**
 * One measurement of `npm run bench`'s writers table, in a process of its own so its peak memory
 * (maxRSS) is its own: `tsx scripts/bench-one.ts <mode> <input.xlsx> <output.xlsx>`, mode one of
 * exceljs-cli, package-cli, package-rescore, exceljs-load-save, zip-floor. Prints "ms maxRssMB".
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { scoreFile } from '../src/cli/score-file';
import { readZip, entryBytes, newEntry, writeZip } from '../src/xlsx/package/zip';

const [mode, input, output] = process.argv.slice(2);
const AT = new Date('2026-11-26T09:00:00Z');

async function run(): Promise<void> {
  switch (mode) {
    case 'exceljs-cli':
      await scoreFile({ input, output, outputNamed: true, overrides: {}, at: AT, writer: 'exceljs' });
      return;
    case 'package-cli':
    case 'package-rescore':
      await scoreFile({ input, output, outputNamed: true, overrides: {}, at: AT, writer: 'package' });
      return;
    case 'exceljs-load-save': {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(input) as unknown as ExcelJS.Buffer);
      fs.writeFileSync(output, Buffer.from(await wb.xlsx.writeBuffer()));
      return;
    }
    case 'zip-floor': {
      // Unpack every part, scan it (count '<'), pack it again: the least any rewrite can cost.
      const entries = readZip(fs.readFileSync(input)).map((e) => {
        const data = entryBytes(e);
        let n = 0;
        for (let i = 0; i < data.length; i++) if (data[i] === 60) n++;
        void n;
        return newEntry(e.name, data, AT);
      });
      fs.writeFileSync(output, writeZip(entries));
      void zlib;
      return;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

const t0 = process.hrtime.bigint();
run()
  .then(() => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`${ms.toFixed(0)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
