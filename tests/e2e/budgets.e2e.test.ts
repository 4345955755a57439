/** Size budgets, read from the production build (dist/): the extension lives in the agent's browser all day. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A page's JS and CSS: the files its HTML loads plus every chunk they import, transitively. */
function pageFiles(html: string): string[] {
  const seen = new Set<string>();
  const text = readFileSync(html, 'utf8');
  const queue = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => resolve(DIST, m[1].replace(/^\//, '')));
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (f.endsWith('.js')) for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) queue.push(resolve(dirname(f), m[1]));
  }
  return [...seen];
}

describe('bundle budgets (gzip)', () => {
  it('content script ≤ 15 KB (and the MAIN-world helper ≤ 3 KB)', () => {
    const content = gz(join(DIST, 'src/content/index.js'));
    const main = gz(join(DIST, 'src/content/main-world.js'));
    console.log(`content script ${content} B gzip, main-world helper ${main} B gzip`);
    expect(content).toBeLessThanOrEqual(15 * 1024);
    expect(main).toBeLessThanOrEqual(3 * 1024);
  });
  it('side panel ≤ 30 KB', () => {
    const files = pageFiles(join(DIST, 'src/ui/sidepanel/index.html'));
    const total = files.reduce((n, f) => n + gz(f), 0);
    console.log(`side panel ${total} B gzip in ${files.length} files`);
    expect(files.length).toBeGreaterThan(1);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });
});
