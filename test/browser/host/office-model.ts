/**
 * The test host page's stand-in for office.js: puts the in-memory Excel model where the CDN's office.js
 * puts Office and Excel, loaded with the workbook the test gave the page (window.__WORKBOOK__), and
 * exposes the model as window.__model for the test to inspect and edit. Bundled for the page with esbuild.
 * Theme: ?theme=dark|colorful|light sets Office.context.officeTheme as Office would for that theme.
 * ?slow=ms delays every sync by that long, as a large workbook or a slow connection would, so the test
 * can see (and screenshot) the pane busy.
 */
import './buffer-shim';
import { ExcelModel } from '../../support/excel-model';
import { documentFromJson, documentToJson, type DocumentJson } from './doc-json';

declare global {
  interface Window {
    __WORKBOOK__: DocumentJson;
    __model: ExcelModel;
    /** The model's document as JSON, for the test to compare with what it loaded. */
    __documentJson: () => DocumentJson;
  }
}

const THEMES: Record<
  string,
  {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
    themeId: number;
  }
> = {
  // Office.OfficeTheme's colours as Excel reports them for its themes (Colorful, Dark Grey, Black, White).
  colorful: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
    themeId: 0,
  },
  dark: {
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#404040',
    controlForegroundColor: '#FFFFFF',
    themeId: 4,
  },
  light: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#000000',
    themeId: 5,
  },
};

const model = new ExcelModel(documentFromJson(window.__WORKBOOK__));
window.__model = model;
window.__documentJson = () => documentToJson(model.doc);
const officeSettings: Record<string, unknown> = {};
const pendingSettings: Record<string, unknown> = {};
(window as unknown as { __officeSettings: Record<string, unknown> }).__officeSettings = officeSettings;
const theme = new URLSearchParams(location.search).get('theme') ?? 'colorful';

const page = window as unknown as Record<string, unknown>;
const slow = Number(new URLSearchParams(location.search).get('slow') ?? 0);
page.Excel = {
  run:
    slow > 0
      ? <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
          model.host.run((context) => {
            const sync = context.sync.bind(context);
            (context as { sync: () => Promise<void> }).sync = () =>
              new Promise<void>((resolve) => setTimeout(resolve, slow)).then(sync);
            return batch(context);
          })
      : model.host.run,
};
/**
 * The ribbon (commands.html): the functions the page associates, and the outcome dialog's messages.
 * window.__ribbon.press(id) runs one as Office would and resolves, once it has finished, to how many
 * times it completed its event; each message is kept in __ribbon.shown and its dialog closed at once.
 */
const associated: Record<string, (event: { completed(): void }) => unknown> = {};
const ribbon = {
  shown: [] as string[],
  associated: () => Object.keys(associated),
  press: async (id: string): Promise<number> => {
    let completed = 0;
    await associated[id]({ completed: () => void completed++ });
    return completed;
  },
};
(window as unknown as { __ribbon: typeof ribbon }).__ribbon = ribbon;
page.Office = {
  actions: { associate: (id: string, f: (event: { completed(): void }) => unknown) => void (associated[id] = f) },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    // Office's document settings, saved with the workbook: here a map the test can read (window.__officeSettings).
    document: {
      settings: {
        get: (name: string) => (name in officeSettings ? officeSettings[name] : null),
        set: (name: string, value: unknown) => void (pendingSettings[name] = value),
        saveAsync: (callback?: (r: { status: string }) => void) =>
          setTimeout(() => {
            Object.assign(officeSettings, pendingSettings);
            callback?.({ status: 'succeeded' });
          }, 0),
      },
    },
    requirements: { isSetSupported: model.host.isSetSupported },
    ui: {
      displayDialogAsync: (
        url: string,
        _options: unknown,
        callback: (result: { status: string; value: unknown }) => void,
      ) => {
        ribbon.shown.push(new URL(url).searchParams.get('message') ?? '');
        const handlers: Record<string, () => void> = {};
        callback({
          status: 'succeeded',
          value: {
            close: () => undefined,
            addEventHandler: (type: string, handler: () => void) => void (handlers[type] = handler),
          },
        });
        setTimeout(() => handlers.dialogMessageReceived?.(), 0);
      },
    },
    officeTheme: THEMES[theme] ?? THEMES.colorful,
    displayLanguage: 'en-GB',
  },
  EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
};
