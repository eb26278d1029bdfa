/** Scoring hand-written sheets in tests: the result, or the one-sentence refusal. */
import { strict as assert } from 'assert';
import { InputError, scoreWorkbook, type IndicatorScore, type ScoreResult, type SheetGrid } from '../../src/core';

/** The scores of these sheets (scoreWorkbook's result). */
export function scored(grids: SheetGrid[], options: Parameters<typeof scoreWorkbook>[1] = {}): ScoreResult {
  return scoreWorkbook(grids, options).result;
}

/** The refusal scoring these sheets gives; fails the test if they were scored instead. */
export function refusal(grids: SheetGrid[], options: Parameters<typeof scoreWorkbook>[1] = {}): InputError {
  try {
    scoreWorkbook(grids, options);
  } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    return e;
  }
  assert.fail('scored, not refused');
}

/** The indicator with this ref in a scoring's result; fails the test when none is scored. */
export function byRef(result: ScoreResult, ref: string): IndicatorScore {
  const s = result.indicators.find((i) => i.ref === ref);
  assert.ok(s, `${ref} is scored`);
  return s;
}
