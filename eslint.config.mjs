// Layers the linter enforces (issue 12 item 5; docs/architecture.md). Only the import boundaries are
// checked here: the core's purity is tsconfig.core.json's job, types are tsc's.
//   src/core       imports nothing outside itself
//   src/xlsx       the ExcelJS adapter: the core only
//   src/cli        the command: the core and the ExcelJS adapter
//   src/office     the Office.js adapter: the core only
//   src/commands   the ribbon commands: the core and the Office.js adapter
//   src/taskpane   the task pane: the core and the Office.js adapter, never the ribbon folder
//   src/dialog     the outcome dialog: itself only
import tseslint from 'typescript-eslint';

/** A `no-restricted-imports` rule that forbids the given top-level folders of src/. */
function only(message, ...folders) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: folders.map((folder) => ({
          regex: `^(\\./)?(\\.\\./)+(src/)?${folder}(/|$)`,
          message: `${message} (docs/architecture.md: imports point inwards, adapters never import each other).`,
        })),
      },
    ],
  };
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
    rules: only('The core imports nothing outside itself', 'xlsx', 'cli', 'office', 'commands', 'taskpane', 'dialog'),
  },
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
