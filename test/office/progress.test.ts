/**
 * Progress by phase (issue 13 item 6): scoreQuarter tells the task pane each phase as it starts —
 * reading, scoring N sheets, reading the owned cells of N indicators, writing request n of about m —
 * and awaits it (so the pane can paint); the run itself is the same, request for request.
 */
import { strict as assert } from 'assert';
import { scoreQuarter } from '../../src/office/scoring';
import type { ScoringPhase } from '../../src/office/progress';
import { modelFromGrids, gridsOfDocument } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import { reportGrids } from '../support/golden';

const AT = () => new Date('2026-11-26T09:00:00Z');

describe('Progress of a scoring, by phase', () => {
  it('reading, scoring the sheets read, 60 indicators scored, then each write request', async () => {
    const model = modelFromGrids(reportGrids());
    const phases: ScoringPhase[] = [];
    await scoreQuarter(model.host, {}, AT, undefined, async (p) => {
      phases.push(p);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const sheets = gridsOfDocument(modelFromGrids(reportGrids()).doc).length;
    assert.deepEqual(phases.slice(0, 3), [
      { phase: 'reading' },
      { phase: 'scoring', sheets },
      { phase: 'snapshots', indicators: 60 },
    ]);
    const writes = phases.slice(3);
    assert.ok(writes.length >= 1, 'at least one write request');
    writes.forEach((p, i) =>
      assert.deepEqual(p, { phase: 'writing', batch: i + 1, batches: (p as { batches: number }).batches }),
    );
    for (const p of writes)
      assert.ok((p as { batches: number }).batches >= (p as { batch: number }).batch, 'never "3 of 2"');
  });

  it('counts every write request when the budget makes many, the estimate growing if it must', async () => {
    const model = modelFromGrids(reportGrids(), { writeBudget: 64 * 1024 });
    const writes: { batch: number; batches: number }[] = [];
    await scoreQuarter(
      model.host,
      {},
      AT,
      undefined,
      (p) => void (p.phase === 'writing' && writes.push({ batch: p.batch, batches: p.batches })),
    );
    assert.ok(writes.length > 3, `${writes.length} write requests at a 64 KB budget`);
    assert.deepEqual(
      writes.map((w) => w.batch),
      writes.map((_, i) => i + 1),
    );
    assert.ok(writes.every((w) => w.batches >= w.batch));
  });

  it('changes nothing else: the same cells and the same syncs as without it, and the context keeps its own sync', async () => {
    const plain = modelFromGrids(reportGrids());
    await scoreQuarter(plain.host, {}, AT);
    const told = modelFromGrids(reportGrids());
    await scoreQuarter(told.host, {}, AT, undefined, () => undefined);
    assert.deepEqual(snapOfDocument(told.doc), snapOfDocument(plain.doc));
    assert.equal(told.syncs.length, plain.syncs.length);
    // A second run on the same model (a rescore writing nothing) still works: no wrapped sync left behind.
    const again = await scoreQuarter(told.host, {}, AT, undefined, () => undefined);
    assert.equal(again.changed, false);
  });
});
