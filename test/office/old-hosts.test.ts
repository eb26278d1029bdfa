/**
 * Hosts below ExcelApi 1.9 (Excel 2019 is at 1.8): no RangeAreas, no getCellProperties, no paused
 * screen updating. The fallback (one range per area, per-cell colour reads) gives the same cells.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';

const AT = () => new Date('2026-11-26T09:00:00Z');

describe('Scoring on a host at ExcelApi 1.8 (in-memory model)', () => {
  it('gives the same cells, formats and sheets as a host with RangeAreas (1.12: neither reads merged areas)', async () => {
    const current = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    const old = modelFromGrids(reportGrids(), { apiVersion: '1.8' });
    await scoreQuarter(current.host, {}, AT);
    await scoreQuarter(old.host, {}, AT);
    assert.deepEqual(snapOfDocument(old.doc), snapOfDocument(current.doc));
  });

  it('scores the same as a current host: only the wording of merged-note findings differs', async () => {
    const current = modelFromGrids(reportGrids());
    const old = modelFromGrids(reportGrids(), { apiVersion: '1.8' });
    const a = await scoreQuarter(current.host, {}, AT);
    const b = await scoreQuarter(old.host, {}, AT);
    assert.deepEqual(b.result.indicators, a.result.indicators);
    assert.deepEqual(b.result.executiveSummary, a.result.executiveSummary);
    const indicatorSheets = (doc: typeof old.doc) => snapOfDocument(doc).filter((s) => s.name.startsWith('P'));
    assert.deepEqual(indicatorSheets(old.doc), indicatorSheets(current.doc));
  });

  it('never calls what 1.8 lacks, and still pauses calculation while writing', async () => {
    const old = modelFromGrids(reportGrids(), { apiVersion: '1.8' });
    await scoreQuarter(old.host, {}, AT);
    const names = new Set(old.syncs.flatMap((s) => s.calls.map((c) => c.name)));
    for (const missing of [
      'Worksheet.getRanges',
      'Range.getCellProperties',
      'Range.setCellProperties',
      'Application.suspendScreenUpdatingUntilNextSync',
      'Range.getMergedAreasOrNullObject',
    ]) {
      assert.equal(names.has(missing), false, missing);
    }
    assert.ok(old.syncs.filter((s) => s.wrote).every((s) => s.calculationSuspended));
    assert.equal(
      old.syncs.some((s) => s.error),
      false,
    );
  });

  it('undoes as exactly as a current host', async () => {
    const old = modelFromGrids(reportGrids(), { apiVersion: '1.8' });
    const before = snapOfDocument(old.doc);
    await scoreQuarter(old.host, {}, AT);
    await undoLastScoring(old.host);
    assert.deepEqual(
      snapOfDocument(old.doc).filter((s) => s.name !== 'Scorecard_State'),
      before,
    );
  });

  it('reads merged areas only where the host has them (ExcelApi 1.13)', async () => {
    const at112 = modelFromGrids(reportGrids(), { apiVersion: '1.12' });
    await scoreQuarter(at112.host, {}, AT);
    assert.equal(
      at112.syncs.some((s) => s.calls.some((c) => c.name === 'Range.getMergedAreasOrNullObject')),
      false,
    );
    const at113 = modelFromGrids(reportGrids(), { apiVersion: '1.13' });
    await scoreQuarter(at113.host, {}, AT);
    assert.equal(
      at113.syncs.some((s) => s.calls.some((c) => c.name === 'Range.getMergedAreasOrNullObject')),
      true,
    );
  });
});
