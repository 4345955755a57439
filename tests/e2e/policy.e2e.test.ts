/**
 * IT-managed policy and team policy files, in real Chromium:
 *  - a policy file in /etc/chromium/policies/managed/ (where Debian's Chromium reads machine policy on Linux) gives
 *    the pinned extension id (manifest `key`) a "3rdparty" policy that sets and locks a limit; the options page
 *    shows that field disabled, with the managed value, as set by the organisation;
 *  - import/export round-trips in the options page; a bad file is refused naming the field, settings unchanged.
 * The policy file is removed in afterAll. Without write access to /etc/chromium the managed part is skipped.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendZendeskMessage, DIST, launch, type Ext } from './harness.ts';

/** sha256 of the manifest key's public key, first 32 hex digits mapped to a–p (docs/deployment.md). */
export const PINNED_ID = 'fmalahimlcnoimmbhigmgleohejjfjib';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'calma-test.json');
const OPTIONS = `chrome-extension://${PINNED_ID}/src/ui/options/index.html`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function policyWritable(): string | null {
  try {
    const parent = existsSync(POLICY_DIR) ? POLICY_DIR : existsSync('/etc/chromium') ? '/etc/chromium' : '/etc';
    accessSync(parent, constants.W_OK);
    if (existsSync(POLICY_FILE)) return `${POLICY_FILE} already exists (not ours): refusing to overwrite it`;
    return null;
  } catch {
    return `cannot write ${POLICY_DIR} (run as root to test managed policy)`;
  }
}
const skipReason = policyWritable();
if (skipReason) console.warn(`[policy.e2e] managed-policy tests skipped: ${skipReason}`);

const field = (page: Page, path: string) => page.locator(`#f-${path.replace(/\./g, '-')}`);
const storedSettings = (ext: Ext) => ext.sw.evaluate(async () => (await chrome.storage.local.get('calma:settings'))['calma:settings'] ?? null);

describe.skipIf(!!skipReason)('IT-managed policy (chrome.storage.managed from /etc/chromium/policies/managed)', () => {
  let ext: Ext;
  /** directories this test created, deepest first, removed afterwards */
  const created: string[] = [];
  beforeAll(async () => {
    for (let d = POLICY_DIR; !existsSync(d); d = dirname(d)) created.push(d);
    mkdirSync(POLICY_DIR, { recursive: true });
    const policy = {
      '3rdparty': {
        extensions: {
          [PINNED_ID]: {
            version: 2,
            limits: { time: { ticketMinutes: 45 }, hostility: { messages: 2 }, complexity: { messages: 30 } },
            bounds: { complexity: { messages: { min: 20, max: 60 } } },
            locked: ['limits.time.ticketMinutes', 'limits.hostility.messages'],
          },
        },
      },
    };
    writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
    ext = await launch();
  });
  afterAll(async () => {
    try {
      await ext?.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
      for (const d of created) {
        try {
          rmdirSync(d); // only when empty
        } catch {
          /* something else was put there meanwhile: leave it */
        }
      }
    }
  });

  it('the extension id is the pinned one (manifest key)', () => {
    expect(ext.extensionId).toBe(PINNED_ID);
    expect(JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).key).toBeTruthy();
  });

  it('storage.managed holds the policy', async () => {
    await expect
      .poll(() => ext.sw.evaluate(async () => chrome.storage.managed.get()), { timeout: 10_000 })
      .toMatchObject({ version: 2, limits: { time: { ticketMinutes: 45 } }, locked: ['limits.time.ticketMinutes', 'limits.hostility.messages'] });
  });

  it('the options page shows the locked limit disabled with the managed value, set by the organisation', async () => {
    const page = await ext.context.newPage();
    await page.goto(OPTIONS);
    const input = field(page, 'limits.time.ticketMinutes');
    await expect.poll(() => input.inputValue()).toBe('45');
    expect(await input.isDisabled()).toBe(true);
    const box = page.locator('[data-field="limits.time.ticketMinutes"]');
    expect(await box.getAttribute('data-locked')).toBe('true');
    expect(await box.locator('[data-testid="locked-note"]').innerText()).toContain('Set by your organisation');
    expect(await page.locator('[data-testid="org-policy"]').isVisible()).toBe(true);
    expect(await field(page, 'limits.hostility.messages').inputValue()).toBe('2');
    expect(await field(page, 'limits.hostility.messages').isDisabled()).toBe(true);
    // an unlocked policy value replaces the default but stays editable
    expect(await field(page, 'limits.complexity.messages').inputValue()).toBe('30');
    expect(await field(page, 'limits.complexity.messages').isDisabled()).toBe(false);
    // the team's range narrows the input
    expect(await field(page, 'limits.complexity.messages').getAttribute('max')).toBe('60');
    await page.close();
  });

  it('the agent cannot move the locked limit: an import that tries keeps the organisation’s value', async () => {
    const page = await ext.context.newPage();
    await page.goto(OPTIONS);
    await field(page, 'limits.time.ticketMinutes').waitFor();
    await page.locator('#import-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 2, limits: { time: { ticketMinutes: 10 } } })) });
    await expect.poll(() => page.locator('[data-testid="notice"]').getAttribute('data-kind')).toBe('ok');
    expect(await field(page, 'limits.time.ticketMinutes').inputValue()).toBe('45');
    expect(await field(page, 'limits.time.ticketMinutes').isDisabled()).toBe(true);
    await page.close();
  });

  it('crossing the locked limit in a conversation brings the escalation card, naming the limit and by how much', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/4821';
    ext.serve(url, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(url);
    const panel = await ext.openPanel(await ext.tabIdOf(page));
    await panel.locator('[data-testid="guidance"]').first().waitFor();
    // the ticket has one hostile customer message; a second one reaches the organisation's limit of two
    await appendZendeskMessage(page, '4821', { id: '990101', text: 'Sois unos incompetentes, todos.' });
    const card = panel.locator('[data-testid="guidance"][data-situation="escalation"]');
    await card.waitFor({ timeout: 5000 });
    await card.locator('summary').click();
    const limit = card.locator('[data-testid="limit-crossed"] [data-limit="hostility.messages"]');
    await limit.waitFor({ timeout: 5000 });
    expect(await limit.innerText()).toMatch(/2 \(your limit: 2\)|2 \(tu límite: 2\)/);
    await panel.close();
    await page.close();
  });
});

describe('team policy file: import and export in the options page', () => {
  let ext: Ext;
  let page: Page;
  beforeAll(async () => {
    ext = await launch();
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    await field(page, 'limits.time.ticketMinutes').waitFor();
  });
  afterAll(async () => ext?.close());

  const team = {
    version: 2,
    profile: { language: 'es', channel: 'messaging' },
    limits: { hostility: { messages: 4, window: 8, anger: 0.8 }, time: { ticketMinutes: 25, requesterMinutes: 90 }, complexity: { messages: 50, reopenings: 3, issues: 4 } },
    bounds: { time: { ticketMinutes: { min: 10, max: 40 } } },
    retentionDays: 14,
    lexicon: { es: [{ category: 'insult', term: 'patatero', weight: 0.7, exceptions: ['patatero oficial'], note: 'jerga del equipo' }] },
  };
  const importText = (name: string, text: string) => page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('a valid file is applied', async () => {
    await importText('team.json', JSON.stringify(team));
    await expect.poll(() => page.locator('[data-testid="notice"]').getAttribute('data-kind')).toBe('ok');
    expect(await field(page, 'limits.time.ticketMinutes').inputValue()).toBe('25');
    expect(await field(page, 'limits.time.ticketMinutes').getAttribute('max')).toBe('40');
    expect(await field(page, 'profile.language').inputValue()).toBe('es');
    const stored = (await storedSettings(ext)) as typeof team;
    expect(stored.limits.time.ticketMinutes).toBe(25);
    expect(stored.lexicon.es[0].term).toBe('patatero');
  });

  it('export gives back the same settings, and importing the export changes nothing', async () => {
    const before = await storedSettings(ext);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export"]').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toEqual(before);
    await importText('calma-settings.json', text);
    await expect.poll(() => page.locator('[data-testid="notice"]').innerText()).toContain('calma-settings.json');
    expect(await storedSettings(ext)).toEqual(before);
  });

  const bad: [string, string, string][] = [
    ['malformed JSON', '{"version": 2, "limits": {', '(file)'],
    ['out-of-range value', JSON.stringify({ version: 2, limits: { time: { ticketMinutes: 9999 } } }), 'limits.time.ticketMinutes'],
    ['wrong type', JSON.stringify({ version: 2, retentionDays: 'forever' }), 'retentionDays'],
    ['unknown field', JSON.stringify({ version: 2, limits: { mood: {} } }), 'limits.mood'],
    ['newer version', JSON.stringify({ version: 9 }), 'version'],
  ];
  for (const [name, text, fieldName] of bad) {
    it(`a bad file (${name}) is refused naming ${fieldName}; settings unchanged`, async () => {
      const before = await storedSettings(ext);
      await importText(`bad-${name.replace(/\W+/g, '-')}.json`, text);
      const n = page.locator('[data-testid="notice"]');
      await expect.poll(() => n.getAttribute('data-kind')).toBe('error');
      expect(await n.getAttribute('data-field')).toBe(fieldName);
      const shown = await n.innerText();
      expect(shown).toContain(fieldName);
      expect(shown).toContain('unchanged');
      expect(await page.locator('[role="alert"]').count()).toBeGreaterThan(0);
      expect(await storedSettings(ext)).toEqual(before);
      expect(await field(page, 'limits.time.ticketMinutes').inputValue()).toBe('25');
    });
  }

  it('no accessibility violations (axe-core), light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(axeSource);
      const v = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe.run();
        return r.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.length})`);
      });
      expect(v).toEqual([]);
    }
  });

  it('wipe all data asks first, then resets to the defaults', async () => {
    await page.locator('[data-testid="wipe"]').click();
    await page.locator('[data-testid="wipe-confirm"]').click();
    await expect.poll(() => storedSettings(ext)).toBeNull();
    await expect.poll(() => field(page, 'limits.time.ticketMinutes').inputValue()).toBe('30');
  });
});
