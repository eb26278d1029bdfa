/** What scoring writes: only the cells it owns, in bulk, coloured as the report's key says. */
import { strict as assert } from 'assert';
import {
  cellAddress,
  defaultState,
  prepareRun,
  type CellValue,
  type PreparedRun,
  type SheetContent,
  type SheetGrid,
} from '../../src/core';
import { reportGrids } from '../support/golden';
import { bigGrids } from '../support/big-workbook';
import { sheet } from '../support/grids';

function owned(run: PreparedRun, sheetName: string, ref: string, header: string, grids: SheetGrid[]) {
  const g = grids.find((x) => x.name === sheetName)!;
  const row = g.values.findIndex((r) => r.includes(ref));
  const col = g.values.find((r) => r.includes(header))!.indexOf(header);
  const patch = run.plan.patches.find((p) => p.sheet === sheetName)!;
  return patch.cells.find((c) => c.row === row && c.col === col);
}

function cellText(content: SheetContent): string[][] {
  return content.values.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

describe('The plan of writes', () => {
  const grids = reportGrids();
  const run = prepareRun(grids, defaultState());
  const P1 = 'P1 Children & Young People';

  it("writes CYP-01's variance as 5.28% on the green fill, and its ↓ in green", () => {
    const v = owned(run, P1, 'CYP-01', '% Variance from Target', grids)!;
    assert.equal(v.value, 0.0528);
    assert.deepEqual(v.format, { numberFormat: '0.00%', fill: 'C6EFCE', fontColor: '006100' });
    const d = owned(run, P1, 'CYP-01', 'DOT', grids)!;
    assert.equal(d.value, '↓');
    assert.deepEqual(d.format, { fontColor: '006100' });
    const q = owned(run, P1, 'CYP-01', 'Comparative Performance', grids)!;
    assert.equal(q.value, null, 'the quartile text stays as typed');
    assert.deepEqual(q.format, { fill: 'FFC7CE', fontColor: '9C0006' });
  });

  it('keeps a typed Trend arrow and colours it; leaves a data gap uncoloured', () => {
    const t = owned(run, 'P6 Modern Council', 'CS-01', 'Trend', grids)!;
    assert.equal(t.value, null);
    assert.deepEqual(t.format, { fontColor: '9C5700' });
    const gap = owned(run, 'P2 Health & Care', 'ASC-20a', '% Variance from Target', grids)!;
    assert.equal(gap.value, '-');
    assert.deepEqual(gap.format, { numberFormat: '0.00%', fill: null, fontColor: null });
  });

  it('owns only the variance, DOT, Trend and quartile cells of indicator rows', () => {
    const ownedHeaders = new Set(['% Variance from Target', 'DOT', 'Trend', 'Comparative Performance']);
    for (const patch of run.plan.patches) {
      const g = grids.find((x) => x.name === patch.sheet)!;
      const header = g.values.find((r) => r.includes('DOT'))!;
      const indicatorRows = new Set(run.result.indicators.filter((i) => i.sheet === patch.sheet).map((i) => i.row));
      for (const c of patch.cells) {
        assert.ok(
          ownedHeaders.has(String(header[c.col])),
          `${patch.sheet}!${cellAddress(c.row, c.col)} is an owned column`,
        );
        assert.ok(indicatorRows.has(c.row), `${patch.sheet}!${cellAddress(c.row, c.col)} is an indicator's row`);
      }
      for (const block of patch.values) {
        block.values.forEach((r, i) => {
          if (r[0] !== null) assert.ok(indicatorRows.has(block.top + i));
        });
      }
    }
  });

  it('makes as many value blocks and format groups for 6,000 indicators as for 60', () => {
    const big = prepareRun(bigGrids(6000), defaultState());
    assert.equal(big.result.indicators.length, 6000);
    for (const p of run.plan.patches) {
      const q = big.plan.patches.find((x) => x.sheet === p.sheet)!;
      assert.equal(q.values.length, p.values.length, `${p.sheet} value blocks`);
      assert.ok(q.formats.length <= 16, `${p.sheet}: ${q.formats.length} distinct formats at most`);
    }
  });

  it('writes the executive summary and the priority tables with the scored counts', () => {
    const summary = cellText(run.plan.sheets[0]);
    const at = summary.findIndex((r) => r[1] === 'Total PIs');
    assert.deepEqual(summary[at + 1].slice(0, 7), ['Whole council', '60', '29', '8', '21', '2', '0']);
    const dot = summary.findIndex((r) => r[1] === 'Total PIs where DOT can be determined');
    assert.deepEqual(summary[dot + 1].slice(0, 5), ['Whole council', '55', '22', '26', '7']);
    const council = summary.filter((r) => r[0] === 'Whole council').pop()!;
    assert.equal(council[1], '60');
    const p1 = summary.find((r) => r[0] === 'Ensure Children and Young People have a positive start in life')!;
    assert.deepEqual(p1.slice(1, 7), ['18', '6', '1', '11', '0', '0']);
  });

  it('lists Tier 1, strong performance and requires improvement with words as well as colours', () => {
    const h = cellText(run.plan.sheets[1]);
    const section = (title: string) => {
      const start = h.findIndex((r) => r[0] === title) + 3;
      const out: string[] = [];
      for (let r = start; r < h.length && h[r][1] !== ''; r++) out.push(h[r][1]);
      return out;
    };
    assert.deepEqual(section('Tier 1 Performance – Q3 2020/21'), run.result.tier1);
    assert.deepEqual(section('Strong performance'), ['CYP-27a', 'CYP-42', 'ASC-17', 'ASC-26', 'G&P-12']);
    assert.equal(section('Requires improvement').length, 14);
    const cs01 = h.find((r) => r[1] === 'CS-01')!;
    assert.deepEqual(cs01.slice(7), ['Within tolerance', '↓ Worsening', '↓ Worsening', '3rd Quartile']);
  });

  it('lists every finding with its sheet and cell', () => {
    const f = cellText(run.plan.sheets[2]);
    const header = f.findIndex((r) => r[0] === '#');
    assert.equal(f.length - header - 1, run.result.findings.length);
    const outlier = f.find((r) => r[4] === 'E&S-25a')!;
    assert.deepEqual(outlier.slice(1, 4), ['Check', P1, 'M9']);
    assert.deepEqual(
      run.plan.sheets[2].links.find((l) => l.cell === 'M9'),
      { row: f.indexOf(outlier), col: 3, sheet: P1, cell: 'M9' },
    );
    const linkFormat = run.plan.sheets[2].formats.find((g) =>
      g.areas.some((a) => a.top <= f.indexOf(outlier) && a.bottom >= f.indexOf(outlier) && a.left === 3),
    );
    assert.equal(linkFormat?.format.underline, true, 'a link looks like one: underlined');
    assert.equal(linkFormat?.format.fontColor, '0563C1');
  });

  it('never writes more into a summary cell than Excel lets a cell hold (32,767 characters)', () => {
    const longNote = `Data collection suspended. ${'The provider has changed its systems. '.repeat(900)}`.slice(
      0,
      32767,
    );
    const longName = `Percentage of ${'households in temporary accommodation '.repeat(900)}`.slice(0, 32767);
    const grids2 = [
      sheet('S', [
        ['Performance Indicator', 'Target', 'Apr', 'May'],
        [longName, 10, longNote, longNote],
      ]),
    ];
    const r = prepareRun(grids2, defaultState(), { quarter: 1 });
    const texts = r.plan.sheets
      .flatMap((s) => s.values.values.flat())
      .filter((v): v is string => typeof v === 'string');
    const longest = Math.max(...texts.map((t) => t.length));
    assert.ok(longest <= 32767, `a text of ${longest} characters`);
    assert.ok(
      texts.some((t) => t.startsWith('Data gap: Data collection suspended') && t.length === 32767 && t.endsWith('…')),
      'a cut text ends in …',
    );
  });

  it('keeps text that looks like a formula as text', () => {
    const grids2 = [
      sheet('S', [
        ['=HYPERLINK("x") priorities'],
        [],
        ['Ref', 'Performance Indicator', 'Target', 'Apr'],
        ['-1', '+Visits', 10, 9],
      ]),
    ];
    const r = prepareRun(grids2, defaultState());
    const texts: CellValue[] = r.plan.sheets
      .flatMap((s) => s.values.values.flat())
      .filter((v) => typeof v === 'string') as string[];
    assert.ok(texts.includes('=HYPERLINK("x") priorities'));
    assert.ok(texts.includes('+Visits'));
    assert.ok(
      r.plan.sheets.every((s) => s.values.values.flat().every((v) => typeof v !== 'object' || v === null)),
      'no formula objects',
    );
  });
});
