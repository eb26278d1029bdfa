/**
 * Fresh user 14 (a housing association's board pack, "Northvale Homes"), the second set of fixes: what an
 * analyst would say of each, on small workbooks of the same shape.
 */
import { strict as assert } from 'assert';
import { defaultSheetNames, type CellValue, type SheetGrid } from '../../src/core';
import { highlightsSheet, summarySheet } from '../../src/core/plan/summary-sheets';
import { headline } from '../../src/cli/report';
import { byRef, refusal, scored } from '../support/scoring';
import { sheet } from '../support/grids';

const BANNER = 'Northvale Homes — Board Performance Report, Quarter 2 2025/26';
const COVER = sheet('Cover', [
  [BANNER],
  ['Tenant Satisfaction Measures follow the Regulator of Social Housing definitions.'],
]);

/** A TSM table headed "Q1 rolling | Q2 rolling" beside HouseMark's median and upper quartile. */
function tsmSheet(q1 = 'Q1 rolling', q2 = 'Q2 rolling'): SheetGrid {
  const rows: CellValue[][] = [
    [BANNER],
    ['Customer'],
    ['Tenant Satisfaction Measures – tenant perception (rolling survey, 2025/26)'],
    [
      'TSM code',
      'Measure',
      'Good is',
      '2024/25 outturn',
      'Target 2025/26',
      q1,
      q2,
      'HouseMark median 2024/25',
      'HouseMark upper quartile 2024/25',
      'RAG thresholds',
      'RAG',
      'DOT',
      'Comments',
    ],
    [
      'TP01',
      'Overall satisfaction',
      'Higher',
      0.712,
      0.75,
      0.721,
      0.708,
      0.711,
      0.772,
      'Green ≥ 75%, Amber 70–75%, Red < 70%',
      null,
      null,
      '',
    ],
    [
      'TP02',
      'Satisfaction with repairs',
      'Higher',
      0.748,
      0.78,
      0.752,
      0.791,
      0.742,
      0.801,
      'Green ≥ 78%, Amber 74–78%, Red < 74%',
      null,
      null,
      '',
    ],
    [
      'TP05',
      'Home is safe',
      'Higher',
      0.781,
      0.8,
      0.79,
      0.826,
      0.773,
      0.826,
      'Green ≥ 80%, Amber 76–80%, Red < 76%',
      null,
      null,
      '',
    ],
  ];
  return sheet('Customer', rows);
}

/** A monthly table with a HouseMark median only, and a gas safety count with no benchmark. */
function safetySheet(): SheetGrid {
  return sheet('Homes & Safety', [
    [BANNER],
    ['Building safety'],
    [
      'TSM code',
      'Measure',
      'Good is',
      'Target 2025/26',
      'Tolerance',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'HouseMark median 2024/25',
      'RAG',
      'DOT',
    ],
    ['BS01', 'Gas safety checks', 'Higher', 1, 0, 1, 1, 0.999, 1, 0.998, 0.996, 0.999, null, null],
    ['BS02', 'Fire risk assessments', 'Higher', 1, 0, 1, 1, 1, 1, 1, 1, 1, null, null],
    ['GS01', 'Gas certificates outstanding', 'Lower', 0, 0, 0, 2, 0, 1, 4, 3, null, null, null],
    ['VOI01', 'Re-let days', 'Lower', 28, '3 days', 31, 29, 33, 30, 27, 34, 35.2, null, null],
  ]);
}

describe('Fresh user 14 (b): a housing association board pack', () => {
  describe('"Q1 rolling | Q2 rolling" quarter headers', () => {
    it("reads each as its quarter's figure and says so in a Note", () => {
      const r = scored([COVER, tsmSheet()]);
      assert.equal(r.quarter, 'Q2 2025/26');
      assert.equal(byRef(r, 'TP01').latestValue, 0.708, "Q2's rolling figure is the quarter's outturn");
      assert.equal(byRef(r, 'TP01').dot, 'down', "DOT compares Q2's rolling figure with Q1's");
      const note = r.findings.find((f) => /rolling 12-month figure/.test(f.message));
      assert.ok(note, 'a Note says the rolling figures are read as the quarters');
      assert.equal(note.severity, 'info');
      assert.match(
        note.message,
        /^'Customer' columns F and G \("Q1 rolling", "Q2 rolling"\) are read as the figure of the quarter each names/,
      );
    });

    it('reads "Q2 (rolling)" and "Rolling Q1" too', () => {
      const r = scored([COVER, tsmSheet('Rolling Q1', 'Q2 (rolling)')]);
      assert.equal(byRef(r, 'TP02').latestValue, 0.791);
    });

    it('beside the months, a rolling quarter is not held to them (no Check): the months are the figures', () => {
      const s = sheet('S', [
        [
          'Ref',
          'Indicator',
          'Polarity',
          'Target',
          'Apr',
          'May',
          'Jun',
          'Q1 rolling',
          'Jul',
          'Aug',
          'Sep',
          'Q2 rolling',
        ],
        ['A1', 'Satisfaction', 'Higher', 80, 70, 72, 74, 78, 75, 76, 77, 79],
      ]);
      const r = scored([s]);
      assert.equal(byRef(r, 'A1').latestValue, 77, "September's figure");
      assert.ok(!r.findings.some((f) => /rolling/.test(f.message)), 'no Check, no "not recognised"');
    });

    it('a refusal for quarters it cannot read is no "comparison table" for a HouseMark median, and offers the mapping', () => {
      const e = refusal([COVER, tsmSheet('Q1 wave', 'Q2 wave')]);
      assert.doesNotMatch(e.message, /comparison table/);
      assert.match(e.message, /map "Q1 wave" to Q1 and "Q2 wave" to Q2\.$/);
      assert.doesNotMatch(e.message, /"RAG thresholds"/, 'its bands are read, so it is not "not understood"');
      assert.doesNotMatch(e.message, /"Comments"/);
      assert.deepEqual(e.mappingHint?.suggestedMapping, {
        sheets: { Customer: { headerRow: 4, columns: { 'Q1 wave': 'Q1', 'Q2 wave': 'Q2' } } },
      });
    });
  });

  describe('HouseMark median and upper quartile columns', () => {
    it('place each indicator in its quartile, better as its polarity says', () => {
      const r = scored([COVER, tsmSheet()]);
      // TP01 0.708 under the median 0.711, no lower quartile: 3rd or 4th, not guessed.
      assert.equal(byRef(r, 'TP01').quartile, null);
      assert.equal(byRef(r, 'TP01').benchmarkHalf, 'below median');
      assert.equal(byRef(r, 'TP02').quartile, 2, '0.791 is above the median 0.742, under the upper quartile 0.801');
      assert.equal(byRef(r, 'TP05').quartile, 1, 'at the upper quartile is the 1st');
    });

    it('a lower-is-better figure under the median is better than it; a median alone gives half', () => {
      const r = scored([COVER, safetySheet()]);
      assert.equal(
        byRef(r, 'VOI01').benchmarkHalf,
        'above median',
        '34 days against a median of 35.2, lower is better',
      );
      assert.equal(byRef(r, 'BS01').benchmarkHalf, 'below median', '99.6% against a median of 99.9%');
      assert.equal(byRef(r, 'GS01').benchmarkHalf, undefined, 'no benchmark on its row');
      const note = r.findings.find((f) => /benchmarking club's figures/.test(f.message));
      assert.ok(note);
      assert.match(
        note.message,
        /BS01 is worse than the median, and with no quartile's figure on that side to tell the 3rd from the 4th, shown as "Below median"/,
      );
    });

    it('shows "Below median" in the Highlights, not N/A', () => {
      const r = scored([COVER, safetySheet()]);
      const sheetValues = highlightsSheet(r, defaultSheetNames(r.quarterNumber)).values.values.flat();
      assert.ok(sheetValues.includes('Below median'));
    });

    it('no longer names them as not recognised', () => {
      const r = scored([COVER, safetySheet()]);
      assert.ok(!r.findings.some((f) => /not recognised: .*HouseMark/.test(f.message)));
    });
  });

  describe('a formula with no saved result', () => {
    it('outside every table is a Note, not a refusal', () => {
      const money = safetySheet();
      money.values.push([], ['Budget line', 'Annual budget', 'Variance']);
      money.values.push(['Rental income', 48200, null]);
      money.uncalculated = [[money.values.length - 1, 2]];
      const r = scored([COVER, money]);
      const note = r.findings.find((f) => /never saved/.test(f.message));
      assert.ok(note);
      assert.equal(note.severity, 'info');
    });

    it('inside a table the product reads is refused, as before', () => {
      const s = safetySheet();
      s.uncalculated = [[3, 10]];
      assert.match(refusal([COVER, s]).message, /^'Homes & Safety'!K4 holds a formula whose result was never saved/);
    });
  });

  describe('Highlights when some indicators have a quartile and some not', () => {
    it('lists every red worsening one under Requires improvement and none below target as strong', () => {
      const r = scored([COVER, tsmSheet(), safetySheet()]);
      assert.equal(r.organisation, 'housing');
      assert.ok(r.requiresImprovement.includes('GS01'), 'red and worsening, no quartile');
      assert.ok(r.requiresImprovement.includes('BS01'), 'below the median and worsening');
      for (const ref of r.strongPerformance) assert.equal(byRef(r, ref).rag, 'green', `${ref} is on target`);
      const values = highlightsSheet(r, defaultSheetNames(2)).values.values.flat();
      assert.ok(values.some((v) => typeof v === 'string' && /so none below its target is listed here/.test(v)));
    });
  });

  describe('wording', () => {
    it("uses the association's words, closes a cut bracket and counts the rows with their own tolerance", () => {
      const r = scored([COVER, tsmSheet(), safetySheet()]);
      assert.ok(r.findings.every((f) => !/\(rolling survey"/.test(f.message)));
      assert.ok(r.findings.some((f) => /\(rolling survey\)"/.test(f.message)));
      assert.match(headline(r), /scored against a 5% tolerance unless a row gives its own \(\d+ rows\)\.$/);
      const summary = summarySheet(r, defaultSheetNames(2)).values.values.flat();
      assert.ok(summary.includes('Whole association'));
    });
  });

  describe('DOT and Trend with no figures of last year', () => {
    it('says once a table why Trend is blank, and why DOT is first reported at Q1', () => {
      const r = scored([COVER, tsmSheet()], { quarter: 1 });
      const note = r.findings.find((f) => /Trend is blank/.test(f.message));
      assert.ok(note);
      assert.match(note.message, /last year's outturn is the year's figure, not a quarter's/);
      assert.match(note.message, /at Q1, DOT is ■ First reported/);
    });
  });
});
