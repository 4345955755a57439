import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, type Ext } from './harness.ts';

const STANDINS = join(ROOT, 'tests/fixtures/editors');

describe('inserting wording into the reply editor (production build, real hostnames)', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => ext?.close());

  it('Zendesk (CKEditor 5 API): the wording lands after the agent’s draft, in the editor’s own data', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/4821';
    ext.serve(url, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: readFileSync(join(STANDINS, 'ckeditor5-standin.js'), 'utf8') });
    const editor = '[data-ticket-id="4821"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]';
    await page.evaluate((sel) => (document.querySelector(sel) as any).ckeditorInstance.setData('<p>Hola María, lo reviso ahora.</p>'), editor);
    // the naive way is lost, as in the real editor
    await page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.focus();
      document.execCommand('insertText', false, ' TYPED BEHIND ITS BACK');
    }, editor);
    await page.waitForTimeout(50);
    expect(await page.evaluate((sel) => (document.querySelector(sel) as any).ckeditorInstance.getData(), editor)).not.toContain('BEHIND');

    const panel = await ext.openPanel(await ext.tabIdOf(page));
    const first = panel.locator('[data-testid="guidance"]').first();
    await first.waitFor();
    const wording = (await first.locator('.wording q').first().textContent())!;
    await first.locator('[data-testid="insert"]').first().click();
    await expect.poll(() => panel.locator('[data-testid="insert-status"]').first().getAttribute('data-state')).toBe('done');
    const data = await page.evaluate((sel) => (document.querySelector(sel) as any).ckeditorInstance.getData(), editor);
    expect(data.indexOf('Hola María, lo reviso ahora.')).toBe(3);
    expect(data.indexOf(wording.replace(/&/g, '&amp;'))).toBeGreaterThan(data.indexOf('Hola María'));
    // only the active ticket's composer got it
    const other = await page.evaluate(() => document.querySelector('[data-ticket-id="4790"] .ck-editor__editable')?.textContent ?? '');
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
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    const first = panel.locator('[data-testid="guidance"]').first();
    await first.waitFor();
    const wording = (await first.locator('.wording q').first().textContent())!;
    await first.locator('[data-testid="insert"]').first().click();
    await expect.poll(() => panel.locator('[data-testid="insert-status"]').first().getAttribute('data-state')).toBe('done');
    const html = await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      return ((el.closest('.fr-box') ?? el.parentElement) as any)['data-froala.editor'].html.get();
    }, editor);
    expect(html.startsWith('<p>Hi Juan, checking now.</p>')).toBe(true);
    expect(html).toContain(wording.replace(/&/g, '&amp;'));
  });
});
