import { isNegated, type Rule, type RuleContext } from '../context.ts';
import { IMPATIENCE_MIN, SENTENCE_REACH, SHOUTED_IMPATIENCE_FACTOR, SHOUTED_URGENCY } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/** Repeat contact and explicit time pressure (lexicons/<lang>/impatience.tsv). "No hay prisa" is negated. */
const phrases = phraseRule({
  flag: 'impatience',
  category: 'impatience',
  min: IMPATIENCE_MIN,
  negationWindow: 2,
  jokes: false,
  reason: 'repeat contact or time pressure',
  shouted: SHOUTED_IMPATIENCE_FACTOR,
});

/** Words of "this instant" (not "today": "quiero saber si llega hoy" asks, it does not press). */
const IMMEDIATE = new Set(['ya', 'now', 'ahora', 'ahorita', 'immediately', 'inmediatamente']);

/** A request word ("quiero", "páseme", "I need") earlier in the same sentence. */
function requestBefore(ctx: RuleContext, i: number): boolean {
  const s = ctx.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - SENTENCE_REACH && ctx.tokens[k].sentence === s; k--) if (ctx.inClass('ask', ctx.tokens[k])) return true;
  return false;
}

/** Phrases, plus an urgency word written in capitals on its own ("YA", "NOW", "HOY") or closing a request ("lo quiero ya"). */
export const impatience: Rule = {
  flag: 'impatience',
  run(ctx) {
    const r = phrases.run(ctx);
    if (!ctx.anyInClass('urgent') && !ctx.anyInClass('urgente')) return r;
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      if (t.norm.length < 2 || !(ctx.inClass('urgent', t) || ctx.inClass('urgente', t))) continue;
      // "Ya." / "NOW." as a sentence of its own is pressure, in capitals or not
      const prev = ctx.tokens[i - 1];
      // "…as Richard P. today." is one sentence: a capital initial does not end one
      const afterInitial = prev !== undefined && prev.end - prev.start === 1 && /[A-Z]/.test(ctx.text[prev.start]!);
      const alone = prev?.sentence !== t.sentence && !afterInitial && ctx.tokens[i + 1]?.sentence !== t.sentence;
      // "I need it NOW!" presses; "but NOW I DO" only stresses the word: the urgent word must close its clause
      const next = ctx.tokens[i + 1];
      const closes = !next || next.clause !== t.clause;
      // "páseme con un humano ya", "refund me now": closing a request, it presses in lower case too
      const request = !t.caps && !alone && closes && IMMEDIATE.has(t.norm) && requestBefore(ctx, i);
      if (!t.caps && !alone && !request) continue;
      if (!alone && !closes) continue;
      // in a message written all in capitals, capitals are not emphasis
      // (but "NOW!!!!" as a sentence of its own still presses, so keep looking)
      if (!alone && !request && ctx.stats.capsWords > ctx.stats.words * 0.4) continue;
      if (isNegated(ctx, i, 2)) continue;
      if (r.score < SHOUTED_URGENCY) {
        r.score = SHOUTED_URGENCY;
      }
      r.evidence.push(
        request
          ? { flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:request-now', reason: 'an urgency word closing a request' }
          : { flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:shouted-urgency', reason: 'an urgency word in capitals' },
      );
      break;
    }
    return r;
  },
};
