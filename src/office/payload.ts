/**
 * Keeping every request well under Excel on the web's 5 MB cap: a budget per request, the size a call
 * adds to it, and address lists cut to a length Excel accepts.
 */
import type { Area } from '../core';
import { areaAddress } from '../core';

/** What one request may carry: 4 MB, a margin under Excel on the web's 5 MB. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * The longest address list passed to worksheet.getRanges. Excel refuses lists of about 8,200
 * characters and more (office-js issue 5198); 6,000 leaves a margin.
 */
export const ADDRESS_LIMIT = 6000;

/** Framing of one call in a request (ids, names, object path), beyond its arguments. */
export const CALL_OVERHEAD = 120;

/** The bytes a call sends: its arguments as JSON plus framing. */
export function callBytes(args: unknown): number {
  return (args === undefined ? 0 : JSON.stringify(args).length) + CALL_OVERHEAD;
}

/** Areas as comma-separated A1 lists, each at most `limit` characters. */
export function addressChunks(areas: Area[], limit = ADDRESS_LIMIT): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of areas) {
    const address = areaAddress(a);
    if (current && current.length + 1 + address.length > limit) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Rows of a 2D block cut into pieces whose JSON stays under `budget` bytes each. */
export function rowChunks<T>(rows: T[][], budget: number): { offset: number; rows: T[][] }[] {
  const chunks: { offset: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    const bytes = JSON.stringify(row).length + 1;
    if (i > start && size + bytes > budget) {
      chunks.push({ offset: start, rows: rows.slice(start, i) });
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (rows.length > start) chunks.push({ offset: start, rows: rows.slice(start) });
  return chunks;
}
