/**
 * The mapping panel and the reader agree on what is not recognised (fresh user 7, a Scottish council's
 * pack: "Unit | 2024/25 | Apr-25 … Mar-26 | Target 2025/26 | Rank (of 32) | Comments"). The panel showed
 * "2024/25" as read while the reader left it unread, so ignoring every drop-down never finished the
 * panel ("Still not recognised: ."). And month headers kept as dates showed as their serials (45748).
 */
import { knownUnscoredHeader } from '../../src/core/read/known-columns';
import { strict as assert } from 'assert';
import { defaultState, partlyReadTables, prepareRun, withSheetMapping, type SheetGrid } from '../../src/core';
import { dateHeaderText } from '../../src/core/read/mapping-hint';

/** 1 April 2025 … 1 March 2026 as Excel keeps them (serials). */
const MONTH_SERIALS = [45748, 45778, 45809, 45839, 45870, 45901, 45931, 45962, 45992, 46023, 46054, 46082];

function councilSheet(name: string): SheetGrid {
  const header = ['Ref', 'Indicator', 'Polarity', 'Unit', '2024/25', ...MONTH_SERIALS, 'Target 2025/26'];
  header.push('Rank (of 32)', 'Status', 'Comments');
  const row = (ref: string, label: string, last: number) => [
    ref,
    label,
    'Higher',
    '%',
    80,
    81,
    82,
    83,
    84,
    85,
    last,
    null,
    null,
    null,
    null,
    null,
    null,
    85,
    12,
    null,
    'On track',
  ];
  return {
    name,
    values: [header, row(`${name[0]}-1`, 'Children seen on time', 86), row(`${name[0]}-2`, 'Reviews held', 70)],
  };
}

describe('The mapping panel and the reader: one notion of "not recognised"', () => {
  const grids = [councilSheet('Children'), councilSheet('Corporate')];
  const run = prepareRun(grids, defaultState(), { quarter: 2 });
  const hints = partlyReadTables(grids, run.model.tables, null, 2);

  it('offers a drop-down for every column the reader left, "2024/25" among them', () => {
    const hint = hints.find((h) => h.sheet === 'Children')!;
    const table = run.model.tables.find((t) => t.sheet === 'Children')!;
    assert.deepEqual(
      [...hint.notUnderstood].sort(),
      table.unrecognised
        .map((u) => u.header)
        .filter((h) => !knownUnscoredHeader(h))
        .sort(),
      "the panel's unrecognised columns are the reader's, but for its comments (known, nothing to map: fresh user 11)",
    );
    assert.ok(hint.notUnderstood.includes('2024/25'));
    assert.equal(hint.headers.find((h) => h.column === 'E')!.readAs, null, 'column E has a drop-down');
  });

  it('finishes once every one is mapped: no table left to map on that sheet', () => {
    const hint = hints.find((h) => h.sheet === 'Children')!;
    const ignore = Object.fromEntries(hint.notUnderstood.map((t) => [t, 'ignore']));
    const mapping = withSheetMapping(null, 'Children', hint.headerRow, ignore);
    const after = prepareRun(grids, defaultState(), { quarter: 2, mapping });
    const left = partlyReadTables(grids, after.model.tables, mapping, 2);
    assert.deepEqual(
      left.map((h) => h.sheet),
      ['Corporate'],
      'the other sheet with the same headers is next',
    );
  });

  it('shows month headers kept as dates as the reader reads them: Apr-25, not 45748', () => {
    const hint = hints.find((h) => h.sheet === 'Children')!;
    const f = hint.headers.find((h) => h.column === 'F')!;
    assert.equal(f.text, 'Apr-25');
    assert.equal(hint.headers.find((h) => h.column === 'Q')!.text, 'Mar-26');
    assert.equal(dateHeaderText(46023), 'Jan-26');
    assert.equal(dateHeaderText('Target'), null);
    assert.equal(dateHeaderText(12), null, 'a small number is no date');
  });
});
