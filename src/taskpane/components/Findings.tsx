/**
 * The data-quality findings: Checks first, then Notes, each grouped by kind and counted; every finding a
 * button that activates its sheet and selects its cell. Checks are open; Notes start folded.
 */
import { Subtitle2, Text } from '@fluentui/react-text';
import { SEVERITY_WORDS, organisationWords, type Finding, type ScoreResult } from '../../core';

/**
 * Group names a kind's own words would mislead with (fresh user 11): "Polarity assumed" held a
 * "Contextual" polarity's Note (nothing assumed), "Text in value" a target cell's "N/A".
 */
const KIND_NAMES: Record<string, string> = {
  'polarity-assumed': 'Higher / Lower (polarity)',
  'text-in-value': 'Text where a number belongs',
};

/** "typed-dot-disagrees" → "Typed DOT disagrees"; a few kinds by the name in KIND_NAMES. */
export function kindWords(kind: string): string {
  if (KIND_NAMES[kind]) return KIND_NAMES[kind];
  const words = kind.split('-').map((w) => (['dot', 'ref', 'rag', 'ytd'].includes(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function byKind(findings: Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  return [...groups];
}

export function Findings({
  findings,
  goTo,
  organisation,
}: {
  findings: Finding[];
  goTo: (sheet: string, cell: string) => void;
  /** Whose workbook it is (the result's): a council's findings are checked before Cabinet, others' before the report goes out. */
  organisation?: ScoreResult['organisation'];
}) {
  if (findings.length === 0) {
    return (
      <>
        <Subtitle2 as="h2">Findings</Subtitle2>
        <Text>No findings: nothing to check {organisationWords({ organisation }).before}.</Text>
      </>
    );
  }
  const severities: Finding['severity'][] = ['warning', 'info'];
  return (
    <section aria-label="Findings" className="findings">
      <Subtitle2 as="h2">Findings ({findings.length})</Subtitle2>
      {severities.map((sev) => {
        const list = findings.filter((f) => f.severity === sev);
        if (list.length === 0) return null;
        const title = `${SEVERITY_WORDS[sev]}s`;
        return (
          <details key={sev} open={sev === 'warning'} className={`severity ${sev}`} data-severity={sev}>
            <summary>
              {title} ({list.length})
            </summary>
            {byKind(list).map(([kind, group]) => (
              <details key={kind} open={sev === 'warning'} className="kind" data-kind={kind}>
                <summary>
                  {kindWords(kind)} ({group.length})
                </summary>
                <ul>
                  {group.map((f, i) => (
                    <li key={i}>
                      <button type="button" className="finding" onClick={() => goTo(f.sheet, f.cell)}>
                        <span className="where">
                          {f.sheet}!{f.cell}
                          {f.ref ? ` · ${f.ref}` : ''}
                        </span>
                        <span className="what">{f.message}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </details>
        );
      })}
    </section>
  );
}
