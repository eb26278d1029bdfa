/**
 * The FunctionFile's script, the ribbon shell: registers the ribbon commands as soon as it runs, as
 * Microsoft's template does, not in an Office.onReady callback: Office may invoke a command as soon as
 * it has initialised, and a function associated later misses the first click. Office itself is only
 * touched when a command runs. The engine and the adapter are not here: the first command loads them
 * as a chunk of their own (commands-engine.*.js, beside this page: webpack.config.js's publicPath),
 * and every later command uses that one (shell.ts).
 */
import { dialogNotifier } from './dialog-notify';
import { registerCommands } from './register';
import { chunkOnce, runFromShell, type Shell } from './shell';

/** dialog.html beside this page (no URL constructor: Internet Explorer 11 has none). */
export function siblingPage(href: string, page: string): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, page);
}

const dialogPage = siblingPage(window.location.href, 'dialog.html');

const shell: Shell = {
  chunk: chunkOnce(() => import(/* webpackChunkName: "engine" */ './engine')),
  notifier: () => dialogNotifier(Office.context.ui as unknown as Parameters<typeof dialogNotifier>[0], dialogPage),
};

registerCommands(Office.actions, window as unknown as Record<string, unknown>, (kind, event) =>
  runFromShell(kind, event, shell),
);

Office.onReady(() => undefined);
