/**
 * Fresh user 7's Scottish council workbook (test/support/scottish-council.ts: six service sheets, 41
 * indicators, LGBF codes, Quarter 2 2025/26), on the command line and in the add-in alike: what the
 * analyst found misleading, most misleading first (docs/workbook.md, "Fresh-user check 7").
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import type { ScoreResult } from '../../src/core';
import { scoreOnBothFrontEnds } from '../support/both-front-ends';
import { scottishCouncilXlsx, type CouncilEdit } from '../support/scottish-council';
import { scorecard } from '../support/xlsx-cli';
import { folderForEachTest } from '../support/xlsx-fixtures';

describe('Fresh user 7 (a Scottish council, LGBF), on the command line and in the add-in alike', function () {
  this.timeout(180000);
  const { at } = folderForEachTest();

  async function bothOn(edits: CouncilEdit[] = []) {
    fs.writeFileSync(at('council.xlsx'), await scottishCouncilXlsx(edits));
    const both = await scoreOnBothFrontEnds(at('council.xlsx'), at);
    const scores = (r: ScoreResult) => r.indicators.map((i) => [i.ref, i.status, i.variancePct, i.rag, i.quartile]);
    assert.deepEqual(scores(both.cli), scores(both.addIn.result), 'the same scores');
    assert.deepEqual(both.cli.findings, both.addIn.result.findings, 'the same findings');
    assert.deepEqual(both.cli.executiveSummary, both.addIn.result.executiveSummary, 'the same counts');
    return both;
  }
  const results = (both: Awaited<ReturnType<typeof bothOn>>) =>
    [
      ['command line', both.cli],
      ['add-in', both.addIn.result],
    ] as const;
  const pick = (r: ScoreResult, ref: string) => r.indicators.find((i) => i.ref === ref)!;

  it('"94" typed into a 0.0% target cell (9400.0%) is 94%, not −99% red; "1" in a 0.00% cell is 1%, not +99.02% green — with a Check each', async () => {
    const both = await bothOn([
      { sheet: 'Children & Families', ref: 'CF01', header: 'Target 2025/26', value: 94, numFmt: '0.0%' },
      { sheet: 'Housing & Building', ref: 'HSN2', header: 'Annual target', value: 1, numFmt: '0.00%' },
    ]);
    for (const [who, r] of results(both)) {
      assert.deepEqual(
        [pick(r, 'CF01').periodTarget, pick(r, 'CF01').variancePct, pick(r, 'CF01').rag],
        [0.94, -0.43, 'amber'],
        `${who}: was −99%, red`,
      );
      assert.deepEqual(
        [pick(r, 'HSN2').periodTarget, pick(r, 'HSN2').variancePct],
        [0.01, 2],
        `${who}: was +99.02%, green`,
      );
      const check = r.findings.find((f) => f.ref === 'CF01' && /9,400%/.test(f.message))!;
      assert.equal(check.severity, 'warning', who);
      assert.match(check.message, /94 typed into a cell formatted as a percentage.*so it is read as 94%/, who);
    }
  });

  it('"Rank (of 32)" is read as the quartile it falls in: rank 4 of 32 is the 1st quartile, never the 4th', async () => {
    const both = await bothOn();
    for (const [who, r] of results(both)) {
      assert.equal(pick(r, 'SW5').quartile, 1, `${who}: rank 4 of 32`);
      assert.equal(pick(r, 'CHN1').quartile, 2, `${who}: rank 14 of 32`);
      assert.equal(pick(r, 'CORP6b').quartile, 4, `${who}: rank 27 of 32`);
      assert.equal(pick(r, 'SW8').quartile, 4, `${who}: rank 29 of 32`);
      assert.equal(pick(r, 'ECON1').quartile, 2, `${who}: its Quartile column, not "LGBF rank"`);
      assert.ok(!r.findings.some((f) => f.kind === 'quartile-spelling'), `${who}: ranks are no quartile spellings`);
    }
  });

  it('the analyst\'s mapping of "Rank (of 32)" and "LGBF rank" to the quartile reads ranks; a rank with no N mapped so is refused in one sentence', async () => {
    fs.writeFileSync(at('council.xlsx'), await scottishCouncilXlsx());
    fs.writeFileSync(
      at('map.json'),
      JSON.stringify({ columns: { 'Rank (of 32)': 'quartile', 'LGBF rank': 'quartile', Comments: 'ignore' } }),
    );
    const ran = await scorecard([
      'score',
      at('council.xlsx'),
      '-o',
      at('m.xlsx'),
      '--json',
      at('m.json'),
      '--map',
      at('map.json'),
    ]);
    assert.equal(ran.code, 0, ran.stderr);
    const r = JSON.parse(fs.readFileSync(at('m.json'), 'utf8')) as ScoreResult;
    assert.equal(pick(r, 'SW5').quartile, 1, 'rank 4 of 32 was the 4th quartile');
    assert.equal(pick(r, 'ENV6').quartile, 1, 'rank 6 of 32');
    fs.writeFileSync(at('map2.json'), JSON.stringify({ columns: { 'Family group position': 'quartile' } }));
    const refused = await scorecard(['score', at('council.xlsx'), '-o', at('n.xlsx'), '--map', at('map2.json')]);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /"Family group position" holds a rank, not a quartile, and is mapped to the quartile: rank 4 would be read as the 4th quartile\. Say among how many it ranks in its header, such as "Rank \(of 32\)"/,
    );
    assert.ok(!fs.existsSync(at('n.xlsx')), 'no output file');
  });

  it('findings, statuses and counts say the same: CF03 ("n/a" target) No target, CORP7 Not rated, EN03 ("TBC", no figure) a data gap', async () => {
    const both = await bothOn();
    for (const [who, r] of results(both)) {
      assert.equal(pick(r, 'CF03').status, 'no target', who);
      assert.equal(pick(r, 'EN03').status, 'data gap', who);
      const e = r.executiveSummary;
      const count = (s: string) => r.indicators.filter((i) => i.status === s).length;
      assert.deepEqual(
        [e.noTarget, e.notRated, e.dataGaps, e.onTarget, e.withinTolerance, e.offTarget],
        [
          count('no target'),
          count('not rated'),
          count('data gap'),
          count('on target'),
          count('within tolerance'),
          count('off target'),
        ],
        `${who}: each status counted under its own word`,
      );
      assert.equal(e.noTarget, 1, `${who}: CF03`);
      const en03 = r.findings.find((f) => f.ref === 'EN03' && /TBC/.test(f.message))!;
      assert.match(en03.message, /with no figure this year either, it is counted under "Data gaps"\.$/, who);
      const cf03 = r.findings.filter((f) => f.ref === 'CF03').map((f) => f.message);
      assert.ok(
        cf03.every((m) => !/Not rated/.test(m)),
        `${who}: ${cf03.join(' | ')}`,
      );
    }
  });

  it('annual LGBF measures ("Annual LGBF" in Comments, no 2025/26 figure) are not yet due, not 13 data gaps; the rest with no figure get one Check per table', async () => {
    const both = await bothOn();
    for (const [who, r] of results(both)) {
      for (const ref of ['CHN1', 'CHN11', 'CORP4', 'HSN3', 'HSN5', 'ENV2a', 'ECON7', 'SW1'])
        assert.equal(pick(r, ref).status, 'not due', `${who}: ${ref}`);
      assert.equal(pick(r, 'CHN4').status, 'data gap', `${who}: "Annual (SQA results Aug)" is due in Q2`);
      assert.equal(r.executiveSummary.total, 33, `${who}: 41 less the 8 not yet due`);
      const note = r.findings.find((f) => f.ref === 'CORP4' && f.kind === 'annual-not-due')!;
      assert.match(
        note.message,
        /^CORP4: its comment "Annual LGBF" is read as its frequency: reported annually, due in Q4/,
      );
      const check = r.findings.find((f) => f.kind === 'no-figure-this-year' && /ENV7a/.test(f.message))!;
      assert.equal(check.severity, 'warning', who);
      assert.match(
        check.message,
        /^ENV7a, EN03: no figure this year at all, so they are counted as data gaps\. .*"Frequency" column/,
      );
      assert.ok(
        r.findings.some((f) => f.kind === 'no-figure-this-year' && f.ref === 'ECON2'),
        who,
      );
      assert.ok(!r.findings.some((f) => f.kind === 'no-figure-this-year' && /HB01|HSN1b/.test(f.message)), who);
    }
  });

  for (const sept of [null, '-'])
    it(`CS01's September ${sept === null ? 'blank' : '"-"'} after August's 92%: August's figure is Q2's, with a Check`, async () => {
      // Its comment ("Sept figure not yet available …") is read as what September says (a Note): without it,
      // the month says nothing.
      const both = await bothOn([
        { sheet: 'Corporate', ref: 'CS01', header: '2025-09', value: sept },
        { sheet: 'Corporate', ref: 'CS01', header: 'Comments', value: null },
      ]);
      for (const [who, r] of results(both)) {
        assert.deepEqual([pick(r, 'CS01').latestMonth, pick(r, 'CS01').latestValue], ['Aug', 0.92], who);
        const check = r.findings.find((f) => f.ref === 'CS01' && f.kind === 'carried-within-quarter')!;
        assert.equal(check.severity, 'warning', `${who}: it was scored green with nothing said`);
        assert.equal(
          check.message,
          "CS01: no Sept figure yet; Aug's 92% is scored and counted as the Q2 figure. Type the missing figure when it is in.",
        );
      }
    });

  it('Strong performance lists ECON1 (2nd quartile, improving) though it is 54.67% below target, and says why', async () => {
    const both = await bothOn();
    for (const [who, r] of results(both)) assert.ok(r.strongPerformance.includes('ECON1'), `${who}: the report's rule`);
    for (const snap of [both.cliSnap, both.addInSnap]) {
      const highlights = snap.find((s) => s.name === both.addIn.sheets.highlights)!;
      const texts = Object.values(highlights.cells).map((c) => String(c.value));
      assert.ok(
        texts.some((t) =>
          t.endsWith(
            "Listed for comparison with other authorities, whatever the performance against target (the report's rule): ECON1 is off target.",
          ),
        ),
      );
    }
  });

  it('points tolerance applies to percentages only: CORP6a\'s sickness days (Unit "Days") 0.66 against 0.55 are −20%, red, not "within 2 points"', async () => {
    fs.writeFileSync(at('council.xlsx'), await scottishCouncilXlsx());
    const ran = await scorecard([
      'score',
      at('council.xlsx'),
      '-o',
      at('p.xlsx'),
      '--json',
      at('p.json'),
      '--tolerance',
      '2',
      '--tolerance-mode',
      'points',
    ]);
    assert.equal(ran.code, 0, ran.stderr);
    const r = JSON.parse(fs.readFileSync(at('p.json'), 'utf8')) as ScoreResult;
    assert.deepEqual(
      [pick(r, 'CORP6a').variancePct, pick(r, 'CORP6a').rag],
      [-20, 'red'],
      'was amber "within tolerance"',
    );
    assert.deepEqual(
      [pick(r, 'CF01').rag, pick(r, 'CF02').rag],
      ['amber', 'red'],
      'percentages in points: 0.4 and 2.5 points short',
    );
    assert.ok(
      r.findings.some((f) => f.kind === 'points-not-percent' && /^Not percentages: CORP6a, CORP6b\./.test(f.message)),
    );
    // No Unit column on the quarterly sheets: a name whose subject is days is not a percentage either.
    assert.ok(
      r.findings.some((f) => f.kind === 'points-not-percent' && /^Not percentages: HSN4b\b/.test(f.message)),
      'Average days to complete non-emergency repairs',
    );
    assert.ok(!r.findings.some((f) => f.kind === 'points-not-percent' && /CF02|CS01|ENV6/.test(f.message)));
  });

  it('a workbook named .xls (an .xlsx renamed) is refused plainly, not written as "f7.xls-scored.xlsx"', async () => {
    fs.writeFileSync(at('f7.xls'), await scottishCouncilXlsx());
    const ran = await scorecard(['score', at('f7.xls')]);
    assert.equal(ran.code, 1);
    assert.match(ran.stderr, /is named \.xls, the old Excel format, but holds an \.xlsx workbook: save it as \.xlsx/);
    assert.ok(!fs.existsSync(at('f7.xls-scored.xlsx')));
  });
});
