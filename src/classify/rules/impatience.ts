import { isNegated, matchStarts, wordEvidence, wordSet, type Rule, type RuleContext } from '../context.ts';
import { DEADLINE_PRESSURE, IMPATIENCE_MIN, IMPATIENCE_PAIR_MIN, SENTENCE_REACH, SHOUTED_IMPATIENCE_FACTOR, SHOUTED_URGENCY } from '../tunables.ts';
import type { Match } from '../matcher.ts';
import { phraseRule } from './phrase-rule.ts';

/** Repeat contact and explicit time pressure (lexicons/<lang>/impatience.tsv). "No hay prisa" is negated. */
const phrases = phraseRule({
  flag: 'impatience',
  category: 'impatience',
  min: IMPATIENCE_MIN,
  negationWindow: 2,
  jokes: false,
  reason: 'repeat contact or time pressure',
  notes: false,
  shouted: SHOUTED_IMPATIENCE_FACTOR,
  pairMin: IMPATIENCE_PAIR_MIN,
  stressed: waitAlone,
  // ("dropping out every 10 mins since the storm", "cada 2 horas": how often, not how long)
  skip: (ctx, m) => (m.to - m.from === 2 && notWaiting(ctx, m.from)) || everyAmount(ctx, m.from, m.to),
});

/**
 * "Six weeks. Not a penny.", "Tres semanas. TRES.": a bare amount of time said as a sentence of its own, with more
 * to say after or before it, is stressed like one in capitals (a "3 days." that is the whole message may answer a
 * question; "3 days?" asks one; "8 years. No more." is loyalty, not a wait). Only the two-word rows that open with a
 * class ("@amount @unit", "@cantidad @plazo") are amounts of time: a row's first character says so without a look-up.
 */
function waitAlone(ctx: RuleContext, m: Match): boolean {
  const t = ctx.tokens;
  const s = t[m.from].sentence;
  const unit = t[m.to - 1];
  return m.row.term[0] === '@' && m.to - m.from === 2 && t[m.from - 1]?.sentence !== s && t[m.to]?.sentence !== s && t[0].sentence !== t[t.length - 1].sentence && !/^(y|a[nñ]o)|\?/.test(unit.norm + ctx.text.slice(unit.end, unit.end + 2));
}

const EVERY = wordSet('every cada');
/** "every 10 mins", "cada 5 minutos" right before or inside the match: a frequency */
function everyAmount(ctx: RuleContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 1); k < to - 1; k++) {
    if (!EVERY.has(ctx.tokens[k].norm)) continue;
    const next = ctx.tokens[k + 1];
    if (/^[0-9]/.test(next.norm) || ctx.inClass('amount', next) || ctx.inClass('cantidad', next)) return true;
  }
  return false;
}

/**
 * A bare amount of time that is no wait: a compound ("the 10-day window", "my 84-year-old mother", "a 2-hour lunch")
 * or a rate after a figure ("£60 a month", "$45 per month").
 */
function notWaiting(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (ctx.text.charCodeAt(t.end) === 45 && ctx.tokens[i + 1].start === t.end + 1) return true;
  return (t.norm === 'a' || t.norm === 'per') && /^[0-9]+$/.test(ctx.tokens[i - 1]?.norm ?? '');
}

/** Words of "this instant" (not "today": "quiero saber si llega hoy" asks, it does not press). */
const IMMEDIATE = wordSet('ya now ahora ahorita altiro immediately inmediatamente');

/** Spanish commands carry their object: "reconéctenmelo", "devuélvanme", "dame", "mándenmela", "resuélvanlo". */
const COMMAND_ENDING = /(?:melos?|melas?|nme|nlos?|nlas?)$/;

/** "I'll", "we will", "I can": the customer says what they will do ("I'll send it now"), nobody is asked ("we'll" is
 * left out: folded, it is "well", as in "well, send it now"). */
const FIRST_PERSON = wordSet('i we ill');
const OWN_MODAL = wordSet('will can shall gonna ll could');
function ownAction(ctx: RuleContext, k: number): boolean {
  const prev = ctx.tokens[k - 1]?.norm;
  if (prev === undefined) return false;
  if (FIRST_PERSON.has(prev)) return true;
  return OWN_MODAL.has(prev) && FIRST_PERSON.has(ctx.tokens[k - 2]?.norm ?? '');
}

/** A request word ("quiero", "páseme", "I need", "reconéctenmelo") earlier in the same sentence. */
function requestBefore(ctx: RuleContext, i: number): boolean {
  const s = ctx.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - SENTENCE_REACH && ctx.tokens[k].sentence === s; k--) {
    const t = ctx.tokens[k];
    // ("I need", "I want" ask even after "I"; "I'll send it now" does not)
    if (ctx.inClass('ask', t) && (t.norm === 'need' || t.norm === 'want' || !ownAction(ctx, k))) return true;
    if (ctx.lang !== 'en' && t.norm.length > 6 && COMMAND_ENDING.test(t.norm)) return true;
  }
  return false;
}

/** Greetings that, asked alone with "??", mean "is anyone there?" ("¿¿HOLA??", "hello??"). */
const GREETING = wordSet('hola hello hellooo hi helo buenas alo halo');
/** ...and "¿alguien?", "anyone?" asked alone, once is enough. */
const ANYONE = wordSet('alguien anyone anybody nadie');

/** "¿¿hola??", "Hello??", "¿alguien?": a greeting asked twice over, or "anyone?", as a sentence of its own. */
function calledOut(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  // (asked either way, the word is followed by a "?": most words are not, and need no look-up)
  if (ctx.text.charCodeAt(t.end) !== 0x3f) return false;
  const anyone = ANYONE.has(t.norm);
  if (!anyone && !GREETING.has(t.norm)) return false;
  if (ctx.tokens[i - 1]?.sentence === t.sentence || ctx.tokens[i + 1]?.sentence === t.sentence) return false;
  return ctx.text.startsWith(anyone ? '?' : '??', t.end);
}

/** Days the company is asked to act by ("send it today", "necesito la factura hoy"). */
const DEADLINE = wordSet('today tonight tomorrow eod hoy mañana manana');
/** ...and the days a limit can name ("till Friday", "hasta el viernes") */
const WEEKDAY = wordSet('monday tuesday wednesday thursday friday saturday sunday weekend lunes martes miercoles jueves viernes sabado domingo finde');
/** every word deadlineAt may start from, besides a date in figures */
const DAY_WORDS = new Set([...DEADLINE, ...WEEKDAY, 'week', 'semana']);
/** Words that set a limit before a day or a date ("by 5pm today", "antes del lunes", "a más tardar el 30"). */
const BY = wordSet('by till til until before due antes hasta tardar vence');
/** "I'm away until Friday", "estoy de vacaciones hasta el lunes": the customer's own absence, no limit. */
const AWAY = wordSet('away off out holiday holidays vacation leave travelling traveling stuck wait leaving vacaciones fuera viaje viajando');
/** Words that press for someone else's action: a need for a thing, a plea, a command. */
const PRESSING = wordSet('need needs want quiero please pls plz kindly must necesito necesitamos necesitaria urge porfa favor requiero exijo');
/** Spanish asks with the verb alone ("¿me lo pueden enviar?") */
const CAN_YOU = wordSet('pueden puede podrian podria podes tienen tienes tenes teneis');
/** ...not when the sentence only asks about the deadline or the customer's own plans ("quiero saber si llega hoy"). */
const OPEN_QUESTION = wordSet('if whether when what can could will would is are do does si cuando saber know cual puedo pueden podrian podria hay');
/** "la mañana", "por la mañana", "de mañana": the morning, not tomorrow. */
const MORNING = wordSet('la esta una cada toda');

const OWN_PLAN = wordSet('puedo podemos estoy estamos voy vamos llego salgo');

/** "I need to go today", "necesito ir hoy": the word pressing at `k` is followed by the customer's own plans */
function ownPlan(ctx: RuleContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return next !== undefined && (next.norm === 'to' || (ctx.lang !== 'en' && /(?:ar|er|ir)$/.test(next.norm)));
}

/** "si" right before the day, or before "el" / "para el" and the day */
function ifBefore(ctx: RuleContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const n = ctx.tokens[k].norm;
    if (n === 'si') return true;
    if (n !== 'el' && n !== 'para' && n !== 'esta' && n !== 'este') return false;
  }
  return false;
}


/**
 * The day at `i` inside a condition that something is not done ("si no me devuelven la plata mañana…", "If my laptop
 * isn't here tomorrow…", "unless it's fixed this week…", "Should I not receive a reply within 14 days…"), with a legal
 * or physical threat in the sentence, before or after it: a limit with its consequence ("I'll take this to small
 * claims if the £1,240 isn't in my account within 14 days"). (Without a threat, "if it doesn't come tomorrow, can I
 * pick it up?" only asks.)
 */
function threatIfNotBy(ctx: RuleContext, i: number): boolean {
  // (Spain's "como" + subjunctive is an "if": "como mañana no esté el sofá…"; a formal "should I not…" is one too)
  const clause = ctx.tokens[i].clause;
  let cond = -1;
  for (let k = i - 1; k >= 0 && k >= i - 12 && ctx.tokens[k].clause === clause && cond < 0; k--) {
    const t = ctx.tokens[k];
    if (ctx.inClass('conditional', t) || t.norm === 'como' || (t.norm === 'should' && FIRST_PERSON.has(ctx.tokens[k + 1].norm))) cond = k;
  }
  if (cond < 0) return false;
  let negated = ctx.tokens[cond].norm === 'unless';
  for (let k = cond + 1; k <= i + 2 && k < ctx.tokens.length && !negated; k++) negated = ctx.inClass('negation', ctx.tokens[k]) && ctx.tokens[k].clause === clause;
  return negated && threatIn(ctx, ctx.tokens[i].sentence, cond - SENTENCE_REACH);
}

/** "or", "si no": what follows is what happens otherwise ("failing that" opens a sentence) */
const OR_ELSE = wordSet('or otherwise o sino failing');

/**
 * An ultimatum: the day at `i`, then "or" / "o" and a legal or physical threat phrase, in one sentence ("refund me this
 * week or I'm filing in small claims", "me lo das hoy o voy yo"), or in the next one when it opens with "Otherwise" or
 * "Failing that". (The day a threat will be carried out is no limit given: "I'm reporting you to the ombudsman today".)
 */
function ultimatum(ctx: RuleContext, i: number): boolean {
  const s = ctx.tokens[i].sentence;
  for (let k = i + 1; k < ctx.tokens.length && k <= i + 8; k++) {
    const t = ctx.tokens[k];
    // (the next sentence only by its first word)
    if (t.sentence !== s && (t.sentence > s + 1 || ctx.tokens[k - 1].sentence === t.sentence)) return false;
    // ("in 3 weeks or so" offers no alternative)
    if (OR_ELSE.has(t.norm) && ctx.tokens[k + 1]?.norm !== 'so') return threatIn(ctx, t.sentence, k + 1);
  }
  return false;
}

/** Does a legal or physical threat phrase start in sentence `s`, from token `from` on (at most 2 × SENTENCE_REACH words: linear)? */
function threatIn(ctx: RuleContext, s: number, from: number): boolean {
  const starts = threatStarts(ctx);
  const start = Math.max(0, from);
  for (let k = start; k < ctx.tokens.length && k <= start + 2 * SENTENCE_REACH && ctx.tokens[k].sentence <= s; k++) if (starts[k] && ctx.tokens[k].sentence === s) return true;
  return false;
}

/** Where legal and physical threat phrases (not mere hints) start. */
const THREATS = ['legal', 'threat'] as const;
const threatStarts = (ctx: RuleContext) => matchStarts(ctx, THREATS, 0.5);

/**
 * Someone spoken to or pressed in the sentence or the next: "you", a request or a plea ("…el 30. ¿Me lo pueden
 * enviar?"); "thank you" addresses nobody.
 */
function addressed(ctx: RuleContext, sentence: number, around: number): boolean {
  const presses = (k: number) => {
    const w = ctx.tokens[k];
    return (ctx.inClass('you', w) && ctx.tokens[k - 1]?.norm !== 'thank') || ctx.inClass('ask', w) || PRESSING.has(w.norm) || CAN_YOU.has(w.norm);
  };
  for (let k = around; k >= 0 && k >= around - SENTENCE_REACH && ctx.tokens[k].sentence === sentence; k--) if (presses(k)) return true;
  for (let k = around + 1; k < ctx.tokens.length && k <= around + SENTENCE_REACH && ctx.tokens[k].sentence <= sentence + 1; k++) if (presses(k)) return true;
  return false;
}

/** A limit word ("by", "hasta", "due") up to three words before `i`, same clause, not the customer's absence. */
function limitBefore(ctx: RuleContext, i: number): boolean {
  const clause = ctx.tokens[i].clause;
  for (let k = i - 1; k >= 0 && k >= i - 3 && ctx.tokens[k].clause === clause; k--) {
    if (!BY.has(ctx.tokens[k].norm)) continue;
    // "great job by your people today": "by you…" names who did it, not a limit
    if (ctx.tokens[k].norm === 'by' && ctx.inClass('you', ctx.tokens[k + 1])) return false;
    for (let j = k - 1; j >= 0 && j >= k - 3 && ctx.tokens[j].clause === clause; j--) if (AWAY.has(ctx.tokens[j].norm)) return false;
    return true;
  }
  return false;
}

/** Words that open a time limit before a figure: "within 7 days", "en 48 horas", "dentro de 5 días", "by 5". */
const WITHIN = wordSet('within in en');
/** ...and the words before "de" that make one: "dentro de 5 días", "un plazo de 48 horas" (not "garantía de 2 años") */
const WITHIN_DE = wordSet('dentro plazo maximo');

const DAY_KIND = wordSet('working business calendar');

/** A figure that sets a time limit: "within 7 days", "en 48 horas", "by 5" (not "in 2019", "up by 14"). */
function timeLimit(ctx: RuleContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  // ("within five working days", "en 10 días hábiles": a kind of day between the figure and the unit)
  const next = DAY_KIND.has(ctx.tokens[i + 1]?.norm ?? '') ? ctx.tokens[i + 2] : ctx.tokens[i + 1];
  if (prev === undefined || prev.sentence !== ctx.tokens[i].sentence) return false;
  if (prev.norm === 'by') return next === undefined || next.clause !== prev.clause || !ctx.inClass('unit', next);
  const opens = WITHIN.has(prev.norm) || (prev.norm === 'de' && WITHIN_DE.has(ctx.tokens[i - 2]?.norm ?? ''));
  return opens && next !== undefined && next.clause === prev.clause && (ctx.inClass('unit', next) || ctx.inClass('plazo', next));
}

/** the same day, asked for in a question ("tomorrow" is as often a booking: "¿se puede programar para mañana?") */
const SAME_DAY = wordSet('today tonight hoy');
/** ...to tell, check or help, not to act: "can you tell me if it's out for delivery today?" */
const TELL = wordSet('tell help confirm let check if whether when si para decir confirmar avisar');

/**
 * "Can someone come out today?", "Could you send it over today if at all possible?", "¿me lo pueden mandar hoy?": the
 * company asked to act on this very day, the day closing the question ("el técnico puede venir hoy?" only asks).
 */
function askedToActToday(ctx: RuleContext, i: number): boolean {
  if (!SAME_DAY.has(ctx.tokens[i].norm)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 10 && ctx.tokens[k].sentence === ctx.tokens[i].sentence; k--) {
    const n = ctx.tokens[k].norm;
    if (TELL.has(n)) return false;
    const next = ctx.tokens[k + 1].norm;
    if ((n === 'can' || n === 'could') && (next === 'you' || next === 'someone' || next === 'somebody')) return true;
    if (CAN_YOU.has(n) && k > 0 && (ctx.tokens[k - 1].norm === 'me' || ctx.tokens[k - 1].norm === 'lo' || ctx.tokens[k - 1].norm === 'la')) return true;
  }
  return false;
}

/** the day something expires, renews or falls due (see deadlineAt) */
const EXPIRES = wordSet('vence vencen caduca expira expires expire renews');

/**
 * Time pressure from a day or a date, said three ways: a limit set for someone addressed ("I'm giving you till 5pm
 * today", "les doy plazo hasta el viernes", "a más tardar el 30"); the day of an ultimatum ("refund me this week or
 * I'm filing in small claims"); or a day to act by after a word that presses for the company's action ("I need the
 * receipt today for my expense report", "please confirm it tonight", "envíenmela hoy"). Never the customer's own plans
 * ("I need to go today") nor a question about the day ("can you deliver it today?").
 */
function deadlineAt(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  const n = t.norm;
  const week = (n === 'week' || n === 'semana') && (ctx.tokens[i - 1]?.norm === 'this' || ctx.tokens[i - 1]?.norm === 'esta');
  const day = DEADLINE.has(n) || WEEKDAY.has(n) || week;
  // a day of the month after "el" / "the" ("a más tardar el 30", "by the 12th"), not a sum or a time ("up by £14")
  if (!day && !(/^[0-9]/.test(n) && (ctx.tokens[i - 1]?.norm === 'el' || ctx.tokens[i - 1]?.norm === 'del' || ctx.tokens[i - 1]?.norm === 'the'))) {
    // a time limit ("within 7 days", "en 48 horas", "by 5") counts only with a threat for missing it: "refund me
    // within 7 days or I'll file in small claims", "si en 48 horas no me devuelven la plata los denuncio"
    return timeLimit(ctx, i) && (threatIfNotBy(ctx, i) || ultimatum(ctx, i));
  }
  if ((n === 'mañana' || n === 'manana') && MORNING.has(ctx.tokens[i - 1]?.norm ?? '')) return false;
  // "la licencia vence el 30", "my plan renews on the 12th": when something expires, not a day given to the company
  // ("el plazo vence el 30" is the customer's deadline)
  const j = EXPIRES.has(ctx.tokens[i - 1]?.norm ?? '') ? i - 1 : EXPIRES.has(ctx.tokens[i - 2]?.norm ?? '') ? i - 2 : -1;
  if (j > 0 && ctx.tokens[j - 1].norm !== 'plazo' && ctx.tokens[j - 1].norm !== 'deadline') return false;
  // "si el lunes no tengo el placard armado…", "si para el viernes no llega": a day set as the condition of what follows
  // (not the customer's own plans: "si el lunes no puedo ir")
  if (day && ctx.tokens[i + 1]?.norm === 'no' && !OWN_PLAN.has(ctx.tokens[i + 2]?.norm ?? '') && ifBefore(ctx, i)) return true;
  if (day && threatIfNotBy(ctx, i)) return true;
  if (isNegated(ctx, i, 2)) return false;
  if (day && ultimatum(ctx, i)) return true;
  // a question asks when ("can they get back till Wednesday?", "can you deliver it today?"): the clause must not end
  // in "?"
  let last = i;
  while (last + 1 < ctx.tokens.length && last < i + SENTENCE_REACH && ctx.tokens[last + 1].clause === t.clause) last++;
  const endsAt = ctx.tokens[last].end;
  if (ctx.text.startsWith('?', endsAt) || ctx.text.startsWith(' ?', endsAt)) return askedToActToday(ctx, i);
  if (limitBefore(ctx, i) && addressed(ctx, t.sentence, i)) return true;
  if (!DEADLINE.has(n)) return false;
  // "Mañana a primera hora quiero la plata", "Tomorrow morning I want the refund": the day heads the demand
  if (ctx.tokens[i - 1]?.sentence !== t.sentence) {
    for (let k = i + 1; k < ctx.tokens.length && k <= i + 5 && ctx.tokens[k].clause === t.clause; k++) if (PRESSING.has(ctx.tokens[k].norm)) return !ownPlan(ctx, k);
  }
  for (let k = i - 1; k >= 0 && k >= i - 12 && ctx.tokens[k].sentence === t.sentence; k--) {
    const w = ctx.tokens[k];
    if (OPEN_QUESTION.has(w.norm) || ctx.inClass('conditional', w)) return false;
    if (PRESSING.has(w.norm) && !ownPlan(ctx, k)) return true;
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
      // (an amount in words is looked for only in a message that has one)
      const amounts = ctx.anyInClass('amount') || ctx.anyInClass('cantidad');
      for (let i = 0; i < ctx.tokens.length; i++) {
        // (most words are no day and no date: one look-up, not the whole check)
        const n = ctx.tokens[i].norm;
        const c = n.charCodeAt(0);
        // ("within five working days": an amount in words, after a word that opens a time limit)
        if (!DAY_WORDS.has(n) && !(c >= 0x30 && c <= 0x39) && !(amounts && i > 0 && WITHIN.has(ctx.tokens[i - 1].norm) && (ctx.inClass('amount', ctx.tokens[i]) || ctx.inClass('cantidad', ctx.tokens[i])))) continue;
        if (!deadlineAt(ctx, i)) continue;
        const t = ctx.tokens[i];
        r.score = Math.max(r.score, DEADLINE_PRESSURE);
        r.evidence.push(wordEvidence('impatience', t, 'impatience:deadline', 'a day or a date the company is given to act by'));
        break;
      }
    }
    // (nothing to look for without an urgency word, or a "?" for "¿¿hola??")
    const urgency = ctx.anyInClass('urgent') || ctx.anyInClass('urgente');
    if (!urgency && !ctx.text.includes('?')) return r;
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i];
      if (r.score < SHOUTED_URGENCY && calledOut(ctx, i)) {
        r.score = SHOUTED_URGENCY;
        r.evidence.push(wordEvidence('impatience', t, 'impatience:anyone-there', 'a greeting asked again and again: is anyone there?'));
        continue;
      }
      if (!urgency || t.norm.length < 2 || !(ctx.inClass('urgent', t) || ctx.inClass('urgente', t))) continue;
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
      // (Chile's "al tiro" is "ya")
      const request = !alone && closes && (IMMEDIATE.has(t.norm) || (t.norm === 'tiro' && prev?.norm === 'al')) && requestBefore(ctx, i);
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
          ? wordEvidence('impatience', t, 'impatience:request-now', 'an urgency word closing a request')
          : wordEvidence('impatience', t, 'impatience:shouted-urgency', 'an urgency word in capitals'),
      );
      break;
    }
    return r;
  },
};
