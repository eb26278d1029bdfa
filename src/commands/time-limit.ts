/**
 * Office ends a function command that has not completed within 5 minutes, and on the web leaves a
 * dialog it opened stranded (office-js issue 1452): the message must close before then, however long
 * loading the engine and scoring took. Apart from the engine, for the ribbon shell (shell.ts) and
 * run-command.ts alike.
 */
export const COMMAND_TIME_LIMIT_MS = 5 * 60 * 1000;
/** Kept free at the end of that time for closing the message and completing. */
export const COMPLETION_MARGIN_MS = 15 * 1000;
