/**
 * What the task pane's column-mapping panel shows for the report's layout (issue 13 item 5): under a
 * row of quarter labels, each month column is read as its month, as the reader reads it — the panel
 * showed "Q1" for April, May and June.
 */
import { strict as assert } from 'assert';
import { defaultState, partlyReadTables, prepareRun, type SheetGrid } from '../../src/core';
import { reportGrids } from '../support/golden';
import { MONTHS } from '../support/grids';

/** The report with P6's target header renamed to something the reader does not know. */
function renamedTarget(): SheetGrid[] {
  const grids = reportGrids();
  const p6 = grids.find((g) => g.name === 'P6 Modern Council')!;
  assert.equal(p6.values[2][5], '20/21 Target');
  p6.values[2][5] = 'Aim for the year';
  return grids;
}

describe('The mapping panel on quarter labels over months', () => {
  const grids = renamedTarget();
  const run = prepareRun(grids, defaultState(), { quarter: 3 });
  const [hint] = partlyReadTables(grids, run.model.tables, null, 3);

  it('offers the renamed target header, and only it', () => {
    assert.equal(hint.sheet, 'P6 Modern Council');
    assert.equal(hint.headerRow, 3);
    assert.deepEqual(hint.notUnderstood, ['Aim for the year']);
  });

  it('reads columns H to S as April to March, each under its quarter, not as "Q1" … "Q4"', () => {
    const months = hint.headers.filter((h) => h.column >= 'H' && h.column <= 'S' && h.column.length === 1);
    assert.deepEqual(
      months.map((h) => h.readAs),
      MONTHS,
    );
    assert.deepEqual(
      months.slice(0, 4).map((h) => h.text),
      ['Q1 / April', 'Q1 / May', 'Q1 / June', 'Q2 / July'],
    );
  });

  it('leaves the other columns as they were read', () => {
    const byColumn = Object.fromEntries(hint.headers.map((h) => [h.column, h.readAs]));
    assert.equal(byColumn.B, 'Ref');
    assert.equal(byColumn.F, null);
    assert.equal(byColumn.G, 'Profile');
  });

  it('still reads a quarterly table (no month row) as quarters', () => {
    const quarterly: SheetGrid = {
      name: 'Quarterly',
      values: [
        ['Ref', 'Performance Indicator', 'Polarity', 'Aim for the year', 'Q1', 'Q2', 'Q3'],
        ['Q-1', 'Homes built', 'Higher', 100, 20, 45, 70],
      ],
    };
    const r = prepareRun([quarterly], defaultState(), { quarter: 3 });
    const [h] = partlyReadTables([quarterly], r.model.tables, null, 3);
    assert.deepEqual(
      h.headers.slice(4).map((x) => x.readAs),
      ['Q1', 'Q2', 'Q3'],
    );
  });
});
