/**
 * The pane's own per-workbook settings (only "keep summaries up to date" today), kept in the workbook
 * through Office's document settings (Office.context.document.settings: saved inside the file with
 * saveAsync, travelling with it). The command line has no use for them, so they are not on the
 * Scorecard_State sheet. https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 */
export interface PaneStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export function officeStore(settings: OfficeSettings | undefined): PaneStore {
  if (!settings) return memoryStore();
  return {
    get: (key) => settings.get(key),
    set: (key, value) =>
      new Promise((resolve, reject) => {
        settings.set(key, value);
        settings.saveAsync((r) =>
          r.status === 'failed' ? reject(new Error(r.error?.message ?? 'The setting could not be saved.')) : resolve(),
        );
      }),
  };
}

/** For a pane without Office's settings (server-side rendering in tests). */
export function memoryStore(): PaneStore {
  const values = new Map<string, unknown>();
  return { get: (k) => values.get(k), set: async (k, v) => void values.set(k, v) };
}

export const KEEP_UP_TO_DATE = 'performanceScorecard.keepUpToDate';
