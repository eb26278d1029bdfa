/**
 * Durations typed as text ("13:55", as a police force types its average attendance times; fire response
 * and call-answer times likewise; fresh user 4, session 10): each month was "a note instead of a figure",
 * the target "15:00" a Check "where a number belongs", and the Highlights said "Data gap: 13:55". Now
 * "m:ss" text is a duration, held as Excel holds a time (a fraction of a day), shown back as typed; hours
 * and minutes where the row says so; a plain number beside them is refused with the sentence saying how
 * to type it; "1:15" in a ratio stays a note.
 */
import { strict as assert } from 'assert';
import type { CellValue, ScoreResult, SheetGrid } from '../../src/core';
import { highlightsSheet } from '../../src/core/plan/summary-sheets';
import { months, sheet } from '../support/grids';
import { scored } from '../support/scoring';

const NAMES = { summary: 'Q3 Summary', highlights: 'Q3 Highlights', findings: 'Q3 Findings' };
const HEADER: CellValue[] = ['Ref', 'Measure', 'Polarity', 'Target', ...months(7)];
const force = (...rows: CellValue[][]): SheetGrid => sheet('Force', [HEADER, ...rows]);
const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;
const about = (r: ScoreResult, ref: string) => r.findings.filter((f) => f.ref === ref);
const ATTENDANCE = ['12:34', '13:10', '14:02', '15:41', '16:05', '14:48', '13:55'];

function highlightsRow(r: ScoreResult, ref: string): Map<string, CellValue> {
  const shown = (cell: unknown): CellValue =>
    cell !== null && typeof cell === 'object' && 'value' in cell ? (cell.value as CellValue) : (cell as CellValue);
  const rows = highlightsSheet(r, NAMES).values.values.map((x) => x.map(shown));
  const header = rows.findIndex((x) => x[1] === 'Ref');
  const row = rows.find((x, i) => i > header && x[1] === ref)!;
  return new Map(rows[header].map((h, i) => [String(h), row[i]]));
}

describe('Durations typed as text (fresh user 4)', () => {
  it('"13:55" against "15:00", lower is better, is 65 seconds better: +7.22%, green, DOT improving from 14:48; no note on any month', () => {
    const r = scored(
      [force(['PCP3-03', 'Average attendance time – urgent (mm:ss)', 'Lower is better', '15:00', ...ATTENDANCE])],
      { quarter: 3 },
    );
    const i = pick(r, 'PCP3-03');
    assert.deepEqual([i.status, i.variancePct, i.rag, i.dot], ['on target', 7.22, 'green', 'up']);
    assert.deepEqual(
      about(r, 'PCP3-03').map((f) => f.kind),
      [],
      'no "holds the note" Note on each month, no "where a number belongs" Check on the target',
    );
    const h = highlightsRow(r, 'PCP3-03');
    assert.equal(h.get('Performance vs Target'), 'On target', 'was "Data gap: 13:55"');
    assert.equal(h.get('Latest value'), 835 / 86400, 'held as Excel holds 13:55 in a cell formatted mm:ss');
    assert.ok(
      highlightsSheet(r, NAMES).formats.some((g) => g.format.numberFormat === '[mm]:ss'),
      'and shown so, as typed: 13:55',
    );
  });

  it('the same figures are read as hours and minutes where the name says so (a handover time "(hh:mm)"): the variance is the same', () => {
    const r = scored(
      [
        force([
          'H-1',
          'Average time in department (hh:mm)',
          'Lower',
          '3:00',
          '2:50',
          '3:10',
          '3:05',
          '2:58',
          '3:20',
          '3:02',
          '2:45',
        ]),
      ],
      {
        quarter: 3,
      },
    );
    const i = pick(r, 'H-1');
    assert.equal(i.latestValue, (2 * 60 + 45) / 1440, 'held as Excel holds 2:45 typed in a cell: 2 hours 45 minutes');
    assert.deepEqual([i.variancePct, i.rag, i.latestFormat?.code], [8.33, 'green', '[h]:mm']);
  });

  it('a target typed as a plain number beside durations typed as text is not rated, and the Check says how to type it', () => {
    const r = scored([force(['F-1', 'Fire attendance time', 'Lower', 15, ...ATTENDANCE])], { quarter: 3 });
    const i = pick(r, 'F-1');
    assert.deepEqual(
      [i.status, i.rag],
      ['not rated', null],
      'not 835 seconds as a day fraction against 15: +99.94%, green',
    );
    const f = about(r, 'F-1').find((x) => x.kind === 'percentage-scales')!;
    assert.match(f.message, /is a time and the target 15 a plain number, so they cannot be compared/);
    assert.match(
      f.message,
      /format the target as times \(mm:ss\), or type the values as plain numbers in the same unit/,
    );
  });

  it('"1:15" in a ratio is not a duration: it stays a note, as before', () => {
    const r = scored(
      [force(['R-1', 'Staff to child ratio', 'Lower', '1:15', '1:12', '1:14', '1:13', '1:15', '1:16', '1:14', '1:13'])],
      {
        quarter: 3,
      },
    );
    assert.equal(pick(r, 'R-1').status, 'data gap');
  });
});
