/**
 * The options page's preview: a scripted difficult conversation played against the settings being edited, to
 * show which limits it would cross and when. Pure.
 */
import type { FlagId, Tone } from '../../classify/types.ts';
import { coach } from '../../coach/conversation.ts';
import type { LimitCrossing } from '../../coach/facts.ts';
import type { Situation } from '../../coach/types.ts';
import { checkLimits, type CheckedLimit, type Crossing } from '../../limits/check.ts';
import type { Settings } from '../../settings/schema.ts';

export interface SampleMessage {
  text: { es: string; en: string };
  tone: Tone;
  flags: FlagId[];
  anger: number;
  /** active minutes of the agent on the ticket when this message arrives */
  minute: number;
  /** the ticket was reopened just before this message */
  reopened?: boolean;
  /** a new issue raised in this message */
  newIssue?: boolean;
}

/** Customer messages; each is followed by one agent reply. Tones and flags are what the classifier gives them. */
export const SAMPLE: readonly SampleMessage[] = [
  { text: { es: 'Mi pedido lleva dos semanas de retraso.', en: 'My order is two weeks late.' }, tone: 'frustrated', flags: [], anger: 0.35, minute: 2, newIssue: true },
  { text: { es: 'Y además me habéis cobrado dos veces.', en: 'And you charged me twice as well.' }, tone: 'frustrated', flags: [], anger: 0.45, minute: 6, newIssue: true },
  { text: { es: '¿Otra vez la misma respuesta? Sois unos inútiles.', en: 'The same answer again? You are useless.' }, tone: 'angry', flags: ['insult'], anger: 0.8, minute: 11 },
  { text: { es: 'Reabro esto porque nada funciona. Qué mierda de servicio.', en: 'Reopening this because nothing works. Shit service.' }, tone: 'angry', flags: ['vulgarity'], anger: 0.85, minute: 18, reopened: true },
  { text: { es: 'Y la app tampoco me deja entrar.', en: 'And the app will not let me log in either.' }, tone: 'frustrated', flags: ['impatience'], anger: 0.6, minute: 24, newIssue: true },
  { text: { es: 'Quiero hablar con tu supervisor ya.', en: 'I want to talk to your supervisor now.' }, tone: 'angry', flags: ['escalation_request'], anger: 0.8, minute: 31 },
  { text: { es: 'Si no lo arregláis hoy, os denuncio.', en: 'If you do not fix it today, I will sue you.' }, tone: 'angry', flags: ['legal_threat'], anger: 0.9, minute: 38, reopened: true },
];

export interface PreviewStep {
  index: number;
  /** limits first crossed at this message */
  crossed: Crossing[];
  /** coach situations at this point, filtered by the severity gate */
  situations: Situation[];
}

export function preview(s: Settings, sample: readonly SampleMessage[] = SAMPLE): PreviewStep[] {
  const seen = new Set<CheckedLimit>();
  let reopenings = 0;
  let issues = 0;
  return sample.map((m, index) => {
    if (m.reopened) reopenings++;
    if (m.newIssue) issues++;
    const customer = sample.slice(0, index + 1);
    const crossings = checkLimits(
      { customer, messages: customer.length * 2 - 1, reopenings, issues, ticketMinutes: m.minute, requesterMinutes: m.minute },
      s,
    );
    const crossed = crossings.filter((c) => !seen.has(c.limit));
    for (const c of crossed) seen.add(c.limit);
    // the coach itself decides, with the crossed limits, as in the worker
    const limits: LimitCrossing[] = crossings.map((c) => ({ limit: c.limit.split('.')[0] as LimitCrossing['limit'], value: c.value, threshold: c.threshold, name: c.limit }));
    const g = coach({ messages: customer.map((c, i) => ({ id: String(i), role: 'customer', time: null, tone: c.tone, flags: [...c.flags] })), limits });
    return { index, crossed, situations: g.situations.filter((x) => (g.severity?.[x] ?? g.level) >= s.coach.severityGate) };
  });
}
