import type { Rule } from '../context.ts';
import { ESCALATION_DEMANDED_ALONE, ESCALATION_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Asking to talk to someone else, someone higher, or a human (lexicons/<lang>/escalation.tsv). */
const phrases = phraseRule({
  flag: 'escalation_request',
  category: 'escalation',
  min: ESCALATION_MIN,
  negationWindow: 5,
  // "I don't want a manager" cancels it; "I can't reach a person" is the request itself
  negationClass: 'refusal',
  // "I don't understand, I need help talking to someone": the "need" is not negated
  negationBarrier: 'ask',
  repeatBoost: true,
  jokes: false,
  reason: 'asks for someone else or someone higher',
});

/** A sentence ends right after the word: ".", "!" or "?" (a signature line "Manager" has none). */
const ENDS = new Set(['.', '!', '?']);

/** Phrases, plus a word for someone higher said as a sentence of its own: "Manager. Now.", "¡Supervisor!" */
export const escalationRequest: Rule = {
  flag: 'escalation_request',
  run(ctx) {
    const r = phrases.run(ctx);
    if (r.score >= ESCALATION_MIN) return r;
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      if (!(ctx.inClass('boss', t) || ctx.inClass('superior', t)) || t.norm.length < 4) continue;
      const alone = ctx.tokens[i - 1]?.sentence !== t.sentence && ctx.tokens[i + 1]?.sentence !== t.sentence;
      if (!alone || !ENDS.has(ctx.text[t.end] ?? '')) continue;
      r.score = ESCALATION_DEMANDED_ALONE;
      r.evidence.push({ flag: 'escalation_request', start: t.start, end: t.end, rule: 'escalation:demanded-alone', reason: 'a word for someone higher, said as a sentence of its own' });
      break;
    }
    return r;
  },
};
