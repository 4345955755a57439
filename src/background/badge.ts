import type { TabState } from '../messaging/protocol.ts';
import { browser, t } from '../platform/browser.ts';

const BADGE: Record<number, { text: string; color: string }> = {
  0: { text: '', color: '#5b7f6e' },
  1: { text: '•', color: '#b7791f' },
  2: { text: '!', color: '#c05621' },
  3: { text: '!!', color: '#b42318' },
};

/**
 * The toolbar badge mirrors the coach's level for that tab: a different mark per level (not colour alone), and the
 * level in words in the button's title (what screen readers and the tooltip say).
 */
export async function showLevel(tabId: number, s: TabState | null): Promise<void> {
  const level = s?.guidance.level ?? 0;
  const b = BADGE[level];
  try {
    await browser.action.setBadgeText({ tabId, text: b.text });
    await browser.action.setTitle({ tabId, title: s?.view.status === 'ticket' ? `${t('panelTitle')}: ${t(`level_${level}`)}` : t('extName') });
    if (b.text) await browser.action.setBadgeBackgroundColor({ tabId, color: b.color });
  } catch {
    // the tab may be gone already
  }
}
