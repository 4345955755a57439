/**
 * The agent's own draft, checked as they type (retaliation, sarcasm, shouting, blame): the panel shows a gentle
 * note before they send. Nothing is blocked and nothing is written into the page: this only listens for input
 * in the helpdesk's reply editor and, once the agent pauses, sends the draft's text to the worker.
 */
import { MAX_DRAFT_CHARS, type ToBackground } from '../messaging/protocol.ts';
import { visibleText } from '../sites/text.ts';
import type { SiteAdapter } from '../sites/types.ts';

/** a pause in typing this long, then check (a check on every keystroke would be noise) */
export const DRAFT_PAUSE_MS = 600;

export function startDraftWatch(adapter: SiteAdapter, send: (m: ToBackground) => void, ticket: () => string | null): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const onInput = (e: Event) => {
    const target = e.target;
    if (!(target instanceof Element)) return;
    const editor = target.closest(adapter.editorSelector);
    if (!editor) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const ticketId = ticket();
      if (!ticketId) return;
      const text = visibleText(editor).slice(0, MAX_DRAFT_CHARS);
      if (text === last) return;
      last = text;
      send({ kind: 'draft', ticketId, text });
    }, DRAFT_PAUSE_MS);
  };
  document.addEventListener('input', onInput, { capture: true, passive: true });
  return () => {
    clearTimeout(timer);
    document.removeEventListener('input', onInput, { capture: true });
  };
}
