/**
 * The no-change digest keeps the scoring's result with its lists of records written as columns
 * (src/xlsx/package/json-tables.ts, issue 10): packed, through JSON and unpacked, it is the value as
 * JSON gives it back — the same fields in the same order — whatever the value.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { packJson, unpackJson } from '../../src/xlsx/package/json-tables';
import { scoreWorkbook } from '../../src/core';
import { reportGrids } from '../support/golden';

const roundTrip = (v: unknown) => unpackJson(JSON.parse(JSON.stringify(packJson(v))));
const asJson = (v: unknown) => JSON.stringify(v);

describe('Lists of records written as columns for the no-change digest (issue 10)', () => {
  it('any JSON value comes back as JSON gives it, fields in the same order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        assert.equal(asJson(roundTrip(v)), asJson(v));
      }),
      { numRuns: 300 },
    );
  });

  it('lists of records of varying fields, repeated texts, nested records and the marks themselves come back', () => {
    const record = fc.dictionary(
      fc.constantFrom('ref', 'sheet', 'rag', 'previous', '\u0000t', '\u0000d', '\u0000o', '1', '__proto__'),
      fc.oneof(
        fc.constantFrom('red', 'amber', 'green', null, 3, 'P1 Children & Young People'),
        fc.record({ month: fc.constantFrom('Sep', 'Dec'), value: fc.integer() }, { requiredKeys: [] }),
        fc.string(),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(record, fc.array(record, { minLength: 4, maxLength: 12 })), { maxLength: 12 }),
        (v) => {
          assert.equal(asJson(roundTrip(v)), asJson(v));
          assert.equal(asJson(roundTrip({ rows: v })), asJson({ rows: v }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the St Helens report's result is the same after a round trip, and its JSON less than half as long", () => {
    const { result } = scoreWorkbook(reportGrids(), { quarter: 3, tolerancePct: 5 });
    assert.deepEqual(roundTrip(result), JSON.parse(JSON.stringify(result)));
    assert.equal(asJson(roundTrip(result)), asJson(result));
    assert.ok(JSON.stringify(packJson(result)).length * 2 < JSON.stringify(result).length);
  });
});
