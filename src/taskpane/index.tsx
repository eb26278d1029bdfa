/** The task pane's entry: renders the app once Office is ready, in the Office theme's colours. */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { officeHost } from '../office/host';
import { App } from './components/App';
import { officeStore } from './pane-store';
import { paneTheme } from './theme';

Office.onReady(() => {
  const { theme, dark } = paneTheme(Office.context.officeTheme);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  createRoot(document.getElementById('container')!).render(
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <App host={officeHost()} store={officeStore(Office.context.document?.settings as never)} />
    </FluentProvider>,
  );
});
