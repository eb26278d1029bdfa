/**
 * The task pane's entry: renders the app once Office is ready, in the Office theme's colours. The
 * engine and the adapter are not in this bundle: the pane loads them after its first render
 * (use-scorecard.ts, issue 11 item 4), and the polyfills only in a webview that lacks what they add.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-provider';
import { officeHost } from '../office/host';
import { App } from './components/App';
import { officeStore } from './pane-store';
import { paneTheme } from './theme';

/** True in a webview without what src/taskpane/polyfills.ts adds (EdgeHTML 18: Array.prototype.flat …). */
function needsPolyfills(): boolean {
  const p = Promise as PromiseConstructor & { allSettled?: unknown };
  const o = Object as ObjectConstructor & { fromEntries?: unknown };
  return !(
    typeof [].flat === 'function' &&
    typeof [].flatMap === 'function' &&
    typeof o.fromEntries === 'function' &&
    typeof ''.trimStart === 'function' &&
    typeof ''.trimEnd === 'function' &&
    typeof globalThis !== 'undefined' &&
    typeof p.allSettled === 'function'
  );
}

// When the pane's own script began (the browser test and the bench measure the first render from it).
performance.mark?.('scorecard:start');

const polyfilled: Promise<unknown> = needsPolyfills()
  ? import(/* webpackChunkName: "polyfills" */ './polyfills')
  : Promise.resolve();

Office.onReady(() =>
  polyfilled.then(async () => {
    const { theme, dark } = await paneTheme(Office.context.officeTheme);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    createRoot(document.getElementById('container')!).render(
      <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
        <App host={officeHost()} store={officeStore(Office.context.document?.settings as never)} />
      </FluentProvider>,
    );
  }),
);
