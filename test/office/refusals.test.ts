/**
 * Problems an analyst can meet give one plain sentence and change nothing: a protected sheet the plan
 * writes to, a locked workbook structure, an Excel too old for the add-in, a workbook with no
 * indicator table, a damaged state sheet.
 */
import { strict as assert } from 'assert';
import { scoreQuarter, undoLastScoring } from '../../src/office/scoring';
import { plainMessage } from '../../src/office/problems';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { snapOfDocument } from '../support/excel-model/snapshot';
import type { ExcelModel } from '../support/excel-model';

async function refusal(model: ExcelModel, act: (m: ExcelModel) => Promise<unknown>): Promise<string> {
  const before = JSON.stringify(snapOfDocument(model.doc));
  model.clearLog();
  let message = '';
  try {
    await act(model);
    assert.fail('expected a refusal');
  } catch (e) {
    message = plainMessage(e);
  }
  assert.equal(
    model.syncs.some((s) => s.wrote),
    false,
    'no request wrote anything',
  );
  assert.equal(JSON.stringify(snapOfDocument(model.doc)), before, 'the workbook is unchanged');
  return message;
}

describe('Refusing plainly and changing nothing (in-memory model)', () => {
  it('a protected indicator sheet', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.sheet('P2 Health & Care')!.protected = true;
    const msg = await refusal(model, (m) => scoreQuarter(m.host));
    assert.match(msg, /^The sheet 'P2 Health & Care' is protected, .*Unprotect it .* Nothing was changed\.$/);
  });

  it('a protected workbook structure', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.structureProtected = true;
    const msg = await refusal(model, (m) => scoreQuarter(m.host));
    assert.match(msg, /structure is protected/);
  });

  it('a protected sheet found at undo', async () => {
    const model = modelFromGrids(reportGrids());
    await scoreQuarter(model.host);
    model.doc.sheet('P4 Economy')!.protected = true;
    const msg = await refusal(model, (m) => undoLastScoring(m.host));
    assert.match(msg, /'P4 Economy' is protected/);
  });

  it('an Excel older than ExcelApi 1.7 (Excel 2016 without updates)', async () => {
    const model = modelFromGrids(reportGrids(), { apiVersion: '1.6' });
    const msg = await refusal(model, (m) => scoreQuarter(m.host));
    assert.match(msg, /too old for Performance Scorecard.*Excel 2019 or later/);
    assert.equal(model.syncs.length, 0, 'not even a read');
  });

  it("a workbook with no indicator table: the core's message as it is", async () => {
    const model = modelFromGrids([{ name: 'Sheet1', values: [['Budget'], ['Staff', 12]] }]);
    const msg = await refusal(model, (m) => scoreQuarter(m.host));
    assert.match(msg, /table/i);
    assert.doesNotMatch(msg, /unexpected/);
  });

  it('a tolerance out of range', async () => {
    const model = modelFromGrids(reportGrids());
    const msg = await refusal(model, (m) => scoreQuarter(m.host, { tolerancePct: 150 }));
    assert.match(msg, /between 0 and 100/);
  });

  it('a state sheet written by an unknown version', async () => {
    const model = modelFromGrids([
      ...reportGrids(),
      { name: 'Scorecard_State', values: [['format', 'performance-scorecard-state/9']] },
    ]);
    const msg = await refusal(model, (m) => scoreQuarter(m.host));
    assert.match(msg, /newer or unknown version/);
  });

  it('Excel busy with a cell being edited', async () => {
    const model = modelFromGrids(reportGrids());
    model.doc.cellEditMode = true;
    const msg = await refusal(model, (m) => scoreQuarter(m.host));
    assert.match(msg, /^Excel is busy while a cell is being edited\. Press Enter or Esc .* then try again\.$/);
  });

  it("an unexpected failure is reported as one, not dressed up as the analyst's fault", () => {
    assert.match(
      plainMessage(new TypeError('x is undefined')),
      /^Performance Scorecard hit an unexpected problem and stopped: x is undefined$/,
    );
  });
});
