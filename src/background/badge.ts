import type { TabState } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';

const BADGE: Record<number, { text: string; color: string }> = {
  0: { text: '', color: '#5b7f6e' },
  1: { text: '•', color: '#b7791f' },
  2: { text: '!', color: '#c05621' },
  3: { text: '!!', color: '#b42318' },
};

/** The toolbar badge mirrors the coach's level for that tab (text, not colour alone). */
export async function showLevel(tabId: number, s: TabState | null): Promise<void> {
  const b = BADGE[s?.guidance.level ?? 0];
  try {
    await browser.action.setBadgeText({ tabId, text: b.text });
    if (b.text) await browser.action.setBadgeBackgroundColor({ tabId, color: b.color });
  } catch {
    // the tab may be gone already
  }
}
