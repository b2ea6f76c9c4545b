import type { BenchRow } from './row';

const verdict = (row: BenchRow) =>
  row.informational ? '—' : row.met === null ? 'pending' : row.met ? 'met' : 'MISSED';

/** A Markdown table: readable in a terminal, pasteable into the README as is. */
export function renderTable(rows: BenchRow[]): string {
  const header = ['figure', 'measured', 'baseline / direct', 'target', 'verdict'];
  const lines = rows.map((row) => [row.figure, row.result, row.baseline ?? '—', row.target, verdict(row)]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => (l[c] ?? '').length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const notes = rows.filter((row) => row.note).map((row) => `- ${row.figure}: ${row.note}`);
  return [
    format(header),
    format(widths.map((w) => '-'.repeat(w))),
    ...lines.map(format),
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}
