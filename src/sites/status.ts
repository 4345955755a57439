/**
 * Is the ticket finished (solved, resolved, closed)? Best effort, and never an error: neither helpdesk's
 * status control is documented (see ../shared/design/helpdesk-dom.md), so this reads, in the ticket's own
 * pane only, (1) a few status controls by their hooks and (2) any field labelled "Status"/"Estado", and
 * compares the shown value with the words for a finished ticket in the languages agents use. Not knowing
 * is "not ended": the coach then simply does not offer the cool-down by itself.
 */
import { textOf } from './text.ts';

/** The value a helpdesk shows for a finished ticket (its UI may be in any of these languages). */
const ENDED = new Set([
  'solved', 'resolved', 'closed', // en
  'resuelto', 'resuelta', 'cerrado', 'cerrada', 'solucionado', 'solucionada', // es
  'resolvido', 'resolvida', 'fechado', 'fechada', // pt
  'résolu', 'résolue', 'fermé', 'fermée', // fr
  'gelöst', 'geschlossen', 'opgelost', 'gesloten', 'risolto', 'chiuso', // de, nl, it
]);
/** Labels of the status field. */
const LABELS = new Set(['status', 'estado', 'estado del ticket', 'ticket status', 'statut', 'stato']);

export function isEndedStatus(value: string): boolean {
  const words = value.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // "Solved", "Resuelto", "Closed (3 days ago)": the first word decides, not e.g. "Open · last solved…"
  return words.length > 0 && words.length <= 4 && ENDED.has(words[0]);
}

/**
 * @param scope the ticket's own pane (several tickets can be mounted at once)
 * @param hooks status controls known or guessed for this helpdesk, tried first
 */
export function ticketEnded(scope: ParentNode | null, hooks: readonly string[]): boolean {
  if (!scope) return false;
  for (const sel of hooks) {
    const el = scope.querySelector(sel);
    if (el) return isEndedStatus(textOf(el));
  }
  for (const label of scope.querySelectorAll('label, dt, [data-test-id$="-label"]')) {
    if (!LABELS.has(textOf(label).toLowerCase().replace(/[:*]$/, '').trim())) continue;
    const value = label.nextElementSibling;
    if (value) return isEndedStatus(textOf(value));
  }
  return false;
}
