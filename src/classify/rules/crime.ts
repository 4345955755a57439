import type { RuleContext } from '../context.ts';

/**
 * A crime or an accident the customer suffered ("me robaron la billetera", "my wallet was stolen"): a police report or
 * "denuncia" about it is no threat against the company, and "robaron" in it is no anger at the company.
 */
export const CRIME = new Set(['stolen', 'stole', 'theft', 'nicked', 'pickpocketed', 'hacked', 'fraudulent', 'robbed', 'mugged', 'burglary', 'burgled', 'crime', 'robo', 'robaron', 'robado', 'robada', 'robados', 'robadas', 'hurto', 'hurtaron', 'asalto', 'asaltaron', 'siniestro', 'accident', 'accidente']);

/** Where such a crime is reported: the police, a prosecutor, a police report. */
const POLICE = new Set(['police', 'cops', 'policia', 'comisaria', 'fiscalia', 'carabineros', 'guardia', 'denuncia', 'denuncio', 'denunciar', 'denunciado', 'denunciarlo']);

/** "ustedes me robaron", "you stole my money": the company is the one accused, so it is no crime the customer suffered */
export function byYou(ctx: RuleContext, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && ctx.tokens[j].clause === ctx.tokens[k].clause; j--) if (ctx.inClass('you', ctx.tokens[j])) return true;
  return false;
}

/** Is the word at k a crime the customer suffered (not one they accuse the company of)? */
export const crimeAt = (ctx: RuleContext, k: number) => (CRIME.has(ctx.tokens[k].norm) || brokenInto(ctx, k)) && !byYou(ctx, k);

/** "my car was broken into", "someone broke into our shed" (not "the screen is broken") */
const brokenInto = (ctx: RuleContext, k: number) => (ctx.tokens[k].norm === 'broken' || ctx.tokens[k].norm === 'broke') && ctx.tokens[k + 1]?.norm === 'into';

/** A crime the customer suffered, reported to the police ("me robaron el celular, ya puse la denuncia"); once per message. */
export function crimeReported(ctx: RuleContext): boolean {
  let r = ctx.memo.crime;
  if (r === undefined) {
    let crime = false;
    let police = false;
    for (let k = 0; k < ctx.tokens.length && !(crime && police); k++) {
      crime ||= crimeAt(ctx, k);
      police ||= POLICE.has(ctx.tokens[k].norm);
    }
    ctx.memo.crime = r = crime && police;
  }
  return r;
}
