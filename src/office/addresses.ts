/** Addresses as Office.js gives and takes them. */
import type { Area } from '../core';
import { parseAreaAddress } from '../core';

/**
 * A sheet name as a reference (a link's documentReference) needs it: always quoted. Unquoted, a name
 * that reads as a cell ("P1", "Q3", "FY2021") or in R1C1 ("R2C3") makes the reference point elsewhere
 * or nowhere; quoting is valid for every name (the command line writes links the same way).
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2,'My, sheet'!C3" → areas (commas inside quoted sheet names are not separators). */
export function parseAddressList(address: string): Area[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => parseAreaAddress(p.trim())).filter((a): a is Area => a !== null);
}
