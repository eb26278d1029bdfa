/**
 * Fresh user 15's collection rates on both front ends (rules/earlier-target.ts): Q1 has no target of its own,
 * so no DOT is worked out, and the officer's own ↓ (in blue) stays as typed — on the command line and in the
 * add-in alike, with the same findings.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { scoreOnBothFrontEnds, seen } from '../support/both-front-ends';
import { folderForEachTest, xlsxFromGrids } from '../support/xlsx-fixtures';

describe("A district's collection rates with a Q2 profile: the officer's DOT kept on both front ends (fresh user 15)", function () {
  this.timeout(120000);
  const { at } = folderForEachTest();

  it("RB04 and RB05 keep the officer's ↓ on both, neither front end writes ↑ or says the officer is wrong", async () => {
    fs.writeFileSync(
      at('district.xlsx'),
      await xlsxFromGrids([
        {
          name: 'Resources',
          values: [
            ['Ref', 'Indicator', 'Polarity', 'Q1', 'Q2', 'Q2 target', 'Annual target', 'DOT', 'RAG'],
            ['RB04', 'Council Tax collected (%)', 'Higher is better', 28.9, 56.1, 56.8, 97.8, '↓', 'Amber'],
            ['RB05', 'Business rates (NNDR) collected (%)', 'Higher is better', 31.2, 58.0, 59.5, 98.5, '↓', 'Amber'],
          ],
        },
      ]),
    );
    const { cli, cliSnap, addIn, addInSnap } = await scoreOnBothFrontEnds(at('district.xlsx'), at, ['--quarter', 'Q2']);
    for (const [who, snap] of [
      ['command line', cliSnap],
      ['add-in', addInSnap],
    ] as const)
      for (const cell of ['H2', 'H3']) assert.deepEqual(seen(snap, 'Resources', cell).value, '↓', `${who} ${cell}`);
    for (const r of [cli, addIn.result]) {
      assert.deepEqual(
        r.indicators.map((i) => i.dot),
        [null, null],
      );
      assert.equal(r.findings.filter((f) => f.kind === 'typed-dot-disagrees').length, 0);
    }
    assert.deepEqual(cli.findings, addIn.result.findings);
  });
});
