import { matchesOf } from '../context.ts';
import { HOSTILE_THREAT_FACTOR, THREAT_MIN, THREAT_PAIR_MIN } from '../tunables.ts';
import { isHostile, isWarm } from './anger.ts';
import { phraseRule } from './phrase-rule.ts';

/** phrases of knowing where someone or something is ("I know where your office is", "sé en qué sucursal trabajas") */
const WHERE = /\b(?:where|donde|en que)\b/;

/**
 * Violence or intimidation against a person or a place (lexicons/<lang>/threat.tsv). Idioms and hyperbole
 * ("me muero de risa", "killing me") are guarded by each phrase's exceptions; jokes are softened. Veiled threats
 * (weak phrases: "que se prepare", "he'll think twice") count when the customer is hostile.
 */
export const physicalThreat = phraseRule({
  flag: 'physical_threat',
  category: 'threat',
  min: THREAT_MIN,
  negationWindow: 5,
  jokes: true,
  hostile: HOSTILE_THREAT_FACTOR,
  reason: 'violence or intimidation',
  pairMin: THREAT_PAIR_MIN,
  // "Thanks for the directions, I know where your shop is now", "Gracias por la dirección, ya sé dónde queda su
  // sucursal": knowing where, thanked for in its sentence, with no other threat (two rows may read the same words)
  // or insult, is finding the way; so is knowing it in a message that asks something in its own words (a "?" in
  // quoted history does not count) and shows no hostility ("ya sé dónde queda su oficina, mañana paso a dejar los
  // papeles. ¿Hasta qué hora atienden?")
  skip: (ctx, m) =>
    WHERE.test(m.row.term) &&
    !ctx.matches.has('insult') &&
    matchesOf(ctx, 'threat').every((x) => x.from < m.to && m.from < x.to && WHERE.test(x.row.term)) &&
    (isWarm(ctx, ctx.tokens[m.from].sentence) || (ctx.stats.questions > 0 && !isHostile(ctx))),
});
