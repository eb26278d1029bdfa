/**
 * Polarity written as the abbreviations council performance teams use (helper layouts6, docs/workbook.md
 * "Layouts hunted", session 13): "HIB" (higher is better) and "LIB" (lower is better), also dotted
 * ("H.I.B."), under a header "HIB/LIB" or "Polarity". They were not read: the header was not understood
 * and higher was taken as better for every row, so 12 days to re-let against a target of 10 under "LIB"
 * was green, +20%.
 *
 * Pure: the polarity cell's text, lower-cased with punctuation turned into spaces (values.ts polarityOf),
 * in; 'higher', 'lower' or null out.
 */
export function abbreviatedPolarity(text: string): 'higher' | 'lower' | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === 'hib' || compact === 'hisb') return 'higher';
  if (compact === 'lib' || compact === 'lisb') return 'lower';
  return null;
}
