/** Plain-text tables for the terminal (and Markdown for bench/README.md). */
export type Row = Array<string | number>;

const cell = (v: string | number) => (typeof v === 'number' ? String(v) : v);

export function textTable(head: Row, rows: Row[]): string {
  const all = [head, ...rows].map((r) => r.map(cell));
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}

export function markdownTable(head: Row, rows: Row[]): string {
  const line = (r: Row) => `| ${r.map(cell).join(' | ')} |`;
  return [
    line(head),
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (v: number, digits = 1) => `${v.toFixed(digits)} ms`;
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
