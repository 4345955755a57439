/**
 * Personal limits count minutes the agent actively spends on a ticket. While a ticket page is visible, the
 * content script tells the worker about every HEARTBEAT_MS whether the agent typed, clicked or scrolled on it in
 * the last ACTIVE_WINDOW_MS; and at once when the page is hidden or shown again.
 * Listeners are passive and read nothing from the events: only that they happened.
 */
import type { ToBackground } from '../messaging/protocol.ts';

export const HEARTBEAT_MS = 20_000;
export const ACTIVE_WINDOW_MS = 60_000;
const EVENTS = ['keydown', 'pointerdown', 'wheel', 'scroll'] as const;

export function startActivity(send: (m: ToBackground) => void, onTicket: () => boolean): () => void {
  // the page was just opened or switched to: that counts as activity
  let lastActive = performance.now();
  const mark = () => {
    lastActive = performance.now();
  };
  const beat = () => {
    if (!onTicket() || document.visibilityState !== 'visible') return;
    send({ kind: 'activity', visible: true, active: performance.now() - lastActive < ACTIVE_WINDOW_MS });
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      mark();
      beat();
    } else if (onTicket()) {
      // hidden: stop counting now rather than at the next heartbeat (a hidden page sends none)
      send({ kind: 'activity', visible: false, active: false });
    }
  };
  for (const e of EVENTS) addEventListener(e, mark, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  const timer = setInterval(beat, HEARTBEAT_MS);
  return () => {
    clearInterval(timer);
    for (const e of EVENTS) removeEventListener(e, mark, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
