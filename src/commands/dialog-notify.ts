/**
 * Telling the analyst the outcome without a task pane: a small Office dialog (Dialog API) showing
 * the message, closed by its OK button (messageParent) or by the analyst. Resolves when it closes, so
 * the command calls event.completed() only then; rejects when the dialog cannot be opened (another
 * dialog open, a blocked pop-up), so the command can complete at once.
 */
export interface DialogLike {
  close(): void;
  addEventHandler(type: Office.EventType, handler: (arg: unknown) => void): void;
}

export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: { status: Office.AsyncResultStatus | string; value: DialogLike; error?: { code: number; message: string } }) => void): void;
}

/** How long a message may stay open before the command completes anyway (Office ends long-running commands). */
export const DIALOG_TIMEOUT_MS = 4 * 60 * 1000;

export function dialogUrl(pageUrl: string, message: string, tone: string): string {
  return `${pageUrl}?tone=${encodeURIComponent(tone)}&message=${encodeURIComponent(message)}`;
}

export function dialogNotifier(ui: DialogUi, pageUrl: string, timeoutMs = DIALOG_TIMEOUT_MS): (message: string, tone: string) => Promise<void> {
  return (message, tone) =>
    new Promise<void>((resolve, reject) => {
      ui.displayDialogAsync(dialogUrl(pageUrl, message, tone), { height: 30, width: 40, displayInIframe: true }, (result) => {
        if (result.status !== 'succeeded') {
          reject(new Error(result.error?.message ?? 'The dialog could not be opened.'));
          return;
        }
        const dialog = result.value;
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // already closed by the analyst
          }
          resolve();
        };
        const timer = setTimeout(finish, timeoutMs);
        dialog.addEventHandler('dialogMessageReceived' as unknown as Office.EventType, finish);
        dialog.addEventHandler('dialogEventReceived' as unknown as Office.EventType, finish);
      });
    });
}
