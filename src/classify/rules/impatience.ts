import { isNegated, type Rule, type RuleContext } from '../context.ts';
import { DEADLINE_PRESSURE, IMPATIENCE_MIN, SENTENCE_REACH, SHOUTED_IMPATIENCE_FACTOR, SHOUTED_URGENCY } from '../tunables.ts';
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

/** Words of "this instant" (not "today": "quiero saber si llega hoy" asks, it does not press). */
const IMMEDIATE = new Set(['ya', 'now', 'ahora', 'ahorita', 'immediately', 'inmediatamente']);

/** Spanish commands carry their object: "reconéctenmelo", "devuélvanme", "dame", "mándenmela". */
const COMMAND_ENDING = /(?:melos?|melas?|nme)$/;

/** A request word ("quiero", "páseme", "I need", "reconéctenmelo") earlier in the same sentence. */
function requestBefore(ctx: RuleContext, i: number): boolean {
  const s = ctx.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - SENTENCE_REACH && ctx.tokens[k].sentence === s; k--) {
    const t = ctx.tokens[k];
    if (ctx.inClass('ask', t) || (ctx.lang !== 'en' && t.norm.length > 6 && COMMAND_ENDING.test(t.norm))) return true;
  }
  return false;
}

/** Greetings that, asked alone with "??", mean "is anyone there?" ("¿¿HOLA??", "hello??"). */
const GREETING = new Set(['hola', 'hello', 'hellooo', 'hi', 'helo', 'buenas', 'alo', 'halo']);
/** ...and "¿alguien?", "anyone?" asked alone, once is enough. */
const ANYONE = new Set(['alguien', 'anyone', 'anybody', 'nadie']);

/** "¿¿hola??", "Hello??", "¿alguien?": a greeting asked twice over, or "anyone?", as a sentence of its own. */
function calledOut(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  const anyone = ANYONE.has(t.norm);
  if (!anyone && !GREETING.has(t.norm)) return false;
  if (ctx.tokens[i - 1]?.sentence === t.sentence || ctx.tokens[i + 1]?.sentence === t.sentence) return false;
  return ctx.text.startsWith(anyone ? '?' : '??', t.end);
}

/** Days the company is asked to act by ("send it today", "necesito la factura hoy"). */
const DEADLINE = new Set(['today', 'tonight', 'tomorrow', 'eod', 'hoy', 'manana']);
/** Words that press for someone else's action: a need for a thing, a plea, a command. */
const PRESSING = new Set(['need', 'needs', 'please', 'pls', 'plz', 'kindly', 'must', 'necesito', 'necesitamos', 'necesitaria', 'urge', 'porfa', 'favor', 'requiero', 'exijo']);
/** ...not when the sentence only asks about the deadline or the customer's own plans ("quiero saber si llega hoy"). */
const OPEN_QUESTION = new Set(['if', 'whether', 'when', 'what', 'can', 'could', 'will', 'would', 'is', 'are', 'do', 'does', 'si', 'cuando', 'saber', 'know', 'cual', 'puedo', 'pueden', 'podrian', 'podria', 'hay']);
/** "la mañana", "por la mañana", "de mañana": the morning, not tomorrow. */
const MORNING = new Set(['la', 'esta', 'una', 'cada', 'toda']);

/**
 * "I need the receipt today for my expense report", "please can someone confirm it tonight", "necesito la factura hoy
 * para la contabilidad": a day to act by, after a word that presses for the company's action (a need for a thing,
 * not "I need to go today"; a plea; a Spanish command, "envíenmela hoy"), with no question in between.
 */
function deadlineAt(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!DEADLINE.has(t.norm) || isNegated(ctx, i, 2)) return false;
  if (t.norm === 'manana' && MORNING.has(ctx.tokens[i - 1]?.norm ?? '')) return false;
  // a question asks when ("can you deliver it today?"): the clause must not end in "?"
  let last = i;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].clause === t.clause) last++;
  const endsAt = ctx.tokens[last].end;
  if (ctx.text.startsWith('?', endsAt) || ctx.text.startsWith(' ?', endsAt)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 12 && ctx.tokens[k].sentence === t.sentence; k--) {
    const w = ctx.tokens[k];
    if (OPEN_QUESTION.has(w.norm) || ctx.inClass('conditional', w)) return false;
    const next = ctx.tokens[k + 1];
    // "I need to go today", "necesito ir hoy": the customer's own plans
    const ownPlan = next !== undefined && (next.norm === 'to' || (ctx.lang !== 'en' && /(?:ar|er|ir)$/.test(next.norm)));
    if (PRESSING.has(w.norm) && !ownPlan) return true;
    if (ctx.lang !== 'en' && w.norm.length > 6 && COMMAND_ENDING.test(w.norm)) return true;
  }
  return false;
}

/** Phrases, plus an urgency word written in capitals on its own ("YA", "NOW", "HOY") or closing a request ("lo quiero ya"). */
export const impatience: Rule = {
  flag: 'impatience',
  run(ctx) {
    const r = phrases.run(ctx);
    if (r.score < DEADLINE_PRESSURE) {
      for (let i = 0; i < ctx.tokens.length; i++) {
        if (!deadlineAt(ctx, i)) continue;
        const t = ctx.tokens[i];
        r.score = Math.max(r.score, DEADLINE_PRESSURE);
        r.evidence.push({ flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:deadline', reason: 'a day the company is pressed to act by' });
        break;
      }
    }
    // (nothing to look for without an urgency word, or a "?" for "¿¿hola??")
    if (!ctx.anyInClass('urgent') && !ctx.anyInClass('urgente') && !ctx.text.includes('?')) return r;
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      if (r.score < SHOUTED_URGENCY && calledOut(ctx, i)) {
        r.score = SHOUTED_URGENCY;
        r.evidence.push({ flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:anyone-there', reason: 'a greeting asked again and again: is anyone there?' });
        continue;
      }
      if (t.norm.length < 2 || !(ctx.inClass('urgent', t) || ctx.inClass('urgente', t))) continue;
      // "Ya." / "NOW." as a sentence of its own is pressure, in capitals or not
      const prev = ctx.tokens[i - 1];
      // "…as Richard P. today." is one sentence: a capital initial does not end one
      const afterInitial = prev !== undefined && prev.end - prev.start === 1 && /[A-Z]/.test(ctx.text[prev.start]!);
      const alone = prev?.sentence !== t.sentence && !afterInitial && ctx.tokens[i + 1]?.sentence !== t.sentence;
      // "I need it NOW!" presses; "but NOW I DO" only stresses the word: the urgent word must close its clause
      const next = ctx.tokens[i + 1];
      const closes = !next || next.clause !== t.clause;
      // "páseme con un humano ya", "refund me now": closing a request, it presses in lower case too
      // (in capitals too: "FIX IT NOW" in a message all in capitals is still a request)
      const request = !alone && closes && IMMEDIATE.has(t.norm) && requestBefore(ctx, i);
      if (!t.caps && !alone && !request) continue;
      // "necesito el paz y salvo HOY para la notaría": in capitals after a request word it presses mid-clause too
      if (!alone && !closes && !(t.caps && requestBefore(ctx, i))) continue;
      // in a message written all in capitals, capitals are not emphasis
      // (but "NOW!!!!" as a sentence of its own still presses, so keep looking)
      if (!alone && !request && ctx.stats.capsWords > ctx.stats.words * 0.4) continue;
      if (isNegated(ctx, i, 2)) continue;
      if (r.score < SHOUTED_URGENCY) {
        r.score = SHOUTED_URGENCY;
      }
      r.evidence.push(
        request
          ? { flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:request-now', reason: 'an urgency word closing a request' }
          : { flag: 'impatience', start: t.start, end: t.end, rule: 'impatience:shouted-urgency', reason: 'an urgency word in capitals' },
      );
      break;
    }
    return r;
  },
};
