/**
 * What the task pane's own code (the core and the adapter included) uses from ES2019 and later and
 * EdgeHTML 18 lacks (Edge Legacy, the webview of Office 2019/2021 and older Microsoft 365 builds on
 * Windows without WebView2): Array.prototype.flat/flatMap, Object.fromEntries, String.prototype.trimStart/
 * trimEnd, globalThis, Promise.allSettled. Bundled first in the pane (webpack.config.js); the pane's syntax
 * is ES2017 (test/build/old-webviews.test.ts). Whether Fluent UI itself renders well in EdgeHTML 18 can
 * only be confirmed in a real Excel.
 */
import 'core-js/modules/es.array.flat';
import 'core-js/modules/es.array.flat-map';
import 'core-js/modules/es.array.unscopables.flat';
import 'core-js/modules/es.array.unscopables.flat-map';
import 'core-js/modules/es.object.from-entries';
import 'core-js/modules/es.string.trim-start';
import 'core-js/modules/es.string.trim-end';
import 'core-js/modules/es.global-this';
import 'core-js/modules/es.promise.all-settled';
