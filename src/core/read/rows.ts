/** Reading one indicator's row of a table. */
import type { IndicatorRow, IndicatorTable, PeriodValue } from '../model';
import type { GridView } from './grid';
import type { HeaderBand } from './header-band';
import {
  cellText,
  isBlank,
  parseDirection,
  parsePolarity,
  parseProfile,
  parseQuartile,
  parseTargetCell,
  parseTolerance,
  parseTypedVariance,
  readNumber,
  readPeriodValue,
} from './values';
import { withNumberFormats } from './number-formats';

export function readIndicatorRow(grid: GridView, table: IndicatorTable, band: HeaderBand, r: number, tier: number | null): IndicatorRow {
  const col = table.columns;
  const at = (c: number | undefined) => (c === undefined ? null : grid.raw(r, c));

  const polarityRaw = at(col.polarity);
  const targetRaw = at(col.target);
  const target = parseTargetCell(targetRaw);
  const annualTarget = target.value;
  // The polarity cell says which way is better; where it says nothing, a target written with a
  // comparator ("≥ 95%", "less than 5") does (issue 7).
  const fromCell = parsePolarity(polarityRaw);
  const fromTarget = fromCell === null && (col.polarity === undefined || isBlank(polarityRaw)) ? target.polarity ?? null : null;
  const polarity = fromCell ?? fromTarget;
  const profileRaw = at(col.profile);
  const profile = parseProfile(profileRaw);
  const toleranceRaw = at(col.tolerance);
  const tolerance = isBlank(toleranceRaw) ? null : parseTolerance(toleranceRaw);
  const quartileRaw = at(col.quartile);
  const quartile = parseQuartile(quartileRaw);

  const periods: PeriodValue[] = table.monthColumns.map((c) => (c === null ? { kind: 'empty' } : readPeriod(grid, r, c)));
  const lastYear: (number | null)[] = Array(12).fill(null);
  band.lastYearQuarterColumns.forEach((c, q) => {
    if (c !== null) lastYear[q * 3 + 2] = readNumber(grid.raw(r, c));
  });
  // Last year's period columns of the table itself ("Q1 2019/20 … | Q1 2020/21 …"): for Trend and DOT.
  const hasPreviousYear = band.previousYearColumns.some((c) => c !== null);
  const previousYear: PeriodValue[] = band.previousYearColumns.map((c) => (c === null ? { kind: 'empty' } : readPeriod(grid, r, c)));
  previousYear.forEach((p, m) => {
    if (p.kind === 'number' && lastYear[m] === null) lastYear[m] = p.value;
  });

  const refText = col.ref === undefined ? '' : cellText(grid.shown(r, col.ref));
  const dotRaw = at(col.dot);
  const trendRaw = at(col.trend);
  const varianceRaw = at(col.variance);
  return withNumberFormats(grid, {
    sheet: grid.name,
    row: r,
    ref: refText === '' ? null : refText,
    name: cellText(grid.shown(r, col.name ?? 0)),
    tier,
    polarity: polarity ?? 'higher',
    polarityProblem: polarity === null ? cellText(polarityRaw) : null,
    polaritySource: fromCell !== null ? 'cell' : fromTarget !== null ? 'target' : 'assumed',
    annualTarget,
    targetText: annualTarget === null && !/^[-–—]?$/.test(cellText(targetRaw)) ? cellText(targetRaw) : null,
    ...(target.none ? { noTargetStated: true } : {}),
    ...(target.polarity ? { targetPolarity: { polarity: target.polarity, text: cellText(targetRaw) } } : {}),
    outturnPrevYear: readNumber(at(col.outturn)),
    profile: profile ?? 'flat',
    profileProblem: profile === null ? cellText(profileRaw) : null,
    tolerancePct: tolerance,
    toleranceProblem: tolerance === null && !isBlank(toleranceRaw) ? cellText(toleranceRaw) : null,
    periods,
    periodColumns: [...table.monthColumns],
    lastYear,
    ...(hasPreviousYear ? { previousYear } : {}),
    ...(band.previousYearTargetColumn !== null ? { previousYearTarget: parseTargetCell(grid.raw(r, band.previousYearTargetColumn)).value } : {}),
    typedVariance: { raw: varianceRaw, value: parseTypedVariance(varianceRaw) },
    typedDot: { raw: dotRaw, value: parseDirection(dotRaw) },
    typedTrend: { raw: trendRaw, value: parseDirection(trendRaw) },
    quartile: quartile ?? null,
    quartileText: isBlank(quartileRaw) ? null : cellText(quartileRaw),
  }, col.target, col.outturn);
}

/** A period cell; a blank cell inside a merged note (e.g. across a quarter) carries the note. */
function readPeriod(grid: GridView, r: number, c: number): PeriodValue {
  const raw = grid.raw(r, c);
  if (isBlank(raw) && grid.mergeOf(r, c)) {
    const shown = readPeriodValue(grid.shown(r, c));
    return shown.kind === 'note' ? shown : { kind: 'empty' };
  }
  return readPeriodValue(raw);
}
