import { combine, evidenceFor, matchesOf, type Rule } from '../context.ts';
import { VULGARITY_MIN } from '../tunables.ts';

/**
 * Any profanity in the customer's own words (quoted history is already gone), obfuscated or not.
 * Negation does not matter: "no es una mierda" still contains the word.
 */
export const vulgarity: Rule = {
  flag: 'vulgarity',
  run(ctx) {
    const scores: number[] = [];
    const evidence = [];
    for (const m of matchesOf(ctx, 'vulgarity')) {
      scores.push(m.row.weight);
      if (m.row.weight >= VULGARITY_MIN) evidence.push(evidenceFor(ctx, 'vulgarity', m, `vulgarity:${m.row.term}`, m.row.note || 'profanity'));
    }
    const top = scores.sort((a, b) => b - a);
    // the strongest word decides; more words add a little
    return { score: top.length ? combine([top[0], ...top.slice(1, 3).map((s) => s * 0.3)]) : 0, evidence };
  },
};
