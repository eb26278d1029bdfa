/**
 * Header recognition: what a header cell's text means, by name, case- and space-insensitive
 * (SPEC §2). Also reads the names an analyst's column mapping uses.
 */
import { FIELDS, type ColumnRole, type Field } from '../model';
import { MONTH_NAMES, monthOfDateSerial, parseMonthLabel, parseQuarterLabel } from '../periods';
import { normaliseText } from './values';
import type { CellValue, QuarterNumber } from '../model';

/** Header words for each field, after normalising (lower case, single spaces, no trailing "?"/":"). */
const FIELD_PATTERNS: [Field, RegExp][] = [
  ['ref', /^(ref|ref\.|reference|ref no|ref number|reference number|reference no|code|pi ref|pi reference|pi code|kpi ref|indicator ref|measure ref|id)$/],
  ['name', /^(performance indicator|indicator|indicator name|measure|measure name|kpi|kpi name|pi|pi name|performance measure|description|indicator description)$/],
  ['polarity', /^(higher ?\/ ?lower is better|higher or lower is better|higher ?\/ ?lower|is higher or lower better|polarity|good is|good performance is|better is|direction of improvement)$/],
  ['outturn', /^((\d{2}\/\d{2}|\d{4}\/\d{2}|\d{4}-\d{2}) outturn|outturn|previous year outturn|last year outturn|prior year outturn|baseline)$/],
  ['target', /^((\d{2}\/\d{2}|\d{4}\/\d{2}|\d{4}-\d{2}) target|target|annual target|target \d{2}\/\d{2}|target \d{4}\/\d{2}|year end target|year-end target|yearly target)$/],
  ['variance', /^(% variance from target|% variance|variance from target|variance %|% variance to target|variance to target|% var|variance)$/],
  ['dot', /^(dot|d\.o\.t\.?|direction of travel|direction)$/],
  ['trend', /^(trend|12 month trend|12-month trend|annual trend|trend \(same quarter last year\))$/],
  ['quartile', /^(comparative performance|comparator performance|quartile|comparator quartile|comparative quartile|benchmark quartile|comparative)$/],
  ['tier', /^(tier|pi tier)$/],
  ['profile', /^(profile|target profile|profiling)$/],
  ['tolerance', /^(tolerance|tolerance %|% tolerance|amber tolerance|amber threshold)$/],
  ['status', /^(status|rag|rag status|rag rating|performance vs\.? target|performance against target)$/],
];

export function normaliseHeader(v: CellValue): string {
  return normaliseText(v).replace(/[?:*]+$/g, '').trim();
}

/**
 * What a header cell says, or null when it is not a header this product knows. A number is a month
 * when it is a date (Excel turns "Apr-20" typed in a header into 1 April 2020).
 */
export function recogniseHeader(v: CellValue): ColumnRole | null {
  if (typeof v === 'number') {
    const month = monthOfDateSerial(v);
    return month ? { kind: 'month', month } : null;
  }
  const h = normaliseHeader(v);
  if (h === '') return null;
  for (const [field, re] of FIELD_PATTERNS) if (re.test(h)) return { kind: 'field', field };
  const ly = /^(?:last year|previous year|prior year|same quarter last year|ly)\s*(?:q|qtr|quarter)\s*([1-4])$/.exec(h)
    ?? /^(?:q|qtr|quarter)\s*([1-4])\s*(?:last year|previous year|prior year)$/.exec(h);
  if (ly) return { kind: 'lastYearQuarter', quarter: Number(ly[1]) as QuarterNumber };
  const month = parseMonthLabel(h);
  if (month) return { kind: 'month', month };
  const quarter = parseQuarterLabel(h);
  if (quarter) return { kind: 'quarter', quarter };
  return null;
}

/**
 * What a mapping value names: "target", "Dec", "Q3", "Last year Q3", "ignore".
 * Null when it names nothing the product knows.
 */
export function parseMappingTarget(value: string): ColumnRole | null {
  const t = value.trim();
  if (/^ignore$/i.test(t)) return { kind: 'ignore' };
  const field = FIELDS.find((f) => f.toLowerCase() === t.toLowerCase());
  if (field) return { kind: 'field', field };
  return recogniseHeader(t);
}

/** What the analyst sees for a role, e.g. in "found Ref, Target, Apr…Dec". */
export function describeRole(role: ColumnRole): string {
  switch (role.kind) {
    case 'field':
      return FIELD_LABELS[role.field];
    case 'month':
      return MONTH_NAMES[role.month - 1];
    case 'quarter':
      return `Q${role.quarter}`;
    case 'lastYearQuarter':
      return `Last year Q${role.quarter}`;
    case 'ignore':
      return 'ignored';
  }
}

export const FIELD_LABELS: Record<Field, string> = {
  tier: 'Tier',
  ref: 'Ref',
  name: 'Performance Indicator',
  polarity: 'Higher / Lower is better?',
  outturn: 'Previous year outturn',
  target: 'Target',
  profile: 'Profile',
  tolerance: 'Tolerance',
  variance: '% Variance from Target',
  status: 'Status',
  dot: 'DOT',
  trend: 'Trend',
  quartile: 'Comparative Performance',
};
