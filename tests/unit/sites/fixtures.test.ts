// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/sites/index.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/pages');
const URLS: Record<string, string> = {
  zendesk: 'https://acme.zendesk.com/agent/tickets/4821',
  freshdesk: 'https://acme.freshdesk.com/a/tickets/352179',
};

export function loadPage(site: string, file: string, url = URLS[site]) {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(readFileSync(join(ROOT, site, file), 'utf8'));
  return window;
}

for (const site of ['zendesk', 'freshdesk']) {
  const dir = join(ROOT, site);
  let pages: string[] = [];
  try {
    pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  } catch {
    pages = [];
  }
  describe(`${site} fixtures`, () => {
    for (const page of pages) {
      it(`${page} reads exactly what its .expected.json says`, () => {
        const expected = JSON.parse(readFileSync(join(dir, page.replace(/\.html$/, '.expected.json')), 'utf8'));
        const window = loadPage(site, page);
        const url = new URL(URLS[site]);
        const adapter = adapterFor(url.hostname)!;
        const out = adapter.read(window.document as unknown as Document, url);
        expect(out.status).toBe('ticket');
        if (out.status === 'ticket') expect(out.ticket).toEqual(expected);
        window.close();
      });
    }
  });
}
