/**
 * Whether an indicator's figures are counts that can be added up month by month (fresh user 10): not a
 * rate, percentage, average, ratio or share (its name, or its target shown with a percent sign: `isRate`),
 * not a time, score or index (`NOT_A_COUNT_NAME`, rules/month-share.ts), and no figure shown as a
 * percentage (`IndicatorRow.shown`, two bits a figure: 2 formatted, 3 typed percent).
 */
import type { IndicatorRow } from '../model';
import { isRate } from './cumulative';
import { NOT_A_COUNT_NAME } from './month-share';

/** True when the row is not a count (see the file's comment). */
export function notACount(row: Pick<IndicatorRow, 'name' | 'shown'>): boolean {
  if (isRate(row) || NOT_A_COUNT_NAME.test(row.name)) return true;
  for (let bits = row.shown ?? 0; bits > 0; bits = Math.floor(bits / 4)) if (bits % 4 >= 2) return true;
  return false;
}
