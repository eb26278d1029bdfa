/**
 * The pane's build puts src/taskpane/fluent-tokens.ts in the place of Fluent UI's table of design tokens
 * (webpack.config.js): it must give, for every token the installed @fluentui/tokens names, the very
 * value of the table, so every Fluent style and PaneStyle reads the same CSS variable as before.
 */
import { strict as assert } from 'assert';
import { tokens as fluentTokens } from '@fluentui/tokens';
import { tokens, tokenVariable } from '../../src/taskpane/fluent-tokens';

describe("The pane's design tokens (Fluent's table, without the table)", () => {
  it('give the value of Fluent UI’s table for every one of its tokens', () => {
    const names = Object.keys(fluentTokens) as (keyof typeof fluentTokens)[];
    assert.ok(names.length > 400, `${names.length} tokens`);
    for (const name of names) assert.equal(tokens[name], fluentTokens[name], name);
  });

  it('keep the z-index defaults Fluent gives ("var(--zIndexPopup, 2000)")', () => {
    assert.equal(tokens.zIndexPopup, 'var(--zIndexPopup, 2000)');
    assert.equal(tokens.colorNeutralForeground1, 'var(--colorNeutralForeground1)');
    assert.equal(tokenVariable('colorStrokeFocus2'), 'var(--colorStrokeFocus2)');
  });
});
