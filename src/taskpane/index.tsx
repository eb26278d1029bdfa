/** The task pane's entry: renders the app once Office is ready. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { officeHost } from '../office/host';
import { App } from './components/App';

Office.onReady(() => {
  createRoot(document.getElementById('container')!).render(
    <FluentProvider theme={webLightTheme}>
      <App host={officeHost()} />
    </FluentProvider>,
  );
});
