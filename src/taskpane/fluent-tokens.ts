/**
 * Fluent UI's `tokens` (@fluentui/tokens, lib/tokens.js) without its table: each design token's CSS
 * variable, `var(--<name>)`, which Fluent's component styles (and PaneStyle) read by name, e.g.
 * `tokens.colorNeutralForeground1` is "var(--colorNeutralForeground1)". Fluent ships the table as 467
 * literal entries of exactly that form, 29 KB of the pane's first bundle; this object answers the same
 * value for every name, so the build puts it in the table's place (webpack.config.js, "pane").
 * Only the z-index tokens carry a default (Fluent leaves them out of its themes): they are listed here.
 * test/build/fluent-tokens.test.ts checks every name of the installed @fluentui/tokens against it.
 * Proxy is ES2015: every webview the pane runs in has it (EdgeHTML 18 and later; IE11 gets the plain page).
 */
import type { tokens as FluentTokens } from '@fluentui/tokens';

/** The tokens Fluent gives a default value: `var(--zIndexPopup, 2000)`. */
export const TOKEN_DEFAULTS: Readonly<Record<string, number>> = {
  zIndexBackground: 0,
  zIndexContent: 1,
  zIndexOverlay: 1000,
  zIndexPopup: 2000,
  zIndexMessages: 3000,
  zIndexFloating: 4000,
  zIndexPriority: 5000,
  zIndexDebug: 6000,
};

/** The CSS variable of a token, as Fluent's table has it. */
export function tokenVariable(name: string): string {
  return Object.prototype.hasOwnProperty.call(TOKEN_DEFAULTS, name)
    ? `var(--${name}, ${TOKEN_DEFAULTS[name]})`
    : `var(--${name})`;
}

export const tokens = new Proxy({} as typeof FluentTokens, {
  get: (_target, name) => (typeof name === 'string' ? tokenVariable(name) : undefined),
}) as typeof FluentTokens;
