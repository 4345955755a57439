import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, ROOT, withCkEditor, type Ext } from './harness.ts';

const STANDINS = join(ROOT, 'tests/fixtures/editors');


/** Open the panel for this page's tab, press Insert on the first card's first wording, wait for "done". */
async function insertFirstWording(ext: Ext, page: Page): Promise<string> {
  const panel = await ext.openPanel(await ext.tabIdOf(page));
  const first = panel.locator('[data-testid="guidance"]').first();
  await first.waitFor();
  const wording = (await first.locator('.wording q').first().textContent())!;
  await first.locator('[data-testid="insert"]').first().click();
  await expect.poll(() => panel.locator('[data-testid="insert-status"]').first().getAttribute('data-state')).toBe('done');
  return wording;
}

describe('inserting wording into the reply editor (production build, real hostnames)', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => ext?.close());

  it('Zendesk, with the real CKEditor 5: the wording lands after the agent’s draft, in the editor’s own data', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/4821';
    ext.serve(url, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    // CKEditor 5 from npm made the editor of both composers, as Zendesk does
    await withCkEditor(page);
    const editor = '[data-ticket-id="4821"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]';
    await page.evaluate((sel) => (document.querySelector(sel) as any).ckeditorInstance.setData('<p>Hola María, lo reviso ahora.</p>'), editor);
    // the naive way is lost in CKEditor 5: text written into its DOM is not in its data
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.lastElementChild!.append(document.createTextNode(' WRITTEN BEHIND ITS BACK'));
    }, editor);
    await page.waitForTimeout(100);
    expect(await page.evaluate((sel) => (document.querySelector(sel) as any).ckeditorInstance.getData(), editor)).not.toContain('BEHIND');

    const wording = await insertFirstWording(ext, page);
    const data: string = await page.evaluate((sel) => (document.querySelector(sel) as any).ckeditorInstance.getData(), editor);
    expect(data.startsWith('<p>Hola María, lo reviso ahora.</p>')).toBe(true);
    expect(data.indexOf(wording.replace(/&/g, '&amp;'))).toBeGreaterThan(data.indexOf('Hola María'));
    // only the active ticket's composer got it
    const other: string = await page.evaluate(() => (document.querySelector('[data-ticket-id="4790"] .ck-editor__editable') as any).ckeditorInstance.getData());
    expect(other).not.toContain(wording);
  });

  it('Freshdesk (Froala API): the wording is appended to the draft through the editor instance', async () => {
    const url = 'https://acme.freshdesk.com/a/tickets/352179';
    ext.serve(url, { file: 'freshdesk/ticket-view-2026-08.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: readFileSync(join(STANDINS, 'froala-standin.js'), 'utf8') });
    const editor = '.fr-element.fr-view[contenteditable="true"]';
    await page.evaluate((sel) => ((document.querySelector(sel) as HTMLElement).innerHTML = '<p>Hi Juan, checking now.</p>'), editor);
    const wording = await insertFirstWording(ext, page);
    const html = await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      return ((el.closest('.fr-box') ?? el.parentElement) as any)['data-froala.editor'].html.get();
    }, editor);
    expect(html.startsWith('<p>Hi Juan, checking now.</p>')).toBe(true);
    expect(html).toContain(wording.replace(/&/g, '&amp;'));
  });
});
