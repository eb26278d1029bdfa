/**
 * The command line reads and writes workbooks without ExcelJS (issue 10): the package path
 * (src/xlsx/package) is its only reader and writer. ExcelJS stays a tool of the tests (building
 * fixtures, reading results, the ExcelJS adapter the cross tests compare with).
 * - Statically: the command bundled from its entry point (esbuild, which tsx already brings) reaches
 *   no module of `exceljs`, nor the ExcelJS adapter's files.
 * - At run time: score, score again, undo and reset-state run in one process that loads no `exceljs` module.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { EXAMPLE_WORKBOOK, tempFolder } from '../support/xlsx-fixtures';

const ROOT = path.join(__dirname, '..', '..');

describe('The command line does not use ExcelJS (issue 10)', function () {
  this.timeout(120000);

  it("bundled from src/cli/main.ts, its dependency graph reaches no module of exceljs, nor the ExcelJS adapter's files", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx's own bundler, loaded only here
    const esbuild = require('esbuild') as typeof import('esbuild');
    const built = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(built.metafile.inputs).map((f) => f.replace(/\\/g, '/'));
    assert.ok(
      inputs.some((f) => f.endsWith('src/xlsx/package/session.ts')),
      'the graph holds the package path',
    );
    assert.ok(
      inputs.some((f) => f.includes('node_modules/saxes/')),
      'and its XML parser',
    );
    assert.deepEqual(
      inputs.filter((f) => f.includes('node_modules/exceljs/')),
      [],
      'no module of exceljs',
    );
    assert.deepEqual(
      inputs.filter((f) => /src\/xlsx\/(open-workbook|save|session|carry-out|snapshots|read-grids)\.ts$/.test(f)),
      [],
      "none of the ExcelJS adapter's files",
    );
  });

  it('scores, scores again, undoes and resets the state in a process that never loads exceljs', () => {
    const folder = tempFolder();
    try {
      const at = (name: string) => path.join(folder.dir, name);
      const script = `
        const { main } = require(${JSON.stringify(path.join(ROOT, 'src', 'cli', 'main.ts'))});
        (async () => {
          const codes = [];
          for (const argv of ${JSON.stringify([
            ['score', EXAMPLE_WORKBOOK, '-o', at('scored.xlsx')],
            ['score', at('scored.xlsx'), '-o', at('twice.xlsx')],
            ['undo', at('scored.xlsx'), '-o', at('undone.xlsx')],
            ['reset-state', at('scored.xlsx'), '-o', at('reset.xlsx')],
          ])}) {
            await main(argv);
            codes.push(process.exitCode);
          }
          const loaded = Object.keys(require.cache).filter((k) => k.split(require('path').sep).join('/').includes('/node_modules/exceljs/'));
          process.stdout.write('\\nRESULT ' + JSON.stringify({ codes, loaded }) + '\\n');
          process.exitCode = 0;
        })();
      `;
      const out = execFileSync(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8' });
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      assert.ok(line, out);
      const { codes, loaded } = JSON.parse(line.slice('RESULT '.length)) as { codes: number[]; loaded: string[] };
      assert.deepEqual(codes, [0, 0, 0, 0], 'every command succeeded');
      assert.deepEqual(loaded, [], 'no module of exceljs was loaded');
    } finally {
      folder.remove();
    }
  });
});
