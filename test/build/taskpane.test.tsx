/** The task pane renders its title, pickers and buttons (server-side render, no Office needed). */
import { strict as assert } from 'assert';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { toleranceError } from '../../src/taskpane/use-scorecard';
import { modelFromGrids } from '../support/excel-model/build';
import { reportGrids } from '../support/golden';

describe('The task pane', () => {
  it('shows the title, the quarter and tolerance pickers and both buttons', () => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <App host={modelFromGrids(reportGrids()).host} />
      </FluentProvider>,
    );
    for (const text of [
      'Performance Scorecard',
      'Quarter',
      'Latest quarter with data',
      'Tolerance (%)',
      'Score this quarter',
      'Undo last scoring',
    ]) {
      assert.ok(html.includes(text), text);
    }
  });

  it('accepts a tolerance between 0 and 100 only', () => {
    assert.equal(toleranceError('5'), null);
    assert.equal(toleranceError('0'), null);
    assert.match(toleranceError('101')!, /between 0 and 100/);
    assert.match(toleranceError('')!, /between 0 and 100/);
    assert.match(toleranceError('x')!, /between 0 and 100/);
  });

  it('names the tolerance in the mode picked: percentage points, never "a percentage", in points mode', () => {
    assert.equal(
      toleranceError('five', 'points'),
      'The tolerance must be a number of percentage points between 0 and 100, such as 1; "five" is not a number.',
    );
    assert.equal(
      toleranceError('five', 'absolute'),
      'The tolerance must be an amount of 0 or more, in the indicator\'s own unit, such as 2; "five" is not a number.',
    );
  });
});
