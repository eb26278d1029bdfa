/** Welsh in two-language cells, as Welsh councils write their tables (helper hunt3). */

/**
 * The Welsh words Welsh councils head their columns with, and the English heading each stands for: the
 * table the header reader translates a Welsh heading by ("Amlder" → "frequency", "Gwirioneddol Ch1" →
 * "actual q1"). Source: the Welsh Government's term bank, TermCymru (termau.cymru), and the bilingual
 * headings of Welsh councils' performance reports and Data Cymru's Public Accountability Measures tables
 * ("Targed / Target", "Canlyniad / Outturn", "Chwartel / Quartile", "Safle / Rank"). Fresh-user check 13: a
 * Welsh unitary council's "Amlder / Frequency", "Sylwadau / Notes" and "% Amrywiant / % Variance" were not
 * read, so five annual PAMs counted as data gaps and "Cumulative year to date" in the Notes was ignored.
 * Lower case; a word at a time, so "Gwirioneddol Ch1" reads "actual q1" and "Targed 2025/26" "target 2025/26".
 */
export const WELSH_HEADING_WORDS: readonly (readonly [welsh: string, english: string])[] = [
  ['cyf', 'ref'],
  ['cyfeirnod', 'reference'],
  ['cod', 'code'],
  ['dangosydd', 'indicator'],
  ['dangosyddion', 'indicator'],
  ['mesur', 'measure'],
  ['disgrifiad', 'description'],
  ['targed', 'target'],
  ['targedau', 'target'],
  ['gwirioneddol', 'actual'],
  ['gwir', 'actual'],
  ['canlyniad', 'outturn'],
  ['amlder', 'frequency'],
  ['sylwadau', 'notes'],
  ['sylwebaeth', 'commentary'],
  ['amrywiant', 'variance'],
  ['cyfeiriad', 'direction'],
  ['tuedd', 'trend'],
  ['chwartel', 'quartile'],
  ['safle', 'rank'],
  ['polaredd', 'polarity'],
  ['statws', 'status'],
  ['haen', 'tier'],
  ['proffil', 'profile'],
  ['goddefiant', 'tolerance'],
  ['chwarter', 'quarter'],
  ['ch1', 'q1'],
  ['ch2', 'q2'],
  ['ch3', 'q3'],
  ['ch4', 'q4'],
  ['ebrill', 'april'],
  ['mai', 'may'],
  ['mehefin', 'june'],
  ['gorffennaf', 'july'],
  ['awst', 'august'],
  ['medi', 'september'],
  ['hydref', 'october'],
  ['tachwedd', 'november'],
  ['rhagfyr', 'december'],
  ['ionawr', 'january'],
  ['chwefror', 'february'],
  ['mawrth', 'march'],
  ['blynyddol', 'annual'],
  ['cymru', 'wales'],
];

const ENGLISH_OF = new Map(WELSH_HEADING_WORDS.map(([w, e]) => [w, e]));

/**
 * Words Welsh councils head their columns and write their polarities with (the first word of a half):
 * "Cyf", "Dangosydd", "Targed", "Ch1", "Gwir", "Perfformiad", "Is", "Uwch" … (helper hunt3), and every word
 * of `WELSH_HEADING_WORDS`.
 */
const WELSH_WORDS = new Set([
  ...(
    'cyf cyfeirnod rhif cod dangosydd dangosyddion mesur mesurau disgrifiad teitl targed targedau nod ch chwarter gwir ' +
    'gwirioneddol canlyniad canlyniadau gwerth perfformiad polaredd statws tuedd cyfeiriad amrywiant chwartel ' +
    'cymharol haen proffil goddefiant blwyddyn llynedd uwch is gwell ebrill mai mehefin gorffennaf awst medi ' +
    'hydref tachwedd rhagfyr ionawr chwefror mawrth cyd cyfartaledd misol chwarterol'
  ).split(' '),
  ...ENGLISH_OF.keys(),
]);

/** A half's words, lower case, without punctuation; "%" and figures ("% Amrywiant", "2025/26 Targed") passed over. */
function words(half: string): string[] {
  return half
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && w !== '%' && !/^\d+$/.test(w));
}

/** A half of a two-language cell that is Welsh: its first word is one Welsh councils use, or "Ch1" … "Ch4". */
export function isWelsh(half: string): boolean {
  const first = words(half)[0] ?? '';
  return WELSH_WORDS.has(first) || /^ch[1-4]$/.test(first);
}

/** The two halves of a two-language cell ("Targed / Target", "Dangosydd\nIndicator"), or null. */
export function twoLanguageHalves(text: string): [string, string] | null {
  const halves = text.split(/\s+\/\s+|\s*[\r\n]+\s*/).filter((x) => x.trim() !== '');
  return halves.length === 2 ? [halves[0], halves[1]] : null;
}

/**
 * A Welsh heading in English, a word at a time by `WELSH_HEADING_WORDS` ("Amlder" → "frequency",
 * "Gwirioneddol Ch1" → "actual q1", "% Amrywiant" → "% variance", "Targed 2025/26" → "target 2025/26").
 * Null unless every word is in the table (figures, years and "%" pass as they are): "Cyfartaledd Cymru" is
 * no heading this product knows.
 */
export function welshHeadingInEnglish(text: string): string | null {
  const out: string[] = [];
  let translated = false;
  for (const token of text.trim().split(/\s+/)) {
    const w = token.toLowerCase().replace(/[^a-z0-9]+/g, '');
    const english = ENGLISH_OF.get(w);
    if (english !== undefined) {
      out.push(english);
      translated = true;
    } else if (w === '' || /^\d/.test(w) || /^[(%]/.test(token)) out.push(token);
    else return null;
  }
  return translated ? out.join(' ') : null;
}

/**
 * A header as an English-reading analyst names it: the English half of a two-language header ("Sylwadau /
 * Notes" and "Notes / Sylwadau" → "Notes"), a Welsh heading translated ("Sylwadau" → "notes"), else the
 * header as it is. For the readers that find a column by its header's words (the Notes, the Unit …).
 */
export function headerInEnglish(header: string): string {
  const halves = twoLanguageHalves(header);
  if (halves) {
    const [a, b] = halves;
    if (isWelsh(a) && !isWelsh(b)) return b;
    if (isWelsh(b) && !isWelsh(a)) return a;
    return header;
  }
  return welshHeadingInEnglish(header) ?? header;
}
