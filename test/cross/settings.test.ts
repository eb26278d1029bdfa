/**
 * One home per setting (issue 12 item 1): the default tolerance is written once, the command line's
 * option, the task pane's field and the state sheet read it through the core's parsers, and a tolerance
 * out of range is refused by prepareRun alone, in the same sentence whichever front end it came from.
 */
import { strict as assert } from 'assert';
import {
  DEFAULT_TOLERANCE_PCT,
  decodeState,
  defaultState,
  encodeState,
  prepareRun,
  toleranceTextProblem,
} from '../../src/core';
import { overridesFrom } from '../../src/cli/commands';
import { toleranceError } from '../../src/taskpane/use-scorecard';
import { reportGrids } from '../support/golden';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  assert.fail('expected the run to be refused');
}

describe('One home per setting', () => {
  it('a workbook never scored, and a state sheet written with it, have the default tolerance of 5%', () => {
    assert.equal(DEFAULT_TOLERANCE_PCT, 5);
    assert.equal(defaultState().settings.tolerancePct, DEFAULT_TOLERANCE_PCT);
    assert.equal(decodeState(null).settings.tolerancePct, DEFAULT_TOLERANCE_PCT);
    assert.equal(decodeState(encodeState(defaultState())).settings.tolerancePct, DEFAULT_TOLERANCE_PCT);
  });

  it('the command line and the task pane read "7.5" the same way, and both accept it', () => {
    assert.equal(overridesFrom({ input: 'a.xlsx', tolerance: '7.5' }).tolerancePct, 7.5);
    assert.equal(toleranceTextProblem('7.5'), null);
    assert.equal(toleranceError('7.5'), null);
  });

  it('a tolerance of 150 is read by the parsers and refused by prepareRun, with one sentence for every front end', () => {
    const grids = reportGrids();
    const fromCli = refusal(() =>
      prepareRun(grids, defaultState(), overridesFrom({ input: 'a.xlsx', tolerance: '150' })),
    );
    const saved = { ...defaultState(), settings: { ...defaultState().settings, tolerancePct: 150 } };
    const fromStateSheet = refusal(() => prepareRun(grids, decodeState(encodeState(saved))));
    assert.equal(fromCli, 'The tolerance must be a percentage between 0 and 100; 150 is not.');
    assert.equal(fromStateSheet, fromCli);
    assert.equal(toleranceTextProblem('150'), fromCli, "the task pane's field is checked with the same rule");
    assert.notEqual(toleranceError('150'), null);
  });
});
