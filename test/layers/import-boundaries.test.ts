/**
 * Imports point inwards and the adapters never import each other (docs/architecture.md). `npm test`
 * runs ESLint's `no-restricted-imports` over src/ with eslint.config.mjs; this test proves the
 * configuration really rejects a throwaway file that crosses a boundary, and lets a file that keeps to
 * its layer pass (issue 12 item 5).
 */
import { strict as assert } from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');

/** Lints `source` as if it were the file `file` (relative to the repository) and returns the rule ids hit. */
async function problemsOf(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('Layers: ESLint rejects an import across a boundary', function () {
  this.timeout(60000);

  it('the ExcelJS adapter importing the Office.js adapter', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/xlsx/__throwaway__.ts',
        `import { readWorkbookGrids } from '../office/read-workbook';\nexport const f = readWorkbookGrids;\n`,
      ),
      ['no-restricted-imports'],
    );
  });

  it('the ExcelJS adapter importing the Office.js adapter by a path that starts with ./', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/xlsx/__throwaway__.ts',
        `import { readExcelGrids } from './../office/read-workbook';\nexport const f = readExcelGrids;\n`,
      ),
      ['no-restricted-imports'],
    );
  });

  it('the Office.js adapter importing the ExcelJS adapter or the command line', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/office/__throwaway__.ts',
        `import { saveWorkbook } from '../xlsx/save';\nimport { main } from '../cli/main';\nexport const f = [saveWorkbook, main];\n`,
      ),
      ['no-restricted-imports', 'no-restricted-imports'],
    );
  });

  it('the task pane importing the ribbon folder', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/taskpane/components/__throwaway__.tsx',
        `import { register } from '../../commands/register';\nexport const f = register;\n`,
      ),
      ['no-restricted-imports'],
    );
  });

  it('the core importing an adapter', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/core/read/__throwaway__.ts',
        `import { host } from '../../office/host';\nexport const f = host;\n`,
      ),
      ['no-restricted-imports'],
    );
  });

  it('a folder of the core importing one above it (issue 12 item 3: no upward imports)', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/core/plan/__throwaway__.ts',
        `import type { JournalCell } from '../state/state';\nexport type J = JournalCell;\n`,
      ),
      ['no-restricted-imports'],
    );
    assert.deepEqual(
      await problemsOf(
        'src/core/read/__throwaway__.ts',
        `import { finding } from '../findings/reading';\nexport const f = finding;\n`,
      ),
      ['no-restricted-imports'],
    );
  });

  it('but not files that keep to their layer', async () => {
    assert.deepEqual(
      await problemsOf(
        'src/cli/__throwaway__.ts',
        `import { prepareRun } from '../core';\nimport { saveWorkbook } from '../xlsx/save';\nexport const f = [prepareRun, saveWorkbook];\n`,
      ),
      [],
    );
    assert.deepEqual(
      await problemsOf(
        'src/core/score/__throwaway__.ts',
        `import { ragStatus } from '../rules/variance';\nimport { plural } from '../words';\nexport const f = [ragStatus, plural];\n`,
      ),
      [],
    );
    assert.deepEqual(
      await problemsOf(
        'src/taskpane/__throwaway__.ts',
        `import type { ExcelHost } from '../office/host';\nexport type H = ExcelHost;\n`,
      ),
      [],
    );
  });
});
