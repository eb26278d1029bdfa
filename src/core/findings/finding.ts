/** Building findings: where they point and how they read. */
import type { Direction, Finding, FindingKind } from '../model';
import { cellAddress } from '../a1';
import { SYMBOL } from '../plan/styles';

export function finding(kind: FindingKind, severity: Finding['severity'], sheet: string, row: number, col: number, ref: string | null, message: string): Finding {
  return { kind, severity, sheet, cell: cellAddress(row, col), ref, message };
}

/** Characters of the analyst's own text a finding quotes; the cell it links to holds the rest. */
const QUOTED_CHARS = 100;

/** The analyst's text in quotes, its start only when it is long: "Data collection suspended …". */
export function quote(text: string): string {
  const chars = [...text];
  return chars.length <= QUOTED_CHARS ? `"${text}"` : `"${chars.slice(0, QUOTED_CHARS).join('').trimEnd()}…"`;
}

/** How an indicator is named in a sentence: "CS-01", or its name when it has no ref. */
export function who(row: { ref: string | null; name: string }): string {
  return row.ref ?? quote(row.name);
}

const DIRECTION_WORD: Record<Direction, string> = {
  up: 'improving',
  down: 'worsening',
  same: 'the same',
  first: 'first reported',
};

export function arrowAndWord(d: Direction): string {
  return `${SYMBOL[d]} (${DIRECTION_WORD[d]})`;
}

/** A figure as an analyst writes it: 1,350,000; 19.3; 0.27. */
export function figure(n: number): string {
  const rounded = Number(n.toPrecision(12));
  return rounded.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

export function percent(n: number): string {
  const s = n.toFixed(2);
  return `${s.startsWith('-') ? '−' + s.slice(1) : s}%`;
}
