/**
 * The add-in reads number formats with the values, in the same request (and in the same bands when the
 * workbook is read in bands), and the date system only when a sheet holds dates (issue 8 items 2, 3).
 */
import { strict as assert } from 'assert';
import { abilitiesOf } from '../../src/office/host';
import { readExcelGrids } from '../../src/office/read-workbook';
import { scoreQuarter } from '../../src/office/scoring';
import { numberFormatOf } from '../../src/core';
import { reportGrids } from '../support/golden';
import { modelFromGrids } from '../support/excel-model/build';
import { ExcelModel, ModelDocument } from '../support/excel-model';
import type { CellValue } from '../../src/core/model';
import { months } from '../support/grids';

const HEADER: CellValue[] = ['Ref', 'Performance Indicator', '20/21 Target', ...months(9, { sept: true })];

/** A sheet whose target is typed "5%" and whose monthly values are 0.052 formatted 0.0%. */
function percentDoc(): ModelDocument {
  const doc = modelFromGrids([
    { name: 'P6', values: [HEADER, ['CS-07', 'Council tax collected', '5%', ...Array(9).fill(0.052)]] },
  ]).doc;
  for (let c = 3; c < 12; c++) doc.sheets[0].edit(1, c).numberFormat = '0.0%';
  return doc;
}

/** Month headers stored as dates in the 1904 system (1 Apr 2020 … 1 Dec 2020), formatted mmm-yy. */
function datedDoc(date1904: boolean): ModelDocument {
  const serials = [43922, 43952, 43983, 44013, 44044, 44075, 44105, 44136, 44166].map((s) => s - (date1904 ? 1462 : 0));
  const doc = modelFromGrids([
    {
      name: 'P1',
      values: [
        ['Ref', 'Performance Indicator', '20/21 Target', ...serials],
        ['CS-01', 'Visits', 10, 10, 10, 10, 11, 11, 11, 12, 12, 9],
      ],
    },
  ]).doc;
  for (let c = 3; c < 12; c++) doc.sheets[0].edit(0, c).numberFormat = 'mmm-yy';
  doc.date1904 = date1904;
  return doc;
}

describe('The add-in reads number formats and the date system (in-memory model)', () => {
  it('reads the number formats in the same request as the values: no extra sync', async () => {
    const plain = modelFromGrids(reportGrids());
    await plain.host.run((context) => readExcelGrids(context, abilitiesOf(plain.host)));
    const model = new ExcelModel(percentDoc());
    const book = await model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host)));
    assert.equal(numberFormatOf(book.grids[0], 1, 5), '0.0%');
    assert.equal(numberFormatOf(book.grids[0], 1, 2), null);
    assert.equal(model.syncs.length, plain.syncs.length, 'as many syncs as a workbook without formats');
    assert.ok(
      !model.syncs.some((s) => s.calls.some((c) => c.name === 'Workbook.load')),
      'no date-system read: the workbook has no dates',
    );
  });

  it('reads the number formats in bands too, when the workbook is read in bands', async () => {
    const model = new ExcelModel(percentDoc(), { responseLimit: 1500 });
    const book = await model.host.run((context) => readExcelGrids(context, abilitiesOf(model.host)));
    assert.ok(
      model.syncs.some((s) => s.calls.some((c) => c.name === 'Worksheet.getRangeByIndexes')),
      'read in bands',
    );
    assert.equal(numberFormatOf(book.grids[0], 1, 11), '0.0%');
  });

  it('scores the issue\'s example right: target "5%" against 5.2% stored as 0.052 is +4.00%, green', async () => {
    const model = new ExcelModel(percentDoc());
    const { result } = await scoreQuarter(model.host, { quarter: 3 });
    assert.equal(result.indicators[0].variancePct, 4);
    assert.equal(result.indicators[0].rag, 'green');
  });

  it('a 1904 workbook with date headers: Workbook.use1904DateSystem is read (one small sync) and Q3 is scored, Dec the latest month', async () => {
    const model = new ExcelModel(datedDoc(true));
    const { result } = await scoreQuarter(model.host, {});
    assert.equal(result.quarterNumber, 3);
    assert.equal(result.indicators[0].latestMonth, 'Dec');
    assert.equal(result.indicators[0].variancePct, -10);
    assert.ok(model.syncs.some((s) => s.calls.some((c) => c.name === 'Workbook.load')));
  });

  it('a host without the (preview) date-system API: the 1900 system is assumed, and scoring still works', async () => {
    const model = new ExcelModel(datedDoc(false), { no1904Api: true });
    const { result } = await scoreQuarter(model.host, {});
    assert.equal(result.quarterNumber, 3);
    assert.equal(result.indicators[0].latestMonth, 'Dec');
  });
});
