/**
 * The FunctionFile's script: registers the ribbon commands as soon as it runs, as Microsoft's
 * template does, not in an Office.onReady callback: Office may invoke a command as soon as it has
 * initialised, and a function associated later misses the first click. Office itself is only touched
 * when a command runs.
 */
import { officeHost } from '../office/host';
import { dialogNotifier } from './dialog-notify';
import { registerCommands } from './register';

/** dialog.html beside this page (no URL constructor: Internet Explorer 11 has none). */
export function siblingPage(href: string, page: string): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, page);
}

const dialogPage = siblingPage(window.location.href, 'dialog.html');

registerCommands(Office.actions, window as unknown as Record<string, unknown>, () => ({
  host: officeHost(),
  notify: dialogNotifier(Office.context.ui as unknown as Parameters<typeof dialogNotifier>[0], dialogPage),
}));

Office.onReady(() => undefined);
