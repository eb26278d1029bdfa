/** Welsh in two-language cells, as Welsh councils write their tables (helper hunt3). */

/**
 * Words Welsh councils head their columns and write their polarities with (the first word of a half):
 * "Cyf", "Dangosydd", "Targed", "Ch1", "Gwir", "Perfformiad", "Is", "Uwch" … (helper hunt3).
 */
const WELSH_WORDS = new Set(
  (
    'cyf cyfeirnod rhif cod dangosydd dangosyddion mesur mesurau disgrifiad teitl targed targedau nod ch chwarter gwir ' +
    'gwirioneddol canlyniad canlyniadau gwerth perfformiad polaredd statws tuedd cyfeiriad amrywiant chwartel ' +
    'cymharol haen proffil goddefiant blwyddyn llynedd uwch is gwell ebrill mai mehefin gorffennaf awst medi ' +
    'hydref tachwedd rhagfyr ionawr chwefror mawrth'
  ).split(' '),
);

/** A half of a two-language cell that is Welsh: its first word is one Welsh councils use, or "Ch1" … "Ch4". */
export function isWelsh(half: string): boolean {
  const first =
    half
      .toLowerCase()
      .replace(/[^a-z0-9%]+/g, ' ')
      .trim()
      .split(' ')[0] ?? '';
  return WELSH_WORDS.has(first) || /^ch[1-4]$/.test(first);
}
