/**
 * The agent's limits as plain text to paste into a chat with colleagues or the supervisor, so they know when to
 * step in. Pure; Spanish and English.
 */
import type { Settings } from '../settings/schema.ts';

export type SummaryLocale = 'es' | 'en';

function num(x: number, locale: SummaryLocale): string {
  return locale === 'es' ? String(x).replace('.', ',') : String(x);
}

export function limitsSummary(s: Settings, locale: SummaryLocale, locked: ReadonlySet<string> = new Set()): string {
  const l = s.limits;
  const n = (x: number) => num(x, locale);
  const team = (path: string) => (locked.has(`limits.${path}`) ? (locale === 'es' ? ' (fijado por el equipo)' : ' (set by the team)') : '');
  const who = s.profile.name.trim();
  if (locale === 'es') {
    return [
      who ? `Mis límites con clientes difíciles — ${who} (Calma)` : 'Mis límites con clientes difíciles (Calma)',
      `• Hostilidad: ${n(l.hostility.messages)} mensajes hostiles entre los últimos ${n(l.hostility.window)} del cliente${team('hostility.messages')}, o un enfado medio de ${n(l.hostility.anger)} (escala 0–1) o más${team('hostility.anger')}.`,
      `• Tiempo: ${n(l.time.ticketMinutes)} minutos activos en un mismo ticket${team('time.ticketMinutes')}; ${n(l.time.requesterMinutes)} minutos con el mismo cliente, sumando todos sus tickets${team('time.requesterMinutes')}.`,
      `• Complejidad: ${n(l.complexity.messages)} mensajes en la conversación${team('complexity.messages')}, ${n(l.complexity.reopenings)} reaperturas${team('complexity.reopenings')} o ${n(l.complexity.issues)} problemas distintos${team('complexity.issues')}.`,
      'Cuando llegue a uno de ellos pediré escalar el caso. Si me ves cerca, puedes intervenir antes.',
    ].join('\n');
  }
  return [
    who ? `My limits with difficult customers — ${who} (Calma)` : 'My limits with difficult customers (Calma)',
    `• Hostility: ${n(l.hostility.messages)} hostile messages among the customer's last ${n(l.hostility.window)}${team('hostility.messages')}, or an average anger of ${n(l.hostility.anger)} (0–1 scale) or more${team('hostility.anger')}.`,
    `• Time: ${n(l.time.ticketMinutes)} active minutes on one ticket${team('time.ticketMinutes')}; ${n(l.time.requesterMinutes)} minutes with the same customer across all their tickets${team('time.requesterMinutes')}.`,
    `• Complexity: ${n(l.complexity.messages)} messages in the conversation${team('complexity.messages')}, ${n(l.complexity.reopenings)} reopenings${team('complexity.reopenings')} or ${n(l.complexity.issues)} separate issues${team('complexity.issues')}.`,
    'When I reach one of them I will ask to escalate. If you see me getting close, feel free to step in earlier.',
  ].join('\n');
}
