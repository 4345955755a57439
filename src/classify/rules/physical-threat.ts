import { matchesOf, wordSet, type RuleContext } from '../context.ts';
import { HOSTILE_THREAT_FACTOR, THREAT_MIN, THREAT_PAIR_MIN } from '../tunables.ts';
import { isHostile, isWarm } from './anger.ts';
import { phraseRule } from './phrase-rule.ts';

/** phrases of knowing where someone or something is ("I know where your office is", "sé en qué sucursal trabajas") */
const WHERE = /\b(?:where|donde|en que)\b/;

/** harm that befalls someone rather than harm someone does: injuries, burns and fires */
const MISHAP = /hurt|harm|burn|fire|incendi|quem|lastim|herid/;
/** words of possibility or precaution */
const RISK = wordSet('could might may can before puede pueden podria podrian antes');

/**
 * A word of risk up to six words before `index`, in its clause, not said of the customer, the agent or the staff:
 * "this heater could seriously hurt someone", "leí que eso puede incendiarse", "kids play there and someone could get
 * hurt", "fix it before someone gets hurt" ("I could burn…", "you could get hurt", "your driver could get hurt" are).
 */
function atRisk(ctx: RuleContext, index: number): boolean {
  const c = ctx.tokens[index].clause;
  for (let k = index - 1; k >= 0 && k >= index - 6 && ctx.tokens[k].clause === c; k--) {
    if (!RISK.has(ctx.tokens[k].norm)) continue;
    const who = ctx.tokens[k - 1];
    // ("the heater you sold me could…": "me" is no subject)
    return !who || who.clause !== c || who.norm === 'me' || !['self', 'you', 'staff'].some((x) => ctx.inClass(x, who));
  }
  return false;
}

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
  // with no insult in the message:
  // - a danger the customer reports, not a threat: an injury or a fire that could happen (atRisk), in a message with
  //   no hostility ("the heater I bought sparks. Could seriously hurt someone");
  // - "Thanks for the directions, I know where your shop is now", "Gracias por la dirección, ya sé dónde queda su
  //   sucursal": knowing where, thanked for in its sentence, with no other threat (two rows may read the same words),
  //   is finding the way; so is knowing it in a message that asks something in its own words (a "?" in quoted
  //   history does not count) and shows no hostility ("ya sé dónde queda su oficina, mañana paso a dejar los papeles.
  //   ¿Hasta qué hora atienden?")
  skip: (ctx, m) =>
    !ctx.matches.has('insult') &&
    ((MISHAP.test(m.row.term) && !isHostile(ctx) && atRisk(ctx, m.from)) ||
      (WHERE.test(m.row.term) &&
        matchesOf(ctx, 'threat').every((x) => x.from < m.to && m.from < x.to && WHERE.test(x.row.term)) &&
        (isWarm(ctx, ctx.tokens[m.from].sentence) || (ctx.stats.questions > 0 && !isHostile(ctx))))),
});
