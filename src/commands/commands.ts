/**
 * The FunctionFile's script: registers the ribbon commands as soon as it runs, as Microsoft's
 * template does, not in an Office.onReady callback: Office may invoke a command as soon as it has
 * initialised, and a function associated later misses the first click. Office itself is only touched
 * when a command runs.
 */
import { officeHost } from '../office/host';
import { dialogNotifier } from './dialog-notify';
import { registerCommands } from './register';

const dialogPage = new URL('dialog.html', window.location.href).toString();

registerCommands(Office.actions, window as unknown as Record<string, unknown>, () => ({
  host: officeHost(),
  notify: dialogNotifier(Office.context.ui as unknown as Parameters<typeof dialogNotifier>[0], dialogPage),
}));

Office.onReady(() => undefined);
