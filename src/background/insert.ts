import type { BackgroundToContent, InsertOutcome } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';

/** Ask the tab's content script to put the wording into the reply editor; it answers how that went. */
export async function insertWording(tabId: number, text: string): Promise<InsertOutcome> {
  if (typeof text !== 'string' || text.length === 0 || text.length > 5000) return { ok: false, method: 'none', reason: 'nothing to insert' };
  const msg: BackgroundToContent = { kind: 'insert-text', text };
  try {
    const r = (await browser.tabs.sendMessage(tabId, msg)) as InsertOutcome | undefined;
    return r ?? { ok: false, method: 'none', reason: 'the page did not answer' };
  } catch (e) {
    return { ok: false, method: 'none', reason: String(e) };
  }
}
