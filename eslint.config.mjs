// Layers the linter enforces (issue 12 item 5; docs/architecture.md). Only the import boundaries are
// checked here: the core's purity is tsconfig.core.json's job, types are tsc's.
//   src/core       imports nothing outside itself
//   src/xlsx       the ExcelJS adapter: the core only
//   src/cli        the command: the core and the ExcelJS adapter
//   src/office     the Office.js adapter: the core only
//   src/commands   the ribbon commands: the core and the Office.js adapter
//   src/taskpane   the task pane: the core and the Office.js adapter, never the ribbon folder
//   src/dialog     the outcome dialog: itself only
// Inside the core, its folders import only those below them (issue 12 item 3: no upward imports):
//   rules < read < findings < score < plan < state; the files at the core's top (model, words, a1 …) are for all.
import tseslint from 'typescript-eslint';

const OUTSIDE_THE_CORE = ['xlsx', 'cli', 'office', 'commands', 'taskpane', 'dialog'];
const CORE_LAYERS = ['rules', 'read', 'findings', 'score', 'plan', 'state'];

/** `no-restricted-imports` patterns that forbid the given top-level folders of src/. */
function outside(message, folders) {
  return folders.map((folder) => ({
    regex: `^(\\./)?(\\.\\./)+(src/)?${folder}(/|$)`,
    message: `${message} (docs/architecture.md: imports point inwards, adapters never import each other).`,
  }));
}

/** A `no-restricted-imports` rule that forbids the given top-level folders of src/. */
function only(message, ...folders) {
  return { 'no-restricted-imports': ['error', { patterns: outside(message, folders) }] };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'lib/**', 'bin/**', 'out/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: only('The core imports nothing outside itself', ...OUTSIDE_THE_CORE),
  },
  // A folder of the core: nothing outside the core, and no folder of the core above it (../plan from read/).
  ...CORE_LAYERS.map((layer, i) => ({
    files: [`src/core/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...outside('The core imports nothing outside itself', OUTSIDE_THE_CORE),
            ...CORE_LAYERS.slice(i + 1).map((above) => ({
              regex: `^(\\./)?\\.\\./${above}(/|$)`,
              message: `core/${layer} imports only the core's folders below it (${CORE_LAYERS.join(' < ')}), not core/${above} (issue 12 item 3: no upward imports).`,
            })),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/xlsx/**/*.{ts,tsx}'],
    rules: only('The ExcelJS adapter imports only the core', 'cli', 'office', 'commands', 'taskpane', 'dialog'),
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: only(
      'The command line imports only the core and the ExcelJS adapter',
      'office',
      'commands',
      'taskpane',
      'dialog',
    ),
  },
  {
    files: ['src/office/**/*.{ts,tsx}'],
    rules: only('The Office.js adapter imports only the core', 'xlsx', 'cli', 'commands', 'taskpane', 'dialog'),
  },
  {
    files: ['src/commands/**/*.{ts,tsx}'],
    rules: only(
      'The ribbon commands import only the core and the Office.js adapter',
      'xlsx',
      'cli',
      'taskpane',
      'dialog',
    ),
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: only(
      'The task pane imports only the core and the Office.js adapter, never the ribbon folder',
      'xlsx',
      'cli',
      'commands',
      'dialog',
    ),
  },
  {
    files: ['src/dialog/**/*.{ts,tsx}'],
    rules: only(
      'The outcome dialog imports nothing of the product',
      'core',
      'xlsx',
      'cli',
      'office',
      'commands',
      'taskpane',
    ),
  },
);
