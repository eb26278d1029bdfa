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
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: {
      status: Office.AsyncResultStatus | string;
      value: DialogLike;
      error?: { code: number; message: string };
    }) => void,
  ): void;
}

/** How long a message may stay open at most before the command completes anyway. */
export const DIALOG_TIMEOUT_MS = 4 * 60 * 1000;

export function dialogUrl(pageUrl: string, message: string, tone: string): string {
  return `${pageUrl}?tone=${encodeURIComponent(tone)}&message=${encodeURIComponent(message)}`;
}

/** With less time left than this before the command must complete, the message is not shown. */
const SHORTEST_MS = 3000;

/**
 * The clock starts when the notifier is called (the command's click time is already counted in
 * `closeWithinMs`), not inside displayDialogAsync's callback: some hosts never call it back (office-js
 * issues 284 and 5714), and the command must still complete before Office's 5-minute limit. When the
 * time runs out the promise resolves whatever the dialog's state; a dialog that opens after that is
 * closed at once.
 */
export function dialogNotifier(
  ui: DialogUi,
  pageUrl: string,
  timeoutMs = DIALOG_TIMEOUT_MS,
): (message: string, tone: string, closeWithinMs?: number) => Promise<void> {
  return (message, tone, closeWithinMs = Infinity) =>
    new Promise<void>((resolve, reject) => {
      if (closeWithinMs < SHORTEST_MS) {
        reject(new Error('No time was left to show the message before Office ends the command.'));
        return;
      }
      let dialog: DialogLike | null = null;
      let done = false;
      const close = () => {
        try {
          dialog?.close();
        } catch {
          // already closed by the analyst
        }
      };
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        close();
        resolve();
      };
      const timer = setTimeout(finish, Math.min(timeoutMs, closeWithinMs));
      try {
        ui.displayDialogAsync(
          dialogUrl(pageUrl, message, tone),
          { height: 30, width: 40, displayInIframe: true },
          (result) => {
            if (result.status !== 'succeeded') {
              if (done) return;
              done = true;
              clearTimeout(timer);
              reject(new Error(result.error?.message ?? 'The dialog could not be opened.'));
              return;
            }
            dialog = result.value;
            if (done) {
              // The time ran out before the host answered: the command has completed, take the dialog away.
              close();
              return;
            }
            dialog.addEventHandler('dialogMessageReceived' as unknown as Office.EventType, finish);
            dialog.addEventHandler('dialogEventReceived' as unknown as Office.EventType, finish);
          },
        );
      } catch (e) {
        done = true;
        clearTimeout(timer);
        reject(e);
      }
    });
}
