/** Addresses as Office.js gives and takes them. */
import type { Area } from '../core';
import { parseAreaAddress } from '../core';

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
