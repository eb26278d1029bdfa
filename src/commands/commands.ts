/** The FunctionFile's script: registers the ribbon commands once Office is ready. */
import { officeHost } from '../office/host';
import { dialogNotifier } from './dialog-notify';
import { registerCommands } from './register';

const dialogPage = new URL('dialog.html', window.location.href).toString();

Office.onReady(() => {
  registerCommands(Office.actions, window as unknown as Record<string, unknown>, () => ({
    host: officeHost(),
    notify: dialogNotifier(Office.context.ui as unknown as Parameters<typeof dialogNotifier>[0], dialogPage),
  }));
});
