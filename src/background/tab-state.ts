import { NO_GUIDANCE } from '../coach/types.ts';
import { tabKey, type PageView, type TabState } from '../messaging/protocol.ts';
import { sessionArea } from '../platform/browser.ts';

/**
 * Per-tab conversation state lives in storage.session, so a worker stopped by the browser picks up exactly
 * where it left off. Updates to one tab are queued, so two messages arriving together never lose a write.
 */
const queues = new Map<number, Promise<unknown>>();
const writes = new Map<number, Promise<unknown>>();

/** Resolves when every state computed so far is in storage.session (tests; a worker about to be stopped). */
export async function flushed(): Promise<void> {
  await Promise.all([...writes.values()]);
}

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

/**
 * The states this worker has read or written, kept while it lives: every update used to read the whole state back
 * from storage.session first, tens of milliseconds on a long ticket. storage.session stays the source of truth (a
 * restarted worker starts with an empty memory); a removal from elsewhere ("wipe all data") drops the copy.
 */
const memory = new Map<number, TabState | null>();
export function forgetStates(): void {
  memory.clear();
}
sessionArea().onChanged?.addListener((changes: Record<string, { newValue?: unknown }>) => {
  for (const [k, c] of Object.entries(changes)) if (k.startsWith('tab:') && c.newValue === undefined) memory.delete(Number(k.slice(4)));
});

export async function loadState(tabId: number): Promise<TabState | null> {
  if (memory.has(tabId)) return memory.get(tabId)!;
  const key = tabKey(tabId);
  const got = (await sessionArea().get(key)) as Record<string, TabState | undefined>;
  const s = got[key];
  const state = s && s.version === 1 ? s : null;
  memory.set(tabId, state);
  return state;
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
      memory.set(tabId, after);
      for (const l of listeners) l(tabId, after);
      // written in order, but the next update of this tab need not wait for the write (it reads `memory`)
      const write = (writes.get(tabId) ?? Promise.resolve()).then(() => (after ? sessionArea().set({ [tabKey(tabId)]: after }) : sessionArea().remove(tabKey(tabId))));
      const settled = write.catch(() => undefined);
      writes.set(tabId, settled);
      void settled.then(() => {
        if (writes.get(tabId) === settled) writes.delete(tabId);
      });
      return after;
    });
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}
