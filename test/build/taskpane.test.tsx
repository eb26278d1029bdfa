/** The task pane renders its title, pickers and buttons (server-side render, no Office needed). */
import { strict as assert } from 'assert';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/components/App';
import { Results } from '../../src/taskpane/components/Counts';
import { scoreWorkbook, type CellValue } from '../../src/core';
import { compactNumberFormats } from '../../src/core/read/number-formats';
import { indicatorRow, STANDARD_HEADER } from '../support/grids';
import { toleranceError } from '../../src/taskpane/use-scorecard';
import { modelFromGrids } from '../support/excel-model/build';
import { reportGrids } from '../support/golden';
import { policeGrids } from '../support/police-pcc';

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
      'Most indicators&#x27; latest quarter',
      'the latest quarter at least half of the indicators with figures have reached',
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

  it("lists each indicator's latest figure as its cell shows it: 02:10, 95.5%, £480,000 (not 0.0015, 0.955, 480000)", () => {
    const s = (seconds: number) => seconds / 86400;
    const values: CellValue[][] = [
      STANDARD_HEADER,
      indicatorRow('FR-01', 'Lower', s(120), [s(125), s(128), s(130)]),
      indicatorRow('CS-02', 'Higher', 0.96, [0.95, 0.951, 0.955]),
      indicatorRow('FN-03', 'Higher', 500000, [470000, 475000, 480000]),
    ];
    const formats = ['mm:ss', '0.0%', '£#,##0'];
    const grid = {
      name: 'Council KPIs',
      values,
      numberFormats: compactNumberFormats(values, (r, c) => (r > 0 && c >= 3 && c <= 12 ? formats[r - 1] : null)),
    };
    const { result } = scoreWorkbook([grid], { quarter: 1 });
    // Listed under Tier 1 so that the lists, rendered closed, hold all three.
    const tier1 = result.indicators.map((i) => i.ref!);
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <Results result={{ ...result, tier1 }} goToIndicator={() => undefined} />
      </FluentProvider>,
    );
    const shown = [...html.matchAll(/Value <!-- -->([^<]*)/g)].map((m) => m[1]);
    for (const figure of ['02:10', '95.5%', '£480,000'])
      assert.ok(shown.includes(figure), `${figure} in ${shown.join(' | ')}`);
  });

  it('shows Not rated as a tile of its own, speaks of the force, and says why Requires improvement is empty', () => {
    const values: CellValue[][] = [
      ['Northshire Police – Force Performance Report'],
      [],
      ['Ref', 'Measure', 'Polarity', 'Target', 'Q1', 'Q2'],
      ['PC1', 'Burglary per 1,000 households', 'Lower', 0.5, 0.6, 0.57],
      ['PC2', 'Hate crime (count)', 'Monitor only', 150, 142, 158],
      ['PC3', 'Repeat victims (count)', 'Lower', null, 40, 38],
    ];
    const { result } = scoreWorkbook([{ name: 'Force Performance', values }], { quarter: 2 });
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <Results result={result} goToIndicator={() => undefined} />
      </FluentProvider>,
    );
    assert.match(html, /data-count="notRated"/);
    assert.match(html, /data-count="noTarget"/);
    assert.match(html, /Q2 [^<]*: whole force|whole <!-- -->force/);
    assert.match(html, /3<!-- --> <!-- -->indicators<!-- --> in all/);
    assert.doesNotMatch(html, /whole council|PIs in all/i);
    // No quartile anywhere: the lists are chosen against target, and say so (fresh user 10).
    assert.match(html, /No indicator has a quartile, so chosen against target/);
  });

  it("counts the force's 38 indicators, not the BCU sheets' 15 breakdowns, and says so in one line", async () => {
    const { result } = scoreWorkbook(await policeGrids({ bcuSheets: true }), { quarter: 2 });
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <Results result={result} goToIndicator={() => undefined} />
      </FluentProvider>,
    );
    assert.match(html, /38<!-- --> <!-- -->indicators<!-- --> in all/);
    assert.doesNotMatch(html, /53<!-- --> <!-- -->indicators/);
    assert.match(
      html,
      /data-testid="area-breakdowns">15 area breakdown rows \(on &#x27;North BCU&#x27;, &#x27;South BCU&#x27; and &#x27;Central BCU&#x27;\) are scored and coloured on their own sheets, not counted here/,
    );
  });

  it("says how Strong performance is chosen and shows each one's quartile: EC-01, 2nd quartile and improving, is listed though 54% below target", () => {
    const values: CellValue[][] = [
      STANDARD_HEADER,
      indicatorRow('EC-01', 'Higher', 300, [100, 110, 115, 120, 130, 136], { quartile: '2nd Quartile' }),
      indicatorRow('EC-02', 'Higher', 100, [95, 96, 97, 99, 100, 101], { quartile: 'Top Quartile' }),
    ];
    const { result } = scoreWorkbook([{ name: 'Economy', values }], { quarter: 2 });
    assert.deepEqual(result.strongPerformance.sort(), ['EC-01', 'EC-02']);
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <Results result={result} goToIndicator={() => undefined} />
      </FluentProvider>,
    ).replace(/<!-- -->/g, '');
    assert.match(html, /1st or 2nd quartile, and direction of travel improving or the same\./);
    assert.match(html, /EC-01 is off target/);
    assert.match(html, /· 2nd Quartile/);
    assert.match(html, /3rd or 4th quartile, and direction of travel worsening or the same\./);
  });
});
