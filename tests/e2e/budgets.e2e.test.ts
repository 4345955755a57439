/** Size budgets, read from the production build (dist/): the extension lives in the agent's browser all day. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * A page's JS and CSS: the files its HTML loads plus every chunk they import, transitively (`static`), and the
 * chunks loaded with import() (`lazy`: alternatives such as the playbook of one language, of which one loads).
 */
function pageFiles(html: string): { static: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const text = readFileSync(html, 'utf8');
  const queue = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => resolve(DIST, m[1].replace(/^\//, '')));
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) queue.push(resolve(dirname(f), m[1]));
    for (const m of code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g)) lazy.add(resolve(dirname(f), m[1]));
  }
  return { static: [...seen], lazy: [...lazy].filter((f) => !seen.has(f) && existsSync(f)) };
}

describe('bundle budgets (gzip)', () => {
  it('content script ≤ 15 KB (and the MAIN-world helper ≤ 3 KB)', () => {
    const content = gz(join(DIST, 'src/content/index.js'));
    const main = gz(join(DIST, 'src/content/main-world.js'));
    console.log(`content script ${content} B gzip, main-world helper ${main} B gzip`);
    expect(content).toBeLessThanOrEqual(15 * 1024);
    expect(main).toBeLessThanOrEqual(3 * 1024);
  });
  it('side panel ≤ 30 KB (what it loads: every static file and the largest chunk it loads on demand)', () => {
    const files = pageFiles(join(DIST, 'src/ui/sidepanel/index.html'));
    const fixed = files.static.reduce((n, f) => n + gz(f), 0);
    const lazy = Math.max(0, ...files.lazy.map(gz));
    const total = fixed + lazy;
    console.log(`side panel ${total} B gzip: ${files.static.length} files ${fixed} B + the largest of ${files.lazy.length} on-demand chunks ${lazy} B`);
    expect(files.static.length).toBeGreaterThan(1);
    expect(files.lazy.length).toBe(2); // the two playbooks: only the panel's language is loaded
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });
});
