import type { RuleContext } from '../context.ts';
import { LEGAL_MIN } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/**
 * Words that say the customer is only asking about a complaint, not making one: "it's for a school assignment",
 * "lo pregunto por curiosidad", "hypothetically". (A message with one of them threatens no one.)
 */
const JUST_ASKING = new Set(['curious', 'curiosity', 'curiosidad', 'assignment', 'homework', 'hypothetically', 'hypothetical', 'hipoteticamente', 'hipotetico', 'hipotetica']);

/** (asked once per message, not once per phrase: a long text with many phrases stays linear) */
const askingCache = new WeakMap<RuleContext, boolean>();
function justAsking(ctx: RuleContext): boolean {
  let r = askingCache.get(ctx);
  if (r === undefined) {
    r = false;
    for (let k = 0; k < ctx.tokens.length && !r; k++) r = JUST_ASKING.has(ctx.tokens[k].norm);
    askingCache.set(ctx, r);
  }
  return r;
}

/** Lawsuits, lawyers as a threat, police reports, consumer bodies and regulators (lexicons/<lang>/legal.tsv). */
export const legalThreat = phraseRule({
  flag: 'legal_threat',
  category: 'legal',
  min: LEGAL_MIN,
  // "no los voy a demandar", "no voy a poner ninguna queja en la Superintendencia", "not looking to make a fuss
  // or go to the ombudsman": six words back, within the clause (a comma or "but" ends the look-back)
  negationWindow: 6,
  // ...and a negated intention ten words back: "I'm not going to go running to the ombudsman over €12"
  intentNegationWindow: 10,
  reluctance: true,
  jokes: false,
  skip: justAsking,
  reason: 'legal action or a complaint to an authority',
});
