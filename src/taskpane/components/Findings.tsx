/** The data-quality findings, "Check" first-class and "Note" after, each with its sheet and cell. */
import { Badge, Text } from '@fluentui/react-components';
import type { Finding } from '../../core';

export function Findings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <Text>No findings: nothing to check before the report goes to Cabinet.</Text>;
  return (
    <ol style={{ paddingLeft: 20, margin: 0 }} aria-label="Data-quality findings">
      {findings.map((f, i) => (
        <li key={i} style={{ marginBottom: 8 }}>
          <Badge appearance="tint" color={f.severity === 'warning' ? 'warning' : 'informative'}>{f.severity === 'warning' ? 'Check' : 'Note'}</Badge>{' '}
          <Text size={200}>{f.sheet}!{f.cell}</Text>
          <br />
          <Text>{f.message}</Text>
        </li>
      ))}
    </ol>
  );
}
