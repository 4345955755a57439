import { describe, expect, it } from 'vitest';
import { coach } from '../../../src/coach/conversation.ts';
import type { ConvMessage } from '../../../src/coach/facts.ts';
import { formatDuration, handoffSummary, incidentRecord, type RecordMessage, type TicketInfo } from '../../../src/coach/records.ts';
import { LOCALES, T0 } from './helpers.ts';

const MIN = 60_000;
const THREAT_ES = 'Como no me devolváis el dinero os denuncio ante la OCU y voy a ir a la tienda a partiros la cara.';
const msgs: (RecordMessage & ConvMessage)[] = [
  { id: 'c1', role: 'customer', time: T0, author: 'Lucía', text: 'Llevo dos semanas esperando.', tone: 'frustrated', flags: ['impatience'] },
  { id: 'a1', role: 'agent', time: T0 + MIN, author: 'Carlos', text: 'Lo siento mucho, lo reviso ahora.' },
  { id: 'c2', role: 'customer', time: T0 + 2 * MIN, author: 'Lucía', text: THREAT_ES, tone: 'angry', flags: ['legal_threat', 'physical_threat'] },
  { id: 'i1', role: 'internal', time: T0 + 3 * MIN, author: 'Carlos', text: 'Informado a seguridad y a legal.' },
  { id: 'a2', role: 'agent', time: T0 + 4 * MIN, author: 'Carlos', text: 'He trasladado su mensaje al equipo responsable.' },
  { id: 'c3', role: 'customer', time: T0 + 5 * MIN, author: 'Lucía', text: 'Quiero hablar con tu jefe.\nYA.', tone: 'angry', flags: ['escalation_request'] },
];
const ticketInfo: TicketInfo = { ticketId: '4821', site: 'zendesk', requesterName: 'Lucía Fernández', channel: 'messaging', url: 'https://acme.zendesk.com/agent/tickets/4821' };

describe.each(LOCALES)('records (%s)', (locale) => {
  const g = coach({ messages: msgs, channel: 'messaging', now: T0 + 65 * MIN, limits: [{ limit: 'time', value: 65, threshold: 45 }] });
  const facts = g.facts!;

  it('the incident record holds the exact words, the ticket, the time and what the agent did', () => {
    const r = incidentRecord(ticketInfo, msgs, facts.threats, T0 + 10 * MIN, locale);
    expect(r.text).toContain(THREAT_ES);
    expect(r.text).toContain('4821');
    expect(r.text).toContain(new Date(T0 + 2 * MIN).toISOString());
    expect(r.text).toContain('Lucía Fernández');
    expect(r.text).toContain('Informado a seguridad y a legal.');
    expect(r.text).toContain('He trasladado su mensaje al equipo responsable.');
    expect(r.text).not.toContain('Lo siento mucho'); // before the threat: not "what was done about it"
    const data = JSON.parse(r.json);
    expect(data).toMatchObject({
      kind: 'incident',
      createdAt: new Date(T0 + 10 * MIN).toISOString(),
      ticket: { id: '4821', site: 'zendesk', channel: 'messaging', requester: 'Lucía Fernández' },
    });
    expect(data.threats.map((t: { type: string }) => t.type).sort()).toEqual(['legal', 'physical']);
    expect(data.threats[0].words).toBe(THREAT_ES);
    expect(data.actions.map((a: { messageId: string }) => a.messageId)).toEqual(['i1', 'a2']); // customer messages are not actions
  });

  it('the handoff summary names the ticket, the time, the reasons (with the limit) and the last message', () => {
    const s = handoffSummary(ticketInfo, facts, msgs, locale);
    expect(s).toContain('4821');
    expect(s).toContain('1 h 05 min');
    expect(s).toContain('65 ≥ 45');
    expect(s).toContain(locale === 'es' ? 'tiempo en el ticket' : 'time on ticket');
    expect(s).toContain('«Quiero hablar con tu jefe. YA.»');
    expect(s).toMatch(locale === 'es' ? /Se intentó calmar: sí/ : /Calming tried: yes/);
    expect(s).toMatch(locale === 'es' ? /amenaza legal/ : /legal threat/);
  });
});

describe('record helpers', () => {
  it('formats durations', () => {
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(12 * MIN)).toBe('12 min');
    expect(formatDuration(65 * MIN)).toBe('1 h 05 min');
  });
  it('a ticket with no threat gives an empty but valid record', () => {
    const r = incidentRecord(ticketInfo, msgs.slice(0, 2), { legal: [], physical: [] }, T0, 'en');
    expect(JSON.parse(r.json)).toMatchObject({ threats: [], actions: [] });
  });
  it('long last messages are cut in the handoff summary', () => {
    const long: RecordMessage[] = [{ id: 'x', role: 'customer', time: T0, text: 'a'.repeat(1000) }];
    const s = handoffSummary(ticketInfo, coach({ messages: [{ ...long[0], tone: 'calm', flags: [] }] }).facts!, long, 'en');
    expect(s).toContain('…»');
    expect(s.length).toBeLessThan(1200);
  });
});
