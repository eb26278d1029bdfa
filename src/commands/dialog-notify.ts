/**
 * Telling the analyst the outcome without a task pane: a small Office dialog (Dialog API) showing
 * the message, closed by its OK button (messageParent) or by the analyst, or by the add-in when the
 * time the command has left runs out. Resolves when it closes, so the command calls event.completed()
 * only then; rejects when the dialog cannot be opened (another dialog open, a blocked pop-up, no time
 * left), so the command can complete at once.
 */
export interface DialogLike {
  close(): void;
  addEventHandler(type: Office.EventType, handler: (arg: unknown) => void): void;
}

export interface DialogUi {
  displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: { status: Office.AsyncResultStatus | string; value: DialogLike; error?: { code: number; message: string } }) => void): void;
}

/** How long a message may stay open at most before the command completes anyway. */
export const DIALOG_TIMEOUT_MS = 4 * 60 * 1000;

export function dialogUrl(pageUrl: string, message: string, tone: string): string {
  return `${pageUrl}?tone=${encodeURIComponent(tone)}&message=${encodeURIComponent(message)}`;
}

/** With less time left than this before the command must complete, the message is not shown. */
const SHORTEST_MS = 3000;

export function dialogNotifier(ui: DialogUi, pageUrl: string, timeoutMs = DIALOG_TIMEOUT_MS): (message: string, tone: string, closeWithinMs?: number) => Promise<void> {
  return (message, tone, closeWithinMs = Infinity) =>
    new Promise<void>((resolve, reject) => {
      if (closeWithinMs < SHORTEST_MS) {
        reject(new Error('No time was left to show the message before Office ends the command.'));
        return;
      }
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
        const timer = setTimeout(finish, Math.min(timeoutMs, closeWithinMs));
        dialog.addEventHandler('dialogMessageReceived' as unknown as Office.EventType, finish);
        dialog.addEventHandler('dialogEventReceived' as unknown as Office.EventType, finish);
      });
    });
}
