/**
 * The golden test: the St Helens Q3 2020/21 report's 60 indicators, laid out as the analyst's workbook
 * (title row, quarter row over month row, Tier only on the first row of a block, notes merged across
 * their months, typed DOT and Trend arrows, a Profile column, a Targets sheet), scored for Q3, give
 * exactly expected-q3.json.
 */
import { strict as assert } from 'assert';
import { resultToJson, scoreWorkbook } from '../../src/core';
import { expectedQ3, reportGrids } from '../support/golden';

type Json = Record<string, unknown>;

function scoreJson(grids = reportGrids()): Json {
  return resultToJson(scoreWorkbook(grids).result);
}

function sameNumberOrValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) < 1e-9;
  return actual === expected;
}

/** Every field of every expected indicator, as "REF field: expected X, got Y" lines. */
function indicatorDifferences(json: Json): string[] {
  const got = json.indicators as Json[];
  const out: string[] = [];
  assert.equal(got.length, expectedQ3.indicators.length, 'number of indicators');
  expectedQ3.indicators.forEach((e, i) => {
    const a = got[i];
    for (const [k, v] of Object.entries(e)) {
      if (!sameNumberOrValue(a[k], v))
        out.push(`${e.ref} ${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(a[k])}`);
    }
  });
  return out;
}

function countDifferences(json: Json): string[] {
  const out: string[] = [];
  const priorities = json.priorities as Json[];
  expectedQ3.priorities.forEach((e, i) => {
    for (const [k, v] of Object.entries(e))
      if (priorities[i]?.[k] !== v)
        out.push(`priority ${e.priority} ${k}: expected ${v}, got ${String(priorities[i]?.[k])}`);
  });
  const ex = json.executiveSummary as Json;
  for (const [k, v] of Object.entries(expectedQ3.executiveSummary))
    if (ex[k] !== v) out.push(`executive ${k}: expected ${v}, got ${String(ex[k])}`);
  return out;
}

describe('Golden: St Helens Q3 2020/21 scored from the workbook laid out like the report', () => {
  const json = scoreJson();

  it('is Q3 2020/21 with a 5% tolerance', () => {
    assert.equal(json.quarter, expectedQ3.quarter);
    assert.equal(json.tolerancePct, expectedQ3.tolerancePct);
  });

  it('gives every indicator exactly the expected latest value, target, variance, RAG, status, DOT, Trend and quartile', () => {
    assert.deepEqual(indicatorDifferences(json), []);
  });

  it('gives every priority count table and the executive summary exactly', () => {
    assert.deepEqual(countDifferences(json), []);
  });

  it('lists strong performance, requires improvement and Tier 1 exactly, in workbook order', () => {
    assert.deepEqual(json.strongPerformance, expectedQ3.strongPerformance);
    assert.deepEqual(json.requiresImprovement, expectedQ3.requiresImprovement);
    assert.deepEqual(json.tier1, expectedQ3.tier1);
  });

  it('gives the same with all six tables on one sheet, each under its title row', () => {
    const one = scoreJson(reportGrids({ oneSheet: true }));
    assert.deepEqual(indicatorDifferences(one), []);
    assert.deepEqual(countDifferences(one), []);
    assert.deepEqual(
      (one.priorities as Json[]).map((p) => p.priorityName),
      (json.priorities as Json[]).map((p) => p.priorityName),
    );
  });

  it('names each priority by its table title without the year', () => {
    assert.deepEqual(
      (json.priorities as Json[]).map((p) => p.priorityName),
      [
        'Ensure Children and Young People have a positive start in life',
        'Promote good health, independence and care across our communities',
        'Create safe and strong communities for our residents',
        'Support a strong, diverse and well-connected local economy',
        'Create a green, thriving and vibrant place to be proud of',
        'Be a modern, efficient and effective Council',
      ],
    );
  });

  it('gives the same whether or not the printed variances are typed in', () => {
    assert.deepEqual(indicatorDifferences(scoreJson(reportGrids({ typedVariance: false }))), []);
  });
});
