/** How a failure is told: the analyst's mistakes in one line, a defect in one line with the stack only on request. */
import { strict as assert } from 'assert';
import { InputError } from '../../src/core';
import { describeFailure, UsageError } from '../../src/cli/errors';

describe('Telling a failure', () => {
  it('an input error is exit 1 and its own sentence', () => {
    assert.deepEqual(
      describeFailure(new InputError('There is no quarter "Q5": give Q1, Q2, Q3 or Q4 (or 1 to 4).'), {}),
      {
        code: 1,
        lines: ['scorecard: There is no quarter "Q5": give Q1, Q2, Q3 or Q4 (or 1 to 4).'],
      },
    );
  });

  it('a usage error is exit 2', () => {
    assert.equal(describeFailure(new UsageError("'score' needs the workbook to score."), {}).code, 2);
  });

  it('a defect is exit 3, one line saying so, and no stack trace', () => {
    const { code, lines } = describeFailure(new TypeError("Cannot read properties of undefined (reading 'row')"), {});
    assert.equal(code, 3);
    assert.deepEqual(lines, [
      "scorecard: something went wrong inside the tool (Cannot read properties of undefined (reading 'row')). Nothing was written. Please report it, with SCORECARD_DEBUG=1 set for details.",
    ]);
  });

  it('a defect shows its stack trace with SCORECARD_DEBUG=1', () => {
    const { lines } = describeFailure(new Error('boom'), { SCORECARD_DEBUG: '1' });
    assert.equal(lines.length, 2);
    assert.match(lines[1], /^Error: boom\n\s+at /);
  });
});
