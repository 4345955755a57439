import { NO_GUIDANCE } from '../coach/types.ts';
import { tabKey, type PageView, type TabState } from '../messaging/protocol.ts';
import { sessionArea } from '../platform/browser.ts';

/**
 * Per-tab conversation state lives in storage.session, so a worker stopped by the browser picks up exactly
 * where it left off. Updates to one tab are queued, so two messages arriving together never lose a write.
 */
const queues = new Map<number, Promise<unknown>>();

export function emptyState(tabId: number, view: PageView): TabState {
  return { version: 1, tabId, view, messages: [], guidance: NO_GUIDANCE, updatedAt: Date.now() };
}

export async function loadState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const got = (await sessionArea().get(key)) as Record<string, TabState | undefined>;
  const s = got[key];
  return s && s.version === 1 ? s : null;
}

export function updateState(tabId: number, fn: (prev: TabState | null) => TabState | null): Promise<TabState | null> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev
    .catch(() => undefined)
    .then(async () => {
      const before = await loadState(tabId);
      const after = fn(before);
      if (after === before) return before;
      if (after) await sessionArea().set({ [tabKey(tabId)]: { ...after, updatedAt: Date.now() } });
      else await sessionArea().remove(tabKey(tabId));
      return after;
    });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}
