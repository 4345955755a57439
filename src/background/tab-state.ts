import { NO_GUIDANCE } from '../coach/types.ts';
import { tabKey, type PageView, type TabState } from '../messaging/protocol.ts';
import { sessionArea } from '../platform/browser.ts';

/**
 * Per-tab conversation state lives in storage.session, so a worker stopped by the browser picks up exactly
 * where it left off. Updates to one tab are queued, so two messages arriving together never lose a write.
 */
const queues = new Map<number, Promise<unknown>>();

type Listener = (tabId: number, s: TabState | null) => void;
const listeners = new Set<Listener>();
/** Called with each new state as soon as it is computed, before it is written (panels get it a frame sooner). */
export function onStateComputed(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function emptyState(tabId: number, view: PageView): TabState {
  return { version: 1, tabId, view, messages: [], guidance: NO_GUIDANCE, updatedAt: Date.now() };
}

export async function loadState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const got = (await sessionArea().get(key)) as Record<string, TabState | undefined>;
  const s = got[key];
  return s && s.version === 1 ? s : null;
}

export function updateState(tabId: number, fn: (prev: TabState | null) => TabState | null | Promise<TabState | null>): Promise<TabState | null> {
  const prev = queues.get(tabId) ?? Promise.resolve();
  const next = prev
    .catch(() => undefined)
    .then(async () => {
      const before = await loadState(tabId);
      const computed = await fn(before);
      if (computed === before) return before;
      const after = computed ? { ...computed, updatedAt: Math.max(Date.now(), (before?.updatedAt ?? 0) + 1) } : null;
      for (const l of listeners) l(tabId, after);
      if (after) await sessionArea().set({ [tabKey(tabId)]: after });
      else await sessionArea().remove(tabKey(tabId));
      return after;
    });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}
