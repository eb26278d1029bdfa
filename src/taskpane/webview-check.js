/*
 * The task pane's first script: plain ES5, loaded before office.js and the pane's bundle, so that it
 * runs in every webview Office may use. The pane's bundle is ES2017 (the level of EdgeHTML 18, Office
 * 2019/2021 on Windows without WebView2). Internet Explorer 11 (Office 2016, and Office 2019
 * volume-licensed, on Windows without WebView2) cannot parse it, and the pane would stay blank: here
 * the pane instead says what to do. Source for which webview Office uses where:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 *
 * Unsupported = a Trident user agent, or an engine that cannot compile an ES2017 async arrow function,
 * or lacks Promise, Map, Set, Symbol or WeakMap. On a host without add-in commands (Office 2019 volume-licensed) the page does not
 * point to the ribbon. Tested in test/build/old-webviews.test.ts (a vm context with a fake document).
 */
(function (root) {
  'use strict';
  var MESSAGE =
    'This version of Excel uses an old browser engine for add-ins: use Score this quarter on the ribbon, ' +
    'or Excel on the web / Microsoft 365.';
  // Office 2019 volume-licensed (and other hosts without add-in commands) has no ribbon buttons to point
  // to: https://learn.microsoft.com/javascript/api/requirement-sets/common/add-in-commands-requirement-sets
  var NO_RIBBON_MESSAGE =
    'This version of Excel uses an old browser engine for add-ins and has no add-in buttons on its ribbon: ' +
    'use Excel on the web / Microsoft 365, or the scorecard command-line tool.';

  function modernEnough() {
    // Microsoft's own test for Internet Explorer 11's engine (Trident), as "Support older Microsoft
    // webviews and Office versions" gives it.
    var agent = (root.navigator && root.navigator.userAgent) || '';
    if (agent.indexOf('Trident') !== -1 || agent.indexOf('MSIE ') !== -1) return false;
    var needed = ['Promise', 'Map', 'Set', 'Symbol', 'WeakMap'];
    for (var i = 0; i < needed.length; i++) {
      if (typeof root[needed[i]] !== 'function') return false;
    }
    try {
      // eslint-disable-next-line no-new-func
      new Function(
        'var f = async (a, ...b) => { const { x } = a; let y = `${x}`; await 0; return [...b, y]; }; class C {} return f;'
      );
    } catch (e) {
      return false;
    }
    return true;
  }

  function showPlainPage(doc, message) {
    doc.title = 'Performance Scorecard';
    var body = doc.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var main = doc.createElement('main');
    main.setAttribute(
      'style',
      'font-family: Segoe UI, Arial, sans-serif; font-size: 14px; line-height: 1.45; padding: 16px 20px; color: #242424;'
    );
    var h1 = doc.createElement('h1');
    h1.setAttribute('style', 'font-size: 16px; margin: 0 0 8px;');
    h1.appendChild(doc.createTextNode('Performance Scorecard'));
    var p = doc.createElement('p');
    p.setAttribute('id', 'unsupported-webview');
    p.setAttribute('role', 'alert');
    p.appendChild(doc.createTextNode(message));
    main.appendChild(h1);
    main.appendChild(p);
    body.appendChild(main);
  }

  root.scorecardWebviewSupported = modernEnough();
  if (root.scorecardWebviewSupported) return;
  var doc = root.document;
  // Stop the bundle from running at all (it would throw on its first line in this engine).
  root.scorecardUnsupportedWebview = true;
  function show() {
    showPlainPage(doc, MESSAGE);
    // office.js (the next script) tells whether this host has add-in commands at all.
    var office = root.Office;
    if (!office || typeof office.onReady !== 'function') return;
    office.onReady(function () {
      var requirements = office.context && office.context.requirements;
      if (requirements && !requirements.isSetSupported('AddinCommands', '1.1')) showPlainPage(doc, NO_RIBBON_MESSAGE);
    });
  }
  if (doc.body) show();
  else doc.addEventListener('DOMContentLoaded', show);
})(typeof window !== 'undefined' ? window : this);
