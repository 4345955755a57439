import { combine, evidenceFor, isNegated, matchesOf, sentenceHas, type Rule, type RuleContext } from '../context.ts';
import type { FlagId } from '../types.ts';
import { JOKE_FACTOR } from '../tunables.ts';

export interface PhraseRuleOptions {
  flag: FlagId;
  /** lexicon category whose phrases raise the flag */
  category: string;
  min: number;
  /** words looked back for a negation; 0 = negation does not cancel */
  negationWindow: number;
  /** scale down in a sentence marked as a joke */
  jokes: boolean;
  reason: string;
  /** the class of words that cancel the phrase (default: negation) */
  negationClass?: string;
  /** multiply the weight when every word of the phrase is in capitals */
  shouted?: number;
}

/**
 * The shape shared by legal threats, physical threats, escalation requests and impatience: a phrase from
 * the lexicon, not negated ("no voy a demandar"), maybe softened by a joke marker. The strongest phrase
 * gives the score, a second independent phrase adds to it.
 */
export function phraseRule(o: PhraseRuleOptions): Rule {
  return {
    flag: o.flag,
    run(ctx: RuleContext) {
      const best = new Map<string, number>(); // one score per lexicon row: "court … court" is one piece of evidence
      const evidence = [];
      // overlapping phrases are one piece of evidence: the longest match speaks for its words
      const taken: boolean[] = [];
      const ordered = [...matchesOf(ctx, o.category)].sort((a, b) => b.to - b.from - (a.to - a.from) || b.row.weight - a.row.weight);
      for (const m of ordered) {
        let overlaps = false;
        for (let k = m.from; k < m.to && !overlaps; k++) overlaps = !!taken[k];
        if (overlaps) continue;
        for (let k = m.from; k < m.to; k++) taken[k] = true;
        if (o.negationWindow > 0 && isNegated(ctx, m.from, o.negationWindow, o.negationClass)) continue;
        let w = m.row.weight;
        if (o.jokes && sentenceHas(ctx, m.from, 'joke')) w *= JOKE_FACTOR;
        if (o.shouted && w >= 0.3 && ctx.tokens.slice(m.from, m.to).every((t) => t.caps || /^[0-9]+$/.test(t.norm))) w = Math.min(1, w * o.shouted);
        if (w <= 0) continue;
        best.set(m.row.term, Math.max(best.get(m.row.term) ?? 0, w));
        if (w >= o.min) evidence.push(evidenceFor(ctx, o.flag, m, `${o.category}:${m.row.term}`, m.row.note || o.reason));
      }
      // several weak phrases together may cross the line; one strong phrase does on its own
      const scores = [...best.values()].sort((a, b) => b - a);
      evidence.sort((a, b) => a.start - b.start);
      return { score: combine(scores.slice(0, 2).map((s, i) => (i === 0 ? s : s * 0.5))), evidence };
    },
  };
}
