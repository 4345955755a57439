/**
 * The agent's draft is checked as they type, in the real CKEditor 5 (Zendesk): the panel shows a gentle note about
 * shouting or sarcasm, and nothing is blocked. Typing is done with the keyboard, as an agent would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, withCkEditor, type Ext } from './harness.ts';

const EDITOR = '[data-ticket-id="4821"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]';

describe('draft check while the agent types', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(async () => ext?.close());

  it('Zendesk: shouting and sarcasm get a note in the panel; a calm rewrite clears it', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/4821';
    ext.serve(url, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    await withCkEditor(page);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="guidance"]').first().waitFor();

    await page.click(EDITOR);
    await page.keyboard.type('COMO YA LE DIJE, ESO NO ES CULPA NUESTRA!!!', { delay: 5 });
    const note = panel.getByTestId('draft-check');
    await note.waitFor({ timeout: 5000 });
    const kinds = await note.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toContain('shouting');
    // nothing was blocked or changed: the editor holds exactly what was typed
    expect(await page.evaluate((sel) => (document.querySelector(sel) as unknown as { ckeditorInstance: { getData(): string } }).ckeditorInstance.getData(), EDITOR)).toContain('COMO YA LE DIJE');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('Entiendo su molestia. Hoy mismo le confirmo la fecha de entrega.', { delay: 5 });
    await note.waitFor({ state: 'detached', timeout: 5000 });
    await panel.close();
    await page.close();
  });
});
