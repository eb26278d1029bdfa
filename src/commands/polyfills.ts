/**
 * What the ribbon commands and the outcome dialog need from ES2015+ and Internet Explorer 11 lacks
 * (Office 2019 volume-licensed and Office 2016/2019 on Windows versions without WebView2 run add-ins in
 * IE11's Trident engine: https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * Bundled first in the commands and dialog pages only (webpack.config.js, the "legacy" build); the
 * task pane is built for EdgeHTML 18 and later and has its own first script (webview-check.js).
 *
 * Promise (async/await compile to it), Symbol (iteration of Map/Set through downlevelIteration),
 * Map, Set, WeakMap, Object.assign/entries/values/fromEntries, Array.from/find/findIndex/includes/
 * fill/flat/flatMap and array and string iterators, String.startsWith/endsWith/includes/repeat/padStart/
 * padEnd/trimStart/trimEnd, String.raw, Number.isFinite/isInteger/isNaN/isSafeInteger/MAX_SAFE_INTEGER,
 * Math.imul/sign/trunc/log10. Module by module, not core-js/stable: the FunctionFile must stay small
 * (test/build/build.test.ts: these polyfills under 64 KB). test/build/old-webviews.test.ts runs the built
 * bundle in an engine stripped to ES5 built-ins and scores a workbook with it, and checks that every
 * ES2015+ built-in the sources of these pages use (found by TypeScript's checker) is here, and that
 * commands.html's loader asks for it. What is not here is not to be used in their code:
 * String.prototype.matchAll (its polyfill would take this file past 64 KB: an exec loop does the same)
 * and typed arrays' ES2015 methods (`Uint32Array.from`, `.sort`, `.fill` …; IE11's typed arrays have
 * only `set` and `subarray`).
 */
// The constructors alone (core-js's module entries), not their ES2024+ additions (Set methods,
// Map.groupBy, Promise.withResolvers …), which nothing here uses.
import 'core-js/modules/es.symbol';
import 'core-js/modules/es.symbol.description';
import 'core-js/modules/es.symbol.iterator';
import 'core-js/modules/es.object.to-string';
import 'core-js/modules/es.promise';
import 'core-js/modules/es.promise.finally';
import 'core-js/modules/es.map';
import 'core-js/modules/es.set';
import 'core-js/modules/es.weak-map';
import 'core-js/es/object/assign';
import 'core-js/es/object/entries';
import 'core-js/es/object/values';
import 'core-js/es/object/from-entries';
import 'core-js/es/array/from';
import 'core-js/es/array/iterator';
import 'core-js/es/array/find';
import 'core-js/es/array/find-index';
import 'core-js/es/array/includes';
import 'core-js/es/array/fill';
import 'core-js/es/array/flat';
import 'core-js/es/array/flat-map';
import 'core-js/es/string/iterator';
import 'core-js/es/string/starts-with';
import 'core-js/es/string/ends-with';
import 'core-js/es/string/includes';
import 'core-js/es/string/repeat';
import 'core-js/es/string/pad-start';
import 'core-js/es/string/pad-end';
import 'core-js/es/string/trim-start';
import 'core-js/es/string/trim-end';
import 'core-js/es/string/raw';
import 'core-js/es/number/is-finite';
import 'core-js/es/number/is-integer';
import 'core-js/es/number/is-nan';
import 'core-js/es/number/is-safe-integer';
import 'core-js/es/number/max-safe-integer';
import 'core-js/es/math/imul';
import 'core-js/es/math/sign';
import 'core-js/es/math/trunc';
import 'core-js/es/math/log10';
