/**
 * The Note on a "Target to date" column (findings/target-to-date.ts; session 13's scale work, item 4): its
 * example figures are written as the target cell shows them, a percentage's 0.988 as 98.8%.
 */
import { strict as assert } from 'assert';
import type { SheetGrid } from '../../src/core/model';
import { compactNumberFormats } from '../../src/core/read/number-formats';
import { scored } from '../support/scoring';

describe('The target-to-date Note writes its example as the workbook shows it', function () {
  this.timeout(60000);

  it("rent collected, its targets formatted as percentages: the Note says 98.8% against the year's 99.5%, not 0.988 and 0.995", () => {
    const values = [
      ['Ref', 'Indicator', 'Polarity', 'Target', 'Target to date', 'Q1', 'Q2'],
      ['FIN03', 'Rent collected', 'Higher', 0.995, 0.988, 0.985, 0.991],
    ];
    const grid: SheetGrid = {
      name: 'Money',
      values,
      merges: [],
      numberFormats: compactNumberFormats(values, (r, c) => (r === 1 && c >= 3 ? '0.0%' : null)),
    };
    const r = scored([grid], { quarter: 2 });
    const note = r.findings.find((f) => f.message.includes('("Target to date") gives'));
    assert.ok(note, 'a Note on the target to date');
    assert.match(note.message, /FIN03 against 98\.8%, where its annual target gives 99\.5%/);
  });
});
