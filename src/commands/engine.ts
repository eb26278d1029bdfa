/**
 * The ribbon's engine chunk: the scoring engine and the Office.js adapter, all that a ribbon command
 * needs beyond the shell. function-file.ts loads it with import() when a command first runs (webpack
 * emits it as commands-engine.*.js, ES5 like the shell); every later command uses the loaded one.
 */
export { officeHost } from '../office/host';
export { runCommand } from './run-command';
