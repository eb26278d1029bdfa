/**
 * A Targets sheet row found by ref on sheets holding the same refs, one per subsidiary
 * (read/parallel-targets.ts): where the subsidiaries give the ref targets of their own that differ, the one
 * row is not every subsidiary's. Kingfisher HA's repairs on time, 90.4 against its own 92, was scored
 * against Riverside's Targets row ending on 90: +0.44%, green.
 */
import { strict as assert } from 'assert';
import { scoreWorkbook, type CellValue, type IndicatorScore, type ScoreResult, type SheetGrid } from '../../src/core';
import { housingPack } from '../support/housing-kpi-pack';

const KINGFISHER = 'Kingfisher HA';

/** The pack with Kingfisher's RP02 target set to `target`, and a Targets sheet row for RP02. */
function pack(target: number, targets: CellValue[]): SheetGrid[] {
  const grids = housingPack();
  const king = grids.find((g) => g.name === KINGFISHER)!;
  king.values.find((r) => r[0] === 'RP02')![3] = target;
  return [
    ...grids,
    {
      name: 'Targets',
      values: [
        ['Ref', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['RP02', ...targets],
      ],
    },
  ];
}

const scored = (grids: SheetGrid[]): ScoreResult => scoreWorkbook(grids, { quarter: 3 }).result;
const rp02 = (r: ScoreResult, sheet: string): IndicatorScore =>
  r.indicators.find((i) => i.sheet === sheet && i.ref === 'RP02')!;
const checks = (r: ScoreResult) => r.findings.filter((f) => f.kind === 'targets-sheet-not-own');

describe('A Targets sheet row on one sheet per subsidiary, whose own targets differ (read/parallel-targets.ts)', () => {
  it("Kingfisher's 90.4 against its own 92 is not scored against Riverside's Targets row ending on 90 (was +0.44%, green): not rated, a Check", () => {
    const r = scored(pack(92, [88, 89, 90, 90]));
    const king = rp02(r, KINGFISHER);
    assert.deepEqual([king.status, king.variancePct, king.rag], ['not rated', null, null]);
    const f = checks(r);
    assert.equal(f.length, 1);
    assert.equal(f[0].sheet, KINGFISHER);
    assert.equal(
      f[0].message,
      "RP02: the Targets sheet has one row for this ref (row 2), read for every sheet holding it, but those sheets' own targets differ and its March target of 90 is the target of 'Riverside Homes' and 'Riverside Living'; this sheet's own target is 92, so the Targets sheet's month targets are not used here and it is not rated (no variance or RAG colour), counted under \"Not rated\". " +
        'Give each sheet its month targets in its own table ("Q1 Target" … "Q4 Target" columns), take RP02 off the Targets sheet, and score again.',
    );
  });

  it("the Riverside sheets, whose target the row ends on, are scored against it as before: 90.4 against Q3's 90, green", () => {
    const r = scored(pack(92, [88, 89, 90, 90]));
    for (const sheet of ['Riverside Homes', 'Riverside Living']) {
      const s = rp02(r, sheet);
      assert.deepEqual([s.periodTarget, s.variancePct, s.rag], [90, 0.44, 'green'], sheet);
    }
  });

  it('a Targets row with no March target cannot be told whose: none of the sheets with differing targets is rated against it', () => {
    const r = scored(pack(92, [88, 89, 90, null]));
    for (const sheet of ['Riverside Homes', 'Riverside Living', KINGFISHER])
      assert.equal(rp02(r, sheet).status, 'not rated', sheet);
    assert.match(checks(r)[0].message, /it gives no March target to tell whose it is/);
  });

  it('subsidiaries that agree on the target share the Targets row, as before: no Check', () => {
    const r = scored(pack(90, [88, 89, 91, 90]));
    for (const sheet of ['Riverside Homes', 'Riverside Living', KINGFISHER]) {
      const s = rp02(r, sheet);
      assert.deepEqual([s.periodTarget, s.rag], [91, 'amber'], sheet);
    }
    assert.deepEqual(checks(r), []);
  });
});
