import { isNegated, matchesOf, type Rule, type RuleContext } from '../context.ts';
import { CALM_IMPATIENCE_FACTOR, IMPATIENCE_MIN, SHOUTED_IMPATIENCE_FACTOR, SHOUTED_URGENCY, STRONG_IMPATIENCE } from '../tunables.ts';
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
    // "I need the receipt ASAP, could you please help?": a time mention in a friendly message with no sign of
    // annoyance is a request, not impatience; "third time I write" stays impatience however politely put
    if (r.score > 0 && r.score < STRONG_IMPATIENCE && calmContext(ctx)) r.score *= CALM_IMPATIENCE_FACTOR;
    return r;
  },
};

/** Warm words (thanks, praise: weight 1 in polite.tsv) or a happy emoji, and no anger word, swear word, insult, "!!" or shouting. */
function calmContext(ctx: RuleContext): boolean {
  if (ctx.stats.happyEmoji === 0 && !matchesOf(ctx, 'polite').some((m) => m.row.weight >= 1 && !isNegated(ctx, m.from, 2))) return false;
  if (ctx.matches.has('vulgarity') || ctx.matches.has('insult') || ctx.stats.angryEmoji > 0 || ctx.stats.exclamations > 1) return false;
  for (const m of matchesOf(ctx, 'anger')) if (m.row.weight >= 0.3 && !isNegated(ctx, m.from, 3)) return false;
  return ctx.stats.words < 3 || ctx.stats.capsWords <= ctx.stats.words * 0.3;
}
