/**
 * Texts the agent copies or downloads: the incident record for a threat (for the supervisor and, if it comes to it,
 * the legal team) and the handoff summary for escalation. Pure: data in, strings out; the caller passes `now`.
 * Both come as plain text in the panel's language; the incident record also as JSON (keys in English, stable).
 */
import type { Channel, ConversationFacts, LimitCrossing, MessageRole } from './facts.ts';
import type { Locale } from './playbook/types.ts';
import type { Situation } from './types.ts';

export interface RecordMessage {
  id: string;
  role: MessageRole;
  /** ms since epoch, or null */
  time: number | null;
  author?: string | null;
  /** the exact words as read from the page */
  text: string;
}

export interface TicketInfo {
  ticketId: string;
  site: string;
  requesterName: string | null;
  channel: Channel | null;
  url?: string;
}

export interface IncidentRecord {
  kind: 'incident';
  /** when the record was made (ISO 8601, UTC) */
  createdAt: string;
  ticket: { id: string; site: string; url: string | null; channel: Channel | null; requester: string | null };
  threats: { type: 'legal' | 'physical'; messageId: string; time: string | null; author: string | null; words: string }[];
  /** agent replies and internal notes after the first threat, in order: what was done */
  actions: { messageId: string; role: MessageRole; time: string | null; author: string | null; words: string }[];
}

const iso = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString());

const L = {
  en: {
    incidentTitle: 'INCIDENT RECORD — threat from a customer',
    created: 'Record made', ticket: 'Ticket', site: 'Helpdesk', url: 'Link', channel: 'Channel', requester: 'Customer',
    threats: 'Threatening messages (exact words)', legal: 'legal threat', physical: 'threat of harm',
    actions: 'What the agent did afterwards', none: '(nothing recorded yet)', unknownTime: 'time not shown',
    note: 'internal note', reply: 'reply', email: 'email', messaging: 'chat', unknown: 'unknown',
    handoffTitle: 'HANDOFF SUMMARY for the supervisor', timeOnTicket: 'Time on ticket', seen: 'Situations seen',
    counts: 'Customer messages', angry: 'angry', frustrated: 'frustrated', insults: 'with insults', swearing: 'with swearing',
    legalN: 'legal threats', physicalN: 'threats of harm', asks: 'asked for someone else',
    calmingTried: 'Calming tried', warned: 'Customer asked to stop', abuseAfter: 'abuse after that',
    reason: 'Why escalate', askedTimes: 'the customer asked for someone else or higher ($1×)', insisting: 'and insists',
    limit: 'personal limit crossed', limitNames: { hostility: 'hostility', time: 'time on ticket', complexity: 'complexity' },
    noReason: 'the agent judges someone else is better placed', lastMessage: 'Last customer message', yes: 'yes', no: 'no',
    situations: {
      'physical-threat': 'threat of harm', 'legal-threat': 'legal threat', 'end-conversation': 'abuse after a warning',
      escalation: 'escalation request', insult: 'insults', vulgarity: 'swearing', calming: 'upset customer',
      recognition: 'customer calmed down', 'cool-down': 'hard conversation',
    } as Record<Situation, string>,
  },
  es: {
    incidentTitle: 'REGISTRO DE INCIDENTE — amenaza de un cliente',
    created: 'Registro creado', ticket: 'Ticket', site: 'Plataforma', url: 'Enlace', channel: 'Canal', requester: 'Cliente',
    threats: 'Mensajes con amenazas (palabras exactas)', legal: 'amenaza legal', physical: 'amenaza de daño',
    actions: 'Lo que hizo el agente después', none: '(nada registrado todavía)', unknownTime: 'hora no visible',
    note: 'nota interna', reply: 'respuesta', email: 'correo', messaging: 'chat', unknown: 'desconocido',
    handoffTitle: 'RESUMEN DE TRASPASO para el supervisor', timeOnTicket: 'Tiempo en el ticket', seen: 'Situaciones vistas',
    counts: 'Mensajes del cliente', angry: 'enfadados', frustrated: 'frustrados', insults: 'con insultos', swearing: 'con palabrotas',
    legalN: 'amenazas legales', physicalN: 'amenazas de daño', asks: 'pidió hablar con otra persona',
    calmingTried: 'Se intentó calmar', warned: 'Se pidió al cliente que parara', abuseAfter: 'insultos después',
    reason: 'Motivo del traspaso', askedTimes: 'el cliente pidió hablar con otra persona o un superior ($1×)', insisting: 'e insiste',
    limit: 'límite personal superado', limitNames: { hostility: 'hostilidad', time: 'tiempo en el ticket', complexity: 'complejidad' },
    noReason: 'el agente considera que otra persona está mejor situada', lastMessage: 'Último mensaje del cliente', yes: 'sí', no: 'no',
    situations: {
      'physical-threat': 'amenaza de daño', 'legal-threat': 'amenaza legal', 'end-conversation': 'insultos tras un aviso',
      escalation: 'petición de escalar', insult: 'insultos', vulgarity: 'palabrotas', calming: 'cliente alterado',
      recognition: 'el cliente se calmó', 'cool-down': 'conversación difícil',
    } as Record<Situation, string>,
  },
} as const;

/** The record's data. Threat ids come from the coach's facts (`facts.threats`). */
export function incidentData(ticket: TicketInfo, messages: RecordMessage[], threats: ConversationFacts['threats'], now: number): IncidentRecord {
  const legal = new Set(threats.legal);
  const physical = new Set(threats.physical);
  const firstAt = messages.findIndex((m) => legal.has(m.id) || physical.has(m.id));
  const list: IncidentRecord['threats'] = [];
  for (const m of messages) {
    for (const [type, ids] of [['physical', physical], ['legal', legal]] as const) {
      if (ids.has(m.id)) list.push({ type, messageId: m.id, time: iso(m.time), author: m.author ?? null, words: m.text });
    }
  }
  const actions = firstAt < 0 ? [] : messages.slice(firstAt + 1).filter((m) => m.role === 'agent' || m.role === 'internal');
  return {
    kind: 'incident',
    createdAt: iso(now)!,
    ticket: { id: ticket.ticketId, site: ticket.site, url: ticket.url ?? null, channel: ticket.channel, requester: ticket.requesterName },
    threats: list,
    actions: actions.map((m) => ({ messageId: m.id, role: m.role, time: iso(m.time), author: m.author ?? null, words: m.text })),
  };
}

const quote = (s: string) => s.split('\n').map((l) => `    > ${l}`).join('\n');

export function incidentText(r: IncidentRecord, locale: Locale): string {
  const t = L[locale];
  const lines = [
    t.incidentTitle,
    `${t.created}: ${r.createdAt}`,
    `${t.ticket}: ${r.ticket.id}`,
    `${t.site}: ${r.ticket.site}`,
    ...(r.ticket.url ? [`${t.url}: ${r.ticket.url}`] : []),
    `${t.channel}: ${r.ticket.channel ? t[r.ticket.channel] : t.unknown}`,
    `${t.requester}: ${r.ticket.requester ?? t.unknown}`,
    '',
    `${t.threats}:`,
  ];
  for (const th of r.threats) lines.push(`  - [${th.time ?? t.unknownTime}] ${t[th.type]} (#${th.messageId})`, quote(th.words));
  lines.push('', `${t.actions}:`);
  if (!r.actions.length) lines.push(`  ${t.none}`);
  for (const a of r.actions) lines.push(`  - [${a.time ?? t.unknownTime}] ${a.role === 'internal' ? t.note : t.reply}${a.author ? ` (${a.author})` : ''}`, quote(a.words));
  return lines.join('\n');
}

/** Text and JSON of the incident record, ready to copy or download. */
export function incidentRecord(ticket: TicketInfo, messages: RecordMessage[], threats: ConversationFacts['threats'], now: number, locale: Locale) {
  const data = incidentData(ticket, messages, threats, now);
  return { data, text: incidentText(data, locale), json: JSON.stringify(data, null, 2) };
}

/** "1 h 05 min", "12 min", "40 s". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}

/** Every situation that held at some point on the ticket, from the facts (the coach lists only the current ones). */
export function situationsSeen(f: ConversationFacts): Situation[] {
  const seen: Situation[] = [];
  if (f.threats.physical.length) seen.push('physical-threat');
  if (f.threats.legal.length) seen.push('legal-threat');
  if (f.abuseAfterWarning.length) seen.push('end-conversation');
  if (f.escalation.asked.length || f.escalation.limits.length) seen.push('escalation');
  if (f.flagCounts.insult) seen.push('insult');
  if (f.flagCounts.vulgarity) seen.push('vulgarity');
  if (f.wasUpset) seen.push('calming');
  if (f.calmedDown) seen.push('recognition');
  return seen;
}

/** Keep a long message readable in a summary: the first EXCERPT_CHARS characters, on one line. */
export const EXCERPT_CHARS = 280;
const excerpt = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > EXCERPT_CHARS ? `${one.slice(0, EXCERPT_CHARS - 1)}…` : one;
};

function limitText(l: LimitCrossing, locale: Locale) {
  const t = L[locale];
  return `${t.limit}: ${t.limitNames[l.limit]} (${l.value} ≥ ${l.threshold})`;
}

/** The summary a supervisor reads before taking over, so the customer does not have to repeat everything. */
export function handoffSummary(ticket: TicketInfo, facts: ConversationFacts, messages: RecordMessage[], locale: Locale): string {
  const t = L[locale];
  const yn = (b: boolean) => (b ? t.yes : t.no);
  const c = facts.flagCounts;
  const reasons: string[] = [];
  if (facts.escalation.asked.length) {
    reasons.push(t.askedTimes.replace('$1', String(facts.escalation.asked.length)) + (facts.escalation.insisting ? ` ${t.insisting}` : ''));
  }
  for (const l of facts.escalation.limits) reasons.push(limitText(l, locale));
  const lastCustomer = [...messages].reverse().find((m) => m.role === 'customer');
  const counts = [
    `${facts.customerMessages}`,
    `${facts.toneCounts.angry} ${t.angry}`,
    `${facts.toneCounts.frustrated} ${t.frustrated}`,
    `${c.insult} ${t.insults}`,
    `${c.vulgarity} ${t.swearing}`,
    `${c.legal_threat} ${t.legalN}`,
    `${c.physical_threat} ${t.physicalN}`,
    `${c.escalation_request} ${t.asks}`,
  ];
  const seen = situationsSeen(facts).map((s) => t.situations[s]);
  return [
    t.handoffTitle,
    `${t.ticket}: ${ticket.ticketId} (${ticket.site}${ticket.channel ? `, ${t[ticket.channel]}` : ''})`,
    `${t.requester}: ${ticket.requesterName ?? t.unknown}`,
    ...(ticket.url ? [`${t.url}: ${ticket.url}`] : []),
    `${t.timeOnTicket}: ${facts.timeOnTicketMs === null ? t.unknown : formatDuration(facts.timeOnTicketMs)}`,
    `${t.reason}: ${reasons.length ? reasons.join('; ') : t.noReason}`,
    `${t.seen}: ${seen.length ? seen.join(', ') : '—'}`,
    `${t.counts}: ${counts.join(' · ')}`,
    `${t.calmingTried}: ${yn(facts.calmingTried)}`,
    `${t.warned}: ${yn(facts.warnedAt !== null)}${facts.warnedAt !== null ? ` (${facts.abuseAfterWarning.length} ${t.abuseAfter})` : ''}`,
    ...(lastCustomer ? [`${t.lastMessage}: «${excerpt(lastCustomer.text)}»`] : []),
  ].join('\n');
}
