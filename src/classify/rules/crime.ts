import { wordSet, type RuleContext } from '../context.ts';
import type { Match } from '../matcher.ts';

/**
 * A crime or an accident the customer suffered ("me robaron la billetera", "my wallet was stolen"): a police report or
 * "denuncia" about it is no threat against the company, and "robaron" in it is no anger at the company.
 */
const CRIME = wordSet('stolen stole theft nicked pickpocketed hacked fraudulent robbed mugged burglary burgled crime robo robaron robado robada robados robadas hurto hurtaron asalto asaltaron siniestro accident accidente');

/** Where such a crime is reported: the police, a prosecutor, a police report. */
const POLICE = wordSet('police cops policia comisaria fiscalia carabineros guardia denuncia denuncio denunciar denunciado denunciarlo');

/** "ustedes me robaron", "you stole my money": the company is the one accused, so it is no crime the customer suffered */
function byYou(ctx: RuleContext, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && ctx.tokens[j].clause === ctx.tokens[k].clause; j--) if (ctx.inClass('you', ctx.tokens[j])) return true;
  return false;
}

/** Is the word at k a crime the customer suffered (not one they accuse the company of)? */
const crimeAt = (ctx: RuleContext, k: number) => (CRIME.has(ctx.tokens[k].norm) || brokenInto(ctx, k)) && !byYou(ctx, k);

/** "my car was broken into", "someone broke into our shed" (not "the screen is broken") */
const brokenInto = (ctx: RuleContext, k: number) => (ctx.tokens[k].norm === 'broken' || ctx.tokens[k].norm === 'broke') && ctx.tokens[k + 1]?.norm === 'into';

/** Does the match name a crime ("me robaron", "robo", "stolen")? */
export function namesCrime(ctx: RuleContext, m: Match): boolean {
  for (let k = m.from; k < m.to; k++) if (CRIME.has(ctx.tokens[k].norm)) return true;
  return false;
}

const SUFFERED = 1;
const POLICE_NAMED = 2;

/** One scan per message: bit 1, a crime the customer suffered; bit 2, the police or a report named. */
function crimeBits(ctx: RuleContext): number {
  let r = ctx.memo.crime;
  if (r === undefined) {
    r = 0;
    for (let k = 0; k < ctx.tokens.length && r !== (SUFFERED | POLICE_NAMED); k++) {
      if ((r & SUFFERED) === 0 && crimeAt(ctx, k)) r |= SUFFERED;
      if (POLICE.has(ctx.tokens[k].norm)) r |= POLICE_NAMED;
    }
    ctx.memo.crime = r;
  }
  return r;
}

/** Does the message tell of a crime the customer suffered ("me robaron la billetera", "my car was broken into")? */
export const crimeSuffered = (ctx: RuleContext) => (crimeBits(ctx) & SUFFERED) !== 0;

/** ...and reported it to the police ("me robaron el celular, ya puse la denuncia")? */
export const crimeReported = (ctx: RuleContext) => crimeBits(ctx) === (SUFFERED | POLICE_NAMED);
