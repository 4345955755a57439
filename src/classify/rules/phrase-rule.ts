import { combine, evidenceFor, isNegated, matchesOf, overlaps, sentenceHas, take, type Rule, type RuleContext } from '../context.ts';
import type { Match } from '../matcher.ts';
import type { FlagId } from '../types.ts';
import { JOKE_FACTOR, SENTENCE_REACH, WEAK_PAIR_MIN } from '../tunables.ts';
import { isHostile } from './anger.ts';

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
  /** a weak phrase said again and again ("representative… representative… REPRESENTATIVE") is insistence */
  repeatBoost?: boolean;
  /** the class of words that cancel the phrase (default: negation) */
  negationClass?: string;
  /** a class of words that start a new request and so end the look-back for a negation (see isNegated) */
  negationBarrier?: string;
  /** multiply the weight when every word of the phrase is in capitals */
  shouted?: number;
  /** ...or when the phrase says it another way the rule knows (impatience: a wait said as a sentence of its own) */
  stressed?: (ctx: RuleContext, m: Match) => boolean;
  /** "I don't want to go to Ofcom, but you leave me no choice": a negation followed by a contrast is reluctance */
  reluctance?: boolean;
  /** multiply a phrase weaker than `min` by this when the message is hostile (see isHostile) */
  hostile?: number;
  /**
   * a negated intention reaches this far back: "I'm not going to report you to the FCC or anything", "no voy a ir
   * corriendo a la OCU" (the negation right before an intent word: going, gonna, voy, pienso)
   */
  intentNegationWindow?: number;
  /**
   * give the row's note as the evidence's reason (a gloss: "UK: Financial Conduct Authority"); false when the notes
   * are for the lexicon's editors and the rule's own reason says it better (lexicon-format.ts, notesShown)
   */
  notes?: boolean;
  /** a match this says is no request or threat at all (a mention: "your store manager is a grub") */
  skip?: (ctx: RuleContext, m: Match) => boolean;
  /** the least weight a second phrase needs to add to the first (default WEAK_PAIR_MIN) */
  pairMin?: number;
}

/** the reason of a weak phrase that counts because the customer is hostile (`hostile`) */
const VEILED = 'veiled: a threat from a hostile customer';

/** Is there a contrast word ("but", "pero") after `index` in the same sentence? */
function contrastFollows(ctx: RuleContext, index: number): boolean {
  const s = ctx.tokens[index].sentence;
  for (let k = index + 1; k < ctx.tokens.length && k <= index + SENTENCE_REACH && ctx.tokens[k].sentence === s; k++) if (ctx.inClass('contrast', ctx.tokens[k])) return true;
  return false;
}

/** "…yet", "…todavía", "…for now", "…por ahora" after `index` in its sentence: a threat held back, not given up. */
function heldBack(ctx: RuleContext, index: number): boolean {
  const s = ctx.tokens[index].sentence;
  for (let k = index + 1; k < ctx.tokens.length && k <= index + SENTENCE_REACH && ctx.tokens[k].sentence === s; k++) {
    const n = ctx.tokens[k].norm;
    if (n === 'yet' || n === 'todavia' || n === 'aun') return true;
    if ((n === 'now' && ctx.tokens[k - 1].norm === 'for') || (n === 'ahora' && ctx.tokens[k - 1].norm === 'por')) return true;
  }
  return false;
}

/** A negation right before an intent word ("not going to", "no voy a") up to `window` words back, same clause. */
function negatedIntent(ctx: RuleContext, index: number, window: number): boolean {
  const clause = ctx.tokens[index].clause;
  for (let k = index - 1; k > 0 && k >= index - window; k--) {
    const t = ctx.tokens[k];
    if (t.clause !== clause || ctx.inClass('contrast', t)) return false;
    const before = ctx.tokens[k - 1];
    if ((ctx.inClass('intent', t) || ctx.inClass('intencion', t)) && before.clause === clause && ctx.inClass('negation', before)) return true;
  }
  return false;
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
      if (!ctx.matches.has(o.category)) return { score: 0, evidence: [] };
      const best = new Map<string, number>(); // one score per lexicon row: "court … court" is one piece of evidence
      const seen = new Map<string, number>();
      const found: { m: Match; w: number; veiled: boolean }[] = [];
      // overlapping phrases are one piece of evidence: the longest match speaks for its words
      const taken: boolean[] = [];
      // (ties by position, then term: the result never depends on the order of a file's rows, which the extension
      // ships grouped by weight)
      // (most messages have one phrase of a kind, if any: sorting, even one element, costs more than the rest of a
      // short message's rule)
      const listed = matchesOf(ctx, o.category);
      const ordered = listed.length > 1 ? [...listed].sort((a, b) => b.to - b.from - (a.to - a.from) || b.row.weight - a.row.weight || a.from - b.from || (a.row.term < b.row.term ? -1 : a.row.term > b.row.term ? 1 : 0)) : listed;
      for (const m of ordered) {
        if (overlaps(taken, m)) continue;
        take(taken, m);
        // a phrase that starts with a request verb starts its own request: in "ya no quiero hablar con el bot pásame
        // con un asesor" only a negation right before "pásame" would cancel it
        const window = o.negationBarrier && ctx.inClass(o.negationBarrier, ctx.tokens[m.from]) ? 1 : o.negationWindow;
        // a negated intention is no reluctance: "I'm not going to go running to Consumer Protection over this, but
        // I'm disappointed" threatens nothing ("I don't want to go to Ofcom, but…" does)
        const intentNegated = window > 0 && o.intentNegationWindow !== undefined && negatedIntent(ctx, m.from, o.intentNegationWindow);
        // ...unless it is only held back: "I'm not going to file with the PUC yet", "no voy a ir a PROFECO todavía"
        if (intentNegated && !(o.reluctance && heldBack(ctx, m.to - 1))) continue;
        const negated = window > 0 && isNegated(ctx, m.from, window, o.negationClass, o.negationBarrier);
        if (negated && !(o.reluctance && (contrastFollows(ctx, m.to - 1) || heldBack(ctx, m.to - 1)))) continue;
        if (o.skip?.(ctx, m)) continue;
        let w = m.row.weight;
        const veiled = o.hostile !== undefined && w < o.min && isHostile(ctx);
        if (veiled) w = Math.min(1, w * o.hostile!);
        if (o.jokes && sentenceHas(ctx, m.from, 'joke')) w *= JOKE_FACTOR;
        if (o.shouted && w >= 0.3 && (ctx.tokens.slice(m.from, m.to).every((t) => t.caps || /^[0-9]+$/.test(t.norm)) || o.stressed?.(ctx, m))) w = Math.min(1, w * o.shouted);
        if (w <= 0) continue;
        const times = (seen.get(m.row.term) ?? 0) + 1;
        seen.set(m.row.term, times);
        if (o.repeatBoost && times > 1) w = Math.min(1, w * (1 + 0.5 * (times - 1)));
        best.set(m.row.term, Math.max(best.get(m.row.term) ?? 0, w));
        found.push({ m, w, veiled });
      }
      const scores = [...best.values()];
      if (scores.length > 1) scores.sort((a, b) => b - a);
      // a second, different phrase adds half its weight, if it is not a mere hint itself
      const second = scores[1] !== undefined && scores[1] >= (o.pairMin ?? WEAK_PAIR_MIN) ? scores[1] * 0.5 : 0;
      const score = combine([scores[0] ?? 0, second]);
      // evidence: the phrases that decided it (every phrase when weak ones only crossed the line together)
      const evidence = found
        .filter((f) => f.w >= o.min || (score >= o.min && f.w >= scores[Math.min(1, scores.length - 1)]))
        .map((f) => evidenceFor(ctx, o.flag, f.m, `${o.category}:${f.m.row.term}`, (o.notes !== false && f.m.row.note) || (f.veiled ? VEILED : o.reason)));
      if (evidence.length > 1) evidence.sort((a, b) => a.start - b.start);
      return { score, evidence };
    },
  };
}
