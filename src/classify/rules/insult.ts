import { evidenceFor, isNegated, matchesOf, matchStarts, POINTED, take, wordSet, type Rule, type RuleContext } from '../context.ts';
import type { Match } from '../matcher.ts';
import type { Token } from '../tokenize.ts';
import { isWarm, noStrongAnger } from './anger.ts';
import { crimeReported } from './crime.ts';
import { isName } from './vulgarity.ts';
import { INSULT_NEGATION_WINDOW, SELF_WINDOW, SENTENCE_REACH, INSULT_MIN, INSULT_VOCATIVE_FACTOR, INSULT_VOCATIVE_MIN, SWEAR_AT_PERSON_MIN, SWEAR_AT_PERSON_SCORE, TARGET_WINDOW } from '../tunables.ts';

type Target = 'person' | 'product' | 'other' | 'none';

const COMPLEMENT = wordSet('de del en al por of at in on from');
const ARTICLE_LIKE = wordSet('el esta este esa ese');
const DEMONSTRATIVE = wordSet('eso esto todo this that it');
const COPULA = wordSet('is was es fue era');

/** Possessives that are only possessives once accents are folded ("tu" is also "tú", so it is not here). */
const POSSESSIVE = wordSet('your su sus tus');
/** "I've never dealt with such an incompetent bunch", "nunca vi gente tan inútil": "never" only makes it the worst */
const SUCH = wordSet('such more tan mas');
const NEVER = wordSet('never nunca jamas');
function neverSuch(ctx: RuleContext, from: number): boolean {
  const b1 = ctx.tokens[from - 1];
  const b2 = ctx.tokens[from - 2];
  const such = (b1 !== undefined && SUCH.has(b1.norm)) || (b2 !== undefined && b2.clause === ctx.tokens[from].clause && SUCH.has(b2.norm) && (b1!.norm === 'a' || b1!.norm === 'an'));
  if (!such) return false;
  for (let k = from - 1; k >= 0 && k >= from - 8 && ctx.tokens[k].clause === ctx.tokens[from].clause; k--) if (NEVER.has(ctx.tokens[k].norm)) return true;
  return false;
}

/** "no sean giles", "no seas tan inútil", "don't be such an idiot": telling them not to be one calls them one */
const BE_TOLD = wordSet('seas sean seais seai be');
function dontBe(ctx: RuleContext, from: number): boolean {
  for (let k = from - 1; k >= 1 && k >= from - 3 && ctx.tokens[k].clause === ctx.tokens[from].clause; k--) {
    if (BE_TOLD.has(ctx.tokens[k].norm)) return ctx.tokens[k - 1].norm === 'no' || ctx.tokens[k - 1].norm === 'dont';
  }
  return false;
}

/** words for a crowd of people after an epithet ("an incompetent bunch", "a useless lot") */
const BUNCH = wordSet('bunch lot mob crowd shower pack');
/** a company, as the one its people make up ("una empresa de ladrones") */
const ORG = wordSet('empresa banco compania aerolinea tienda negocio company bank firm airline outfit shop store');
const OF_PEOPLE = wordSet('de of');
const OWN = wordSet('my our mi mis nuestro nuestra');
/** A swear phrase that starts with one of these is a verb ("me cagó", "te jodiste"), not a name for someone. */
const REFLEXIVE = wordSet('me te se nos os');
/** "esta wea", "this shit", "la misma chingadera": a determiner before a swear word makes it a thing. */
const DETERMINER = wordSet('esta este esa ese this that misma mismo same');
/** "for fuck's sake", "are you f***ing serious?": a swear word before these is an exclamation, aimed at no one */
const EXCLAIMED = wordSet('sake serious');

const INSULTS = ['insult'] as const;
/** "your company is run by liars", "atendido por ladrones": who runs or staffs it is people */
const FILLED = new Set(['run by', 'staffed by', 'manejado por', 'dirigido por', 'atendido por']);

/** a word for someone of the company's or for a person ("agent", "la chica") */
const isPeople = (ctx: RuleContext, t: Token) => ctx.inClass('staff', t) || ctx.inClass('person', t);
/** ...or for the one spoken to ("you", "ustedes") */
const isSomeone = (ctx: RuleContext, t: Token) => ctx.inClass('you', t) || isPeople(ctx, t);

/** "your incompetent support team": a product word that names a team (a word for staff right after it) is people */
function team(ctx: RuleContext, k: number): boolean {
  return k < ctx.tokens.length && ctx.inClass('product', ctx.tokens[k]) && staffAfter(ctx, k + 1);
}

/**
 * Who is the insult word aimed at? Looks at the next word ("servicio inútil", "useless app" → product) and
 * back through the sentence for the nearest cue: second person or staff ("eres", "ustedes", "you people",
 * "el agente") → person; a product or service noun → product; a third party ("mi hermano") → other.
 */
export function targetOf(ctx: RuleContext, m: Match, lookAhead = true, sameClause = false): Target {
  if (saidOfYou(ctx, m.from) || saidOfWhoever(ctx, m.from)) return 'person';
  const b1 = ctx.tokens[m.from - 1];
  const b2 = ctx.tokens[m.from - 2];
  if (b1 && b2 && b2.clause === ctx.tokens[m.from].clause) {
    if (FILLED.has(b2.norm + ' ' + b1.norm)) return 'person';
    // "another useless drongo replies": another one of them (not "another stupid fee": a word between)
    if (m.row.weight >= INSULT_VOCATIVE_MIN && ANOTHER.has(b2.norm) && matchStarts(ctx, INSULTS)[m.from - 1] === 1) return 'person';
    // "una empresa de ladrones", "banco de rateros", "a company of crooks": the people who run it (a plural word for
    // people; "empresa de mierda" speaks of the company)
    if (OF_PEOPLE.has(b1.norm) && ORG.has(b2.norm) && m.row.weight >= INSULT_VOCATIVE_MIN && ctx.tokens[m.to - 1].norm.endsWith('s')) return 'person';
  }
  const next = ctx.tokens[m.to];
  // "such an incompetent bunch", "a clueless bunch of people", "una bola de ineptos": a crowd of people
  if (next !== undefined && next.sentence === ctx.tokens[m.from].sentence && BUNCH.has(next.norm)) {
    const of = ctx.tokens[m.to + 1];
    const what = ctx.tokens[m.to + 2];
    if (of === undefined || of.norm !== 'of' || (what !== undefined && (isSomeone(ctx, what) || what.norm === 'people'))) return 'person';
  }
  // an English plural noun modifies nothing after it: "you idiots answer the phone" is no "idiot answer"
  const last = ctx.tokens[m.to - 1].norm;
  const pluralNoun = ctx.lang === 'en' && last.endsWith('s') && !last.endsWith('ss');
  // the very next word, in the same clause ("ladrones, eso es lo que son": the "eso" after a comma is not the target)
  if (next && !pluralNoun && next.sentence === ctx.tokens[m.from].sentence && next.clause === ctx.tokens[m.to - 1].clause && !DEMONSTRATIVE.has(next.norm)) {
    if (ctx.inClass('product', next)) return team(ctx, m.to) ? 'person' : 'product'; // "useless app", "inútil servicio"
    // "una mierda de servicio", "a joke of a company"
    const then = ctx.tokens[m.to + 1];
    if (COMPLEMENT.has(next.norm) && then && then.clause === next.clause && ctx.inClass('product', then)) return 'product';
    if (ctx.inClass('staff', next)) return 'person'; // "useless agent", "incompetentes asesores"
  }
  const s = ctx.tokens[m.from].sentence;
  // "el idiota soy yo": the word right after names the customer (checked first: folded, "el" is also "él")
  const after = ctx.tokens[m.to];
  if (after && after.sentence === s && after.clause === ctx.tokens[m.to - 1].clause && ctx.inClass('self-after', after)) return 'other';
  const second = ctx.tokens[m.to + 1];
  const third = ctx.tokens[m.to + 2];
  if (after && second && after.sentence === s && second.sentence === s) {
    // "eejit that I am", "idiot that I was": the customer of themselves
    const saysBe = second.norm === 'im' || (third !== undefined && third.sentence === s && (third.norm === 'am' || third.norm === 'was'));
    if (after.norm === 'that' && ctx.inClass('self', second) && saysBe) return 'other';
    // "el gilipollas de mi cuñado": the epithet belongs to someone of the customer's own
    if ((after.norm === 'de' || after.norm === 'del') && (second.norm === 'mi' || second.norm === 'mis')) return 'other';
    // "el inútil del mecánico", "la tonta de la cajera", "that knob of a driver": someone of theirs
    if ((after.norm === 'de' || after.norm === 'del' || after.norm === 'of') && (ctx.inClass('staff', second) || (third !== undefined && third.sentence === s && ctx.inClass('staff', third)))) return 'person';
  }
  const clause = ctx.tokens[m.from].clause;
  for (let k = m.from - 1; k >= 0 && k >= m.from - TARGET_WINDOW; k--) {
    const t = ctx.tokens[k];
    if (t.sentence !== s || (sameClause && t.clause !== clause)) break;
    // "el pata que me atendió era un incompetente": whoever served the customer (before "me" reads as the customer)
    if (servedMe(ctx, k)) return 'person';
    // "the girl at your Parramatta store was clueless": a thing inside a complement only says where
    // ("your support idiots", "your warehouse muppets": a thing before an epithet for people, after a possessive,
    // only says which people)
    if (ctx.inClass('product', t) && !inComplement(ctx, k) && !(k === m.from - 1 && ctx.lang === 'en' && POSSESSIVE.has(ctx.tokens[k - 1]?.norm ?? '') && m.row.weight >= INSULT_VOCATIVE_MIN && !VERB_LIKE.has(ctx.tokens[m.from].norm))) return 'product';
    // "Mate this is ridiculous", "eso es una vergüenza": a demonstrative before "is" is the thing said to be so
    if (DEMONSTRATIVE.has(t.norm) && COPULA.has(ctx.tokens[k + 1]?.norm ?? '') && k + 1 < m.from) return 'product';
    if (t.norm === 'thats' || t.norm === 'its') return 'product';
    // an @mention addresses someone only when it sits right before the word ("@user idiot"), not at a tweet's head
    if (t.norm === '@mention' && m.from - k > 3) continue;
    // "your fraud team", "su basura de app": a weak epithet right after a possessive is a noun of theirs
    // (but "your crooked sales staff" are people)
    if (k === m.from - 1 && POSSESSIVE.has(t.norm) && m.row.weight < INSULT_VOCATIVE_MIN && !staffAfter(ctx, m.to) && !team(ctx, m.to)) return 'product';
    // "el servicio de ustedes es una mierda": a possessive, the noun before it is what is meant
    if (ctx.inClass('you', t) && k > 0 && ctx.inClass('possessive', ctx.tokens[k - 1])) continue;
    // "I'm such an idiot", "me siento un idiota": the customer speaks of themselves (close by: in "I'm done
    // talking to a moron" the "I" is not who the word is about)
    if (ctx.inClass('self', t)) {
      // (a bare "I" must be what is described: "I feel so stupid", not "the rep I got was incompetent")
      const said = t.norm !== 'i' || BE_OR_FEEL.has(ctx.tokens[k + 1]?.norm ?? '');
      if (m.from - k <= SELF_WINDOW && said) return 'other';
      continue;
    }
    // "your checkout is a pain in the arse", "las máquinas de su tienda son unas inútiles": a possessive points at
    // the thing after it, unless that is a person
    if (POSSESSIVE.has(t.norm) && k + 1 < m.from) {
      // ...when it is the subject: in "el guardia de su tienda es un matón" the shop only says whose guard
      const of = ctx.tokens[k - 1];
      const complement = !!of && of.sentence === s && COMPLEMENT.has(of.norm);
      // (the thing owned may be a compound: "your delivery boy" is a person)
      let ownsPerson = false;
      for (let j = k + 1; j < m.from && j <= k + 3 && !ownsPerson; j++) {
        const owned = ctx.tokens[j];
        ownsPerson = isSomeone(ctx, owned);
      }
      // ...and so is an English compound whose head is an epithet for people: "your warehouse muppets"
      // (not a verb: "your website sucks")
      if (!ownsPerson && ctx.lang === 'en' && k + 2 === m.from && m.row.weight >= INSULT_VOCATIVE_MIN && !VERB_LIKE.has(ctx.tokens[m.from].norm)) ownsPerson = true;
      if (!ownsPerson) {
        if (complement) continue;
        return 'product';
      }
    }
    // "las máquinas de su tienda son unas inútiles": "son" is "they are" when a thing is named before it
    if (t.norm === 'son' && subjectIsThing(ctx, k)) return 'product';
    // "my lad is a right idiot", "mi chico es un tonto": someone of the customer's own (staff stay staff: "my
    // account manager")
    if (ctx.inClass('person', t) && !ctx.inClass('staff', t) && OWN.has(ctx.tokens[k - 1]?.norm ?? '')) return 'other';
    // "el servicio técnico es una puta vergüenza": a staff word right after a thing, in Spanish, is an adjective of it
    if (ctx.lang === 'es' && ctx.inClass('staff', t) && k > 0 && ctx.inClass('product', ctx.tokens[k - 1]) && !ctx.inClass('staff', ctx.tokens[k - 1])) return 'product';
    if (isSomeone(ctx, t)) return 'person';
    if (ctx.inClass('group', t)) {
      // "you people", "ustedes todos": still the people in front of them
      const before = ctx.tokens[k - 1];
      return before && before.sentence === s && ctx.inClass('you', before) ? 'person' : 'other';
    }
    if (ctx.inClass('other', t)) return 'other';
  }
  // "la ejecutiva que me atendió en la sucursal de Ñuñoa es una incompetente": the staff member named at the head
  // of a long sentence is still its subject
  if (!sameClause) {
    for (let k = m.from - TARGET_WINDOW - 1; k >= 0 && k >= m.from - SENTENCE_REACH; k--) {
      const t = ctx.tokens[k];
      if (t.sentence !== s) break;
      if (ctx.inClass('product', t) && !DEMONSTRATIVE.has(t.norm) && !inComplement(ctx, k)) break;
      if (ctx.inClass('other', t)) break;
      if (t.norm === '@mention') continue;
      // (folded, Spanish "el", "esta" are also articles and demonstratives: only staff words count for them)
      if (ctx.inClass('staff', t) || (ctx.inClass('person', t) && !ARTICLE_LIKE.has(t.norm))) return 'person';
      // "el pata que me atendió ayer por teléfono era un incompetente": whoever served the customer heads the sentence
      if (servedMe(ctx, k)) return 'person';
    }
  }
  if (!lookAhead) return 'none';
  // "el pelotudo que me atendió", "the clown who hung up on me", "la tonta que contestó mi mail": whoever served the
  // customer (not "me siento una tonta que contestó mal": the customer must be the one served)
  if (RELATIVE.has(ctx.tokens[m.to]?.norm ?? '')) {
    for (let k = m.to + 1; k < ctx.tokens.length && k <= m.to + 2 && ctx.tokens[k].sentence === s; k++) {
      if (!SERVED.test(ctx.tokens[k].norm)) continue;
      for (let j = k - 1; j <= k + 3 && j < ctx.tokens.length; j++) if (j !== k && ctx.tokens[j].sentence === s && ME.has(ctx.tokens[j].norm)) return 'person';
    }
  }
  // "idiota eres", "useless, the lot of you"
  for (let k = m.to; k < ctx.tokens.length && k < m.to + 4; k++) {
    const t = ctx.tokens[k];
    if (t.sentence !== s) break;
    if (ctx.inClass('you', t)) return 'person';
  }
  return 'none';
}

const SERVED = /^(?:atendi|contest|colg|respondi|answered|served|hung)/;
const ME = wordSet('me mi mis nos my us');
/** "que me atendió", "que nos contestó": the word at k is a verb of service in a relative clause about the customer */
const servedMe = (ctx: RuleContext, k: number) => SERVED.test(ctx.tokens[k].norm) && ME.has(ctx.tokens[k - 1]?.norm ?? '') && RELATIVE.has(ctx.tokens[k - 2]?.norm ?? '');

/** "eres", "you're": the second person said to be something. ("son" is not here: it is also "they are".) */
const YOU_ARE = wordSet('eres sos sois youre ur');
const ARE = wordSet('are r re');
const INDEFINITE = wordSet('a an un una unos unas such');

/**
 * "ERES UN BOT INÚTIL", "sos un robot sin cerebro", "you're a useless bot": the noun phrase is said of the one
 * spoken to, so the epithet is aimed at them even when a thing is named in it.
 */
function saidOfYou(ctx: RuleContext, from: number): boolean {
  const clause = ctx.tokens[from].clause;
  // "are you a bot or just dumb?", "¿eres un bot o simplemente tonto?": the second guess is said of them too
  let or = from - 1;
  // ("…or a moron", "…or just an idiot")
  if (ctx.tokens[or] !== undefined && INDEFINITE.has(ctx.tokens[or].norm)) or--;
  if (ctx.tokens[or] !== undefined && JUST.has(ctx.tokens[or].norm)) or--;
  if (or > 0 && (ctx.tokens[or].norm === 'or' || ctx.tokens[or].norm === 'o') && ctx.tokens[or].clause === clause) {
    for (let k = or - 1; k >= 1 && k >= or - 4 && ctx.tokens[k].clause === clause; k--) if (INDEFINITE.has(ctx.tokens[k].norm)) return saidOfYou(ctx, k + 1);
  }
  for (let k = from - 1; k >= 1 && k >= from - 3; k--) {
    const t = ctx.tokens[k];
    if (t.clause !== clause) return false;
    if (!INDEFINITE.has(t.norm)) continue;
    // ("you're clearly either a bot or an idiot": a hedge between)
    let b = k - 1;
    while (b > 0 && JUST.has(ctx.tokens[b].norm)) b--;
    const be = ctx.tokens[b];
    if (be.clause !== clause) return false;
    if (YOU_ARE.has(be.norm)) return true;
    const you = ctx.tokens[b - 1];
    // "you are a…", and asked: "are you a useless bot or what"
    const youAre = ARE.has(be.norm) && you !== undefined && you.clause === clause && (you.norm === 'you' || you.norm === 'u');
    return youAre || ((be.norm === 'you' || be.norm === 'u') && you !== undefined && you.clause === clause && ARE.has(you.norm));
  }
  return false;
}

const JUST = wordSet('just simply plain simplemente solo clearly obviously either really probably');

/** epithets that are also verbs after a noun ("your website sucks", "the app stinks") */
const VERB_LIKE = wordSet('sucks stinks blows bites lies');

/** "whoever", "quien", "el que": someone known only by what they did */
const WHOEVER = wordSet('whoever quien quienquiera');
const THE_ONE = wordSet('el la los las');
/** the copulas, and "son" (they / you are) */
const BE = new Set([...COPULA, 'son']);

/**
 * "Whoever packed my order is a moron", "quien armó este pedido es un inútil", "el que empacó mi pedido es un
 * idiota": the epithet is said, after "is", of the person who did it (the thing named on the way is what they did).
 */
function saidOfWhoever(ctx: RuleContext, from: number): boolean {
  const clause = ctx.tokens[from].clause;
  let be = false;
  for (let k = from - 1; k >= 0 && k >= from - 2 * TARGET_WINDOW && ctx.tokens[k].clause === clause; k--) {
    const t = ctx.tokens[k];
    if (BE.has(t.norm)) be = true;
    const first = k === 0 || ctx.tokens[k - 1].clause !== clause;
    if (be && first) return WHOEVER.has(t.norm) || (THE_ONE.has(t.norm) && ctx.tokens[k + 1]?.norm === 'que');
  }
  return false;
}

const DEFINITE = wordSet('the that el ese al');
const ANOTHER = wordSet('another otro otra otros otras');
const SOMEONE = wordSet('someone somebody anyone anybody alguien');
const RELATIVE = wordSet('who that que');
const ONE = wordSet('one none');

/**
 * A negated epithet that still says it: "not talking to another clueless drone", "NO con otro ejecutivo
 * incompetente" (another one: this one is too), "no quiero hablar con un pendejo" (the one they are talking to),
 * "get me someone who isn't a complete moron", "alguien que no sea un inútil" (someone else: this one is).
 */
function presupposed(ctx: RuleContext, index: number): 'another' | 'someone' | undefined {
  const clause = ctx.tokens[index].clause;
  for (let k = index - 1; k >= 0 && k >= index - INSULT_NEGATION_WINDOW; k--) {
    const t = ctx.tokens[k];
    if (t.clause !== clause) return undefined;
    // "no quiero hablar con un pendejo", "I'm not dealing with a moron": who they will not talk to is who they have
    if (ANOTHER.has(t.norm) || ctx.inClass('speak', t) || ctx.inClass('habla', t)) return 'another';
    // "no con esta hp que no sabe nada": the one pointed at is there
    if (k === index - 1 && (t.norm === 'esta' || t.norm === 'este' || t.norm === 'this')) return 'another';
    // "not one of you galahs", "none of you clowns": every one of them is meant
    if (t.norm === 'of' && ONE.has(ctx.tokens[k - 1]?.norm ?? '')) return 'another';
    if (ctx.inClass('negation', t)) {
      const rel = ctx.tokens[k - 1];
      const who = ctx.tokens[k - 2];
      return rel && who && RELATIVE.has(rel.norm) && SOMEONE.has(who.norm) ? 'someone' : undefined;
    }
  }
  return undefined;
}

/** "the prick", "el cabrón": a definite epithet for people, with a staff member named before it (and no third party). */
function pointsBackAtStaff(ctx: RuleContext, m: Match): boolean {
  // ("those two clowns": a number between)
  let d = m.from - 1;
  if (ctx.tokens[d] !== undefined && PAIR.has(ctx.tokens[d].norm)) d--;
  const det = ctx.tokens[d];
  if (!det || !(DEFINITE.has(det.norm) || POINTED.has(det.norm)) || det.sentence !== ctx.tokens[m.from].sentence) return false;
  for (let k = d - 1; k >= 0 && k >= m.from - SENTENCE_REACH; k--) {
    const t = ctx.tokens[k];
    if (ctx.inClass('other', t)) return false;
    if (ctx.inClass('staff', t) && !ctx.inClass('you', t)) return true;
  }
  return false;
}

const PAIR = wordSet('two three 2 3 dos tres');

/** Is the match a clause of its own ("…, idiots!", "Morons.")? */
function standsAlone(ctx: RuleContext, m: Match): boolean {
  const first = ctx.tokens[m.from], last = ctx.tokens[m.to - 1];
  const before = ctx.tokens[m.from - 1], after = ctx.tokens[m.to];
  return first.clause === last.clause && (!before || before.clause !== first.clause) && (!after || after.clause !== last.clause);
}

/**
 * Words that make a closing epithet a predicate or part of a noun phrase ("son inútiles", "two useless chargers"):
 * the stopwords (articles, copulas, prepositions, possessives) but for the objects and particles a command ends
 * with ("fix it idiots", "sort it out clowns") and the "by" of who does it ("run by clowns"), and a few more.
 */
const COMMAND_TAIL = wordSet('it out up them him her down now off please ya by from');
const NOT_VOCATIVE = wordSet('a very too those seem both such sois era eran sea sean parecen tan menos bastante ambos ambas algunos algunas dos');

/**
 * "aprendan a trabajar inútiles", "hagan su trabajo incompetentes", "fix it idiots": a plural epithet closing a
 * sentence, right after a verb or its object (no comma), is said to the people addressed.
 */
function closingVocative(ctx: RuleContext, m: Match): boolean {
  if (m.to - m.from !== 1) return false;
  const t = ctx.tokens[m.from];
  const before = ctx.tokens[m.from - 1];
  const after = ctx.tokens[m.to];
  if ((after && after.sentence === t.sentence) || !before || before.clause !== t.clause) return false;
  const stop = ctx.inClass('stopword', before) && !COMMAND_TAIL.has(before.norm);
  if (!t.norm.endsWith('s') || t.norm.endsWith('ss') || VERB_LIKE.has(t.norm) || stop || NOT_VOCATIVE.has(before.norm) || ctx.inClass('intensifier', before) || /^[0-9]/.test(before.norm)) return false;
  // a Spanish adjective follows its noun and agrees with it: "cargadores inútiles" is a thing, "su trabajo,
  // incompetentes" is not (an English one goes before: "fix it idiots")
  return ctx.lang === 'en' || !before.norm.endsWith('s');
}

/** Is a word of the (phrase) match a second-person word? */
function namesYou(ctx: RuleContext, m: Match): boolean {
  for (let k = m.from; k < m.to; k++) if (ctx.inClass('you', ctx.tokens[k])) return true;
  return false;
}

/** Does a vulgarity match overlap the match? */
function swearAt(ctx: RuleContext, m: Match): boolean {
  for (const v of matchesOf(ctx, 'vulgarity')) if (v.from < m.to && v.to > m.from) return true;
  return false;
}

/**
 * "some lowlife cloned my card", "some prick on Gumtree scammed me": someone unknown, not of the company (unless the
 * next words say whose: "some idiot at your store")
 */
function someOther(ctx: RuleContext, m: Match): boolean {
  if (ctx.tokens[m.from - 1]?.norm !== 'some') return false;
  for (let k = m.to; k < m.to + 4 && k < ctx.tokens.length; k++) if (POSSESSIVE.has(ctx.tokens[k].norm) || ctx.inClass('you', ctx.tokens[k]) || ctx.inClass('staff', ctx.tokens[k])) return false;
  return true;
}

/** A staff or person word among the two words from `k`, same clause ("your crooked sales staff")? */
function staffAfter(ctx: RuleContext, k: number): boolean {
  const clause = ctx.tokens[k - 1]?.clause;
  for (let j = k; j < ctx.tokens.length && j < k + 2 && ctx.tokens[j].clause === clause; j++) if (isPeople(ctx, ctx.tokens[j])) return true;
  return false;
}

/**
 * Is the word at `k` inside a complement ("at your store", "de la tienda"): a preposition up to three words before, or
 * a relative after a person up to four ("the girl who answered the phone", "el chaval que me cogió el teléfono")?
 */
function inComplement(ctx: RuleContext, k: number): boolean {
  const clause = ctx.tokens[k].clause;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const t = ctx.tokens[j];
    if (t.clause !== clause) return false;
    // ...and so does one inside a relative clause: "el chaval que me cogió el teléfono es un maleducado"
    if (RELATIVE.has(t.norm) && j > 0 && isPeople(ctx, ctx.tokens[j - 1])) return true;
    if (COMPLEMENT.has(t.norm) && j >= k - 3) return true;
    // ("de este banco": folded, "este" is also a person word, as "el" is "él")
    if (POSSESSIVE.has(t.norm) || ARTICLE_LIKE.has(t.norm)) continue;
    if (isSomeone(ctx, t)) return false;
  }
  return false;
}

/**
 * "this bloody internet has dropped out three times today, piece of shit": an epithet closing a sentence about a
 * thing names the thing (the whole sentence before it, with nobody named).
 */
function thingNamedBefore(ctx: RuleContext, m: Match): boolean {
  const s = ctx.tokens[m.from].sentence;
  for (let k = m.from - 1; k >= 0 && k >= m.from - SENTENCE_REACH && ctx.tokens[k].sentence === s; k--) {
    const t = ctx.tokens[k];
    if (isSomeone(ctx, t)) return false;
    if (ctx.inClass('product', t) && !DEMONSTRATIVE.has(t.norm)) return true;
  }
  return false;
}

/** What a bare "I" is followed by when the customer describes themselves ("I am", "I feel", "I was such an idiot"). */
const BE_OR_FEEL = wordSet('am was feel felt look looked sound must really just totally truly can cant');
/** "…and you clowns keep…": a conjunction starts another subject */
const AND = wordSet('and but or y pero o');

/** How far back a negation of the word at `k` may be: not past a conjunction ("no nbn and you clowns…") or a "you". */
function negationReach(ctx: RuleContext, k: number): number {
  // ("not one text from you clowns": "you" and a plural epithet name them, whatever came before)
  if (ctx.tokens[k - 1]?.norm === 'you' && ctx.tokens[k].norm.endsWith('s')) return 0;
  for (let j = k - 1; j >= 0 && j >= k - INSULT_NEGATION_WINDOW; j--) if (AND.has(ctx.tokens[j].norm)) return k - j - 1;
  return INSULT_NEGATION_WINDOW;
}

/** Is a product or service noun the subject before the word at `k` (same clause, nobody named in between)? */
function subjectIsThing(ctx: RuleContext, k: number): boolean {
  const clause = ctx.tokens[k].clause;
  for (let j = k - 1; j >= 0 && j >= k - TARGET_WINDOW; j--) {
    const t = ctx.tokens[j];
    if (t.clause !== clause || AND.has(t.norm)) return false;
    if (isPeople(ctx, t)) return false;
    // "eso son unos payasos": a demonstrative can point at people; in "los ejecutivos de este banco son unos giles"
    // the bank only says whose
    if (ctx.inClass('product', t) && !DEMONSTRATIVE.has(t.norm) && !inComplement(ctx, j)) return true;
  }
  return false;
}

/**
 * "La señorita de la agencia me humilló. Es una malcriada.": a sentence that opens with "es un(a)" (Spanish leaves the
 * subject out) speaks of the staff member the sentence before named.
 */
function impliedPerson(ctx: RuleContext, from: number): boolean {
  // ("Es una grosera y una incompetente": the second epithet speaks of the same person)
  if (from > 3 && AND.has(ctx.tokens[from - 2].norm) && INDEFINITE.has(ctx.tokens[from - 1].norm)) return impliedPerson(ctx, from - 3);
  const s = ctx.tokens[from].sentence;
  const head = ctx.tokens[from - 2];
  if (from < 3 || !head || head.sentence !== s || head.norm !== 'es' || ctx.tokens[from - 3].sentence === s || !INDEFINITE.has(ctx.tokens[from - 1].norm)) return false;
  // (the sentence before is the one of the word before "es": "…me humilló!! Es una…" skips a sentence number)
  const before = ctx.tokens[from - 3].sentence;
  for (let k = from - 3; k >= 0 && ctx.tokens[k].sentence === before; k--) if (ctx.inClass('staff', ctx.tokens[k])) return true;
  return false;
}

/**
 * Demeaning the agent, staff or company people. Criticism of the product is not an insult, and neither is a
 * negated one ("no digo que seas incompetente"). Strong epithets count as bare vocatives ("¡Ladrones!").
 */
export const insult: Rule = {
  flag: 'insult',
  run(ctx) {
    let score = 0;
    const evidence = [];
    // "boludo, qué buena atención, gracias che": a bare epithet in a warm sentence of a message with no anger is banter
    let calm: boolean | undefined;
    for (const m of matchesOf(ctx, 'insult')) {
      const implied = presupposed(ctx, m.from);
      if (isNegated(ctx, m.from, negationReach(ctx, m.from)) && !implied && !neverSuch(ctx, m.from) && !dontBe(ctx, m.from)) continue;
      // "Fat Bastard Chardonnay": a capitalised word beside another, mid-sentence, is a name
      if (m.to - m.from === 1 && isName(ctx, m)) continue;
      const w = m.row.weight;
      // "are you even trained", "os contratan por sorteo": a phrase that names the one spoken to is aimed at them
      let target = m.to - m.from > 1 && namesYou(ctx, m) ? 'person' : targetOf(ctx, m);
      // "the app crashed again, morons": an epithet for people, standing as its own clause, is said to the people
      // even after a thing was named (a swear word suits things too, "…, piece of shit", unless it is plural:
      // "gonorrea de banco, malparidos")
      const saidToPeople = w >= INSULT_VOCATIVE_MIN && standsAlone(ctx, m) && (!swearAt(ctx, m) || ctx.tokens[m.to - 1].norm.endsWith('s'));
      if (target === 'product' && saidToPeople) target = 'none';
      // "if that courier chucks my parcel over the fence again I'll flatten the prick": "the" + an epithet for people
      // points back at the staff member named before
      if (target !== 'person' && w >= INSULT_VOCATIVE_MIN && pointsBackAtStaff(ctx, m)) target = 'person';
      // ...and someone else who isn't one says it of the one in front of them
      if (implied === 'someone' && target === 'none') target = 'person';
      // "par de incompetentes": a pair of them is people (a pair of shoes is not called that)
      if (target !== 'person' && ctx.tokens[m.from - 1]?.norm === 'de' && ctx.tokens[m.from - 2]?.norm === 'par') target = 'person';
      if ((target === 'none' || target === 'product') && closingVocative(ctx, m)) target = 'person';
      if (target === 'none' && impliedPerson(ctx, m.from)) target = 'person';
      let s = 0;
      let why = '';
      if (target === 'person') {
        s = w;
        why = 'aimed at the agent or staff';
      } else if (target === 'none' && w >= INSULT_VOCATIVE_MIN && (saidToPeople || !(thingNamedBefore(ctx, m) || crimeReported(ctx) || someOther(ctx, m))) && !(isWarm(ctx, ctx.tokens[m.from].sentence) && (calm ??= noStrongAnger(ctx)))) {
        s = w * INSULT_VOCATIVE_FACTOR;
        why = 'an epithet used on its own';
      }
      if (s <= 0) continue;
      score = Math.max(score, s);
      if (s >= INSULT_MIN) evidence.push(evidenceFor(ctx, 'insult', m, `insult:${m.row.term}`, `${m.row.note ? m.row.note + '; ' : ''}${why}`));
    }
    // swearing aimed at a person ("you f***ing liar", "@user fuck off") demeans them too
    const vulgar = matchesOf(ctx, 'vulgarity');
    // ...but not swearing as praise ("you lot are f***ing amazing"): a warm word right after it
    const warmAt = vulgar.length ? new Set(matchesOf(ctx, 'polite').filter((p) => p.row.weight >= 1).map((p) => p.from)) : undefined;
    // ...nor a swear word inside an idiom of anger ("me tenéis hasta los cojones")
    const idiom: boolean[] = [];
    if (vulgar.length) for (const a of matchesOf(ctx, 'anger')) if (a.to - a.from > 1) take(idiom, a);
    for (const m of vulgar) {
      // ("get me a manager for fuck's sake", "are you f***ing serious?": an exclamation)
      if (m.row.weight < SWEAR_AT_PERSON_MIN || isNegated(ctx, m.from) || warmAt!.has(m.to) || idiom[m.from] || EXCLAIMED.has(ctx.tokens[m.to]?.norm ?? '')) continue;
      // "jajaja ya los iba a mandar a la chingada 😂": joking
      if (isWarm(ctx, ctx.tokens[m.from].sentence)) continue;
      // a swear word is aimed at someone named before it in the same clause ("you f***ing liar"); one at the head
      // of a sentence or after a comma is an exclamation ("puta, que son rápidos", "pásame con un supervisor
      // AHORA, chingada madre")
      // "sort your shit out", "me cagó", "arreglen esta wea": a thing of theirs, a verb, or a thing pointed at is no
      // name for them (an epithet for a person, "ese cabrón", is the insult lexicon's); nor is a name ("Vergara")
      const before = ctx.tokens[m.from - 1];
      // ...nor "get me a fucking supervisor": someone asked for is no one yet (but "son unos hijos de puta" says it)
      const asked = !!before && INDEFINITE.has(before.norm) && !BE.has(ctx.tokens[m.from - 2]?.norm ?? '') && !saidOfYou(ctx, m.from);
      if ((before && (POSSESSIVE.has(before.norm) || REFLEXIVE.has(before.norm) || DETERMINER.has(before.norm))) || asked || REFLEXIVE.has(ctx.tokens[m.from].norm)) continue;
      if (m.to - m.from === 1 && isName(ctx, m)) continue;
      if (targetOf(ctx, m, false, true) !== 'person') continue;
      const s = SWEAR_AT_PERSON_SCORE;
      if (s > score) score = s;
      if (s >= INSULT_MIN) evidence.push(evidenceFor(ctx, 'insult', m, `insult:swearing-at-person:${m.row.term}`, 'swearing aimed at a person'));
    }
    return { score, evidence };
  },
};
