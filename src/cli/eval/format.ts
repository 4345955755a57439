/** Plain-text table rendering for the evaluation report. */

export type Align = 'l' | 'r';

/** Display width: counts code points, so "✗", "—" and "→" take one column. */
const width = (s: string) => [...s].length;
const pad = (s: string, w: number, a: Align) => (a === 'r' ? ' '.repeat(Math.max(0, w - width(s))) + s : s + ' '.repeat(Math.max(0, w - width(s))));

export function table(headers: string[], rows: string[][], align: Align[] = [], indent = '  '): string {
  const all = [headers, ...rows];
  const cols = Math.max(...all.map((r) => r.length));
  const w = Array.from({ length: cols }, (_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) => indent + r.map((cell, c) => pad(cell ?? '', w[c]!, align[c] ?? 'l')).join('  ').trimEnd();
  const rule = (indent + w.map((x, c) => (headers[c] ? '-'.repeat(x) : ' '.repeat(x))).join('  ')).trimEnd();
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export const num = (x: number | null | undefined, digits = 3): string => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
export const pct = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${(x * 100).toFixed(digits)}%`);
export const snippet = (text: string, max = 160): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cps = [...flat];
  return cps.length > max ? cps.slice(0, max).join('') + '…' : flat;
};
