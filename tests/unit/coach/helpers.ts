import type { FlagId, Tone } from '../../../src/classify/types.ts';
import type { Channel, ConvMessage } from '../../../src/coach/facts.ts';
import { PLAYBOOKS, type Locale } from '../../../src/coach/playbook/index.ts';
import type { Guidance } from '../../../src/coach/types.ts';

export const T0 = Date.UTC(2026, 0, 15, 9, 0);
const MIN = 60_000;

/** A ticket under construction: customer and agent messages a minute apart. */
export function ticket() {
  const messages: ConvMessage[] = [];
  const at = () => T0 + messages.length * MIN;
  const api = {
    messages,
    c(tone: Tone, ...flags: FlagId[]) {
      messages.push({ id: `m${messages.length + 1}`, role: 'customer', time: at(), tone, flags });
      return api;
    },
    a(text: string) {
      messages.push({ id: `m${messages.length + 1}`, role: 'agent', time: at(), text });
      return api;
    },
    note(text: string) {
      messages.push({ id: `m${messages.length + 1}`, role: 'internal', time: at(), text });
      return api;
    },
    get last() {
      return messages[messages.length - 1].id;
    },
  };
  return api;
}

export const LOCALES: Locale[] = ['es', 'en'];
export const CHANNELS: Channel[] = ['email', 'messaging'];

/** What the panel would show for this guidance: every card's text resolved, channel advice picked. */
export function rendered(g: Guidance, locale: Locale, channel: Channel) {
  return g.situations.map((s) => {
    const card = PLAYBOOKS[locale][s];
    return { situation: s, title: card.title, lead: card.lead, steps: card.steps, wording: card.wording.map((w) => w.text), channelNote: card.byChannel?.[channel] ?? null };
  });
}
