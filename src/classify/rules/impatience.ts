import { isNegated, type Rule } from '../context.ts';
import { IMPATIENCE_MIN, SHOUTED_IMPATIENCE_FACTOR, SHOUTED_URGENCY } from '../tunables.ts';
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

/** Phrases, plus an urgency word written in capitals on its own: "YA", "NOW", "HOY". */
export const impatience: Rule = {
  flag: 'impatience',
  run(ctx) {
    const r = phrases.run(ctx);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      if (t.norm.length < 2 || !(ctx.inClass('urgent', t) || ctx.inClass('urgente', t))) continue;
      // "Ya." / "NOW." as a sentence of its own is pressure, in capitals or not
      const prev = ctx.tokens[i - 1];
      // "…as Richard P. today." is one sentence: a capital initial does not end one
      const afterInitial = prev !== undefined && prev.end - prev.start === 1 && /[A-Z]/.test(ctx.text[prev.start]!);
      const alone = prev?.sentence !== t.sentence && !afterInitial && ctx.tokens[i + 1]?.sentence !== t.sentence;
      if (!t.caps && !alone) continue;
      // "I need it NOW!" presses; "but NOW I DO" only stresses the word: the shouted word must close its clause
      const next = ctx.tokens[i + 1];
      if (!alone && next && next.clause === t.clause) continue;
      // in a message written all in capitals, capitals are not emphasis
      if (!alone && ctx.stats.capsWords > ctx.stats.words * 0.4) break;
      if (isNegated(ctx, i, 2)) continue;
      if (r.score < SHOUTED_URGENCY) {
        r.score = SHOUTED_URGENCY;
      }
      r.evidence.push({ flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:shouted-urgency', reason: 'an urgency word in capitals' });
      break;
    }
    return r;
  },
};
