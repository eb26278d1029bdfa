/** The whole-council counts after scoring, in words and numbers. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { CountTable } from '../../core';

export function Counts({ counts, tolerancePct }: { counts: CountTable; tolerancePct: number }) {
  const rows: [string, number][] = [
    ['On target', counts.onTarget],
    [`Within ${tolerancePct}% of target`, counts.withinTolerance],
    ['Off target', counts.offTarget],
    ['Data gaps', counts.dataGaps],
    ['No target', counts.noTarget],
    ['Total PIs', counts.total],
    ['DOT improving', counts.dotImproving],
    ['DOT worsening', counts.dotWorsening],
    ['DOT same', counts.dotSame],
  ];
  return (
    <Table size="small" aria-label="Whole-council counts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Whole council</TableHeaderCell>
          <TableHeaderCell>PIs</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([label, n]) => (
          <TableRow key={label}>
            <TableCell>{label}</TableCell>
            <TableCell>{n}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
