/**
 * `npm run screens`: screenshots of the side panel (light and dark, Spanish and English) and the popup on the
 * Zendesk fixture, for looking at the UI as an agent would. Writes screenshots/ui-*.png and prints the paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../../tests/e2e/harness.ts';

const OUT = join(ROOT, 'screenshots');
const URL = 'https://acme.zendesk.com/agent/tickets/4821';

async function main() {
  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  for (const lang of ['es', 'en'] as const) {
    const ext = await launch({ lang });
    ext.serve(URL, { file: 'zendesk/agent-workspace-2025-11.html' });
    const page = await ext.context.newPage();
    await page.goto(URL);
    const tabId = await ext.tabIdOf(page);
    for (const scheme of ['light', 'dark'] as const) {
      const panel = await ext.openPanel(tabId);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.locator('[data-testid="message"]').first().waitFor();
      const file = join(OUT, `ui-panel-${lang}-${scheme}.png`);
      await panel.screenshot({ path: file, fullPage: true });
      shots.push(file);
      await panel.close();
    }
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 300, height: 220 });
    await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html`);
    await popup.bringToFront();
    await popup.waitForTimeout(300);
    const file = join(OUT, `ui-popup-${lang}.png`);
    await popup.screenshot({ path: file });
    shots.push(file);
    await ext.close();
  }
  console.log(shots.join('\n'));
}

void main();
