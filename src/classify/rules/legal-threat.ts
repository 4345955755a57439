import { isNegated, matchesOf, wordEvidence, wordSet, type Rule, type RuleContext } from '../context.ts';
import { hostileWord, isHostile } from './anger.ts';
import { crimeSuffered, namesCrime } from './crime.ts';
import { LEGAL_ACRONYM, LEGAL_MIN, SENTENCE_REACH } from '../tunables.ts';
import { phraseRule } from './phrase-rule.ts';

/**
 * Words that say the customer is only asking about a complaint, not making one: "it's for a school assignment",
 * "lo pregunto por curiosidad", "hypothetically", and a negated intention ("I'm not planning anything", "no tengo
 * intención de poner una queja"). A message with one of them threatens no one.
 */
const JUST_ASKING = wordSet('curious curiosity curiosidad assignment homework tp hypothetically hypothetical hipoteticamente hipotetico hipotetica');

/** (a literal list, not the negation class: the class counts only in the message's language, and a disclaimer in
 * the other one still disclaims) */
const NO = wordSet('no not sin ninguna ningun');
const INTENTION = wordSet('intention intencion plans planning planeo intenciones');

/** "I have no intention of…", "I'm not planning anything", "no tengo intención de…": a word of intention negated. */
function noIntention(ctx: RuleContext, k: number): boolean {
  if (!INTENTION.has(ctx.tokens[k].norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 2 && ctx.tokens[j].clause === ctx.tokens[k].clause; j--) if (NO.has(ctx.tokens[j].norm)) return true;
  return false;
}

/** (asked once per message, not once per phrase: a long text with many phrases stays linear) */
function justAsking(ctx: RuleContext): boolean {
  let r = ctx.memo.asking;
  if (r === undefined) {
    r = false;
    // ("es para una tarea", not "su tarea es resolver esto")
    for (let k = 0; k < ctx.tokens.length && !r; k++) r = JUST_ASKING.has(ctx.tokens[k].norm) || (ctx.tokens[k].norm === 'tarea' && ctx.tokens[k - 2]?.norm === 'para') || noIntention(ctx, k);
    ctx.memo.asking = r;
  }
  return r;
}

/** Words that ask how or where to do something ("how do I", "cómo se", "dónde puedo"; not "how about I…"). */
const HOW = wordSet('como donde how where');
/** what may stand before the body named at the head of a question: articles and the verbs English asks with */
const QUESTION_HEAD = wordSet('el la the does do is are');
const ARTICLE = wordSet('el la the');
const HOW_NEXT = wordSet('do does can could to would is i se puedo hago hay funciona presento pongo');

/**
 * "¿Cómo se presenta una queja ante PROFECO?", "How do I file a complaint with the ombudsman?": a question about the
 * process, not a threat. The sentence of the word at `from` ends in "?" and asks how or where.
 */
function askedHow(ctx: RuleContext, from: number, to: number): boolean {
  const s = ctx.tokens[from].sentence;
  let k = from;
  while (k + 1 < ctx.tokens.length && k < from + SENTENCE_REACH && ctx.tokens[k + 1].sentence === s) k++;
  const end = ctx.tokens[k].end;
  if (!ctx.text.startsWith('?', end) && !ctx.text.startsWith(' ?', end)) return false;
  // "¿El libro de reclamaciones también sirve para…?", "Does the BBB handle…?": the body, named with an article or by
  // its acronym, is what the question is about (not "¿Los demando o me devuelven la plata?", "PROFECO?" alone, or
  // "…o qué?")
  let head = from - 1;
  while (head >= 0 && ctx.tokens[head].sentence === s && QUESTION_HEAD.has(ctx.tokens[head].norm)) head--;
  const named = ARTICLE.has(ctx.tokens[from - 1]?.norm ?? '') || ctx.tokens[from].caps;
  let or = false;
  for (let j = to; j <= k; j++) or ||= ctx.tokens[j].norm === 'o' || ctx.tokens[j].norm === 'or';
  if ((head < 0 || ctx.tokens[head].sentence !== s) && named && k >= to && !or) return true;
  for (let j = from - 1; j >= 0 && j >= from - SENTENCE_REACH && ctx.tokens[j].sentence === s; j--) {
    // ("¿cómo denuncio un perfil falso?": the how right before the legal word asks how to do it)
    if (HOW.has(ctx.tokens[j].norm) && (j + 1 === from || HOW_NEXT.has(ctx.tokens[j + 1].norm))) return true;
  }
  return false;
}

/**
 * Words that cite a body as a source of facts or of a decision already taken ("la página de PROFECO", "según el
 * SERNAC", "the ACCC website", "following the Energy Ombudsman's decision on my case", "the FCC-backed policy").
 */
const SOURCE_BEFORE = wordSet('segun sobre pagina sitio web revista sello calificacion recomienda recomiendan according rating page magazine recommended');
const SOURCE_AFTER = wordSet('website decision backed site rating says guidance guide dice recomienda recommends');
/** what may stand between a source word and the body: "la página del", "according to the", "rating on the" */
const LINK = wordSet('de del la el en to the of on with consumidor');

/** The body named in the match is cited as a source, not threatened with ("lo leí en la revista de la OCU"). */
function cited(ctx: RuleContext, from: number, to: number): boolean {
  const after = ctx.tokens[to];
  if (after !== undefined && after.sentence === ctx.tokens[to - 1].sentence && SOURCE_AFTER.has(after.norm)) return true;
  for (let k = from - 1; k >= 0 && k >= from - 4 && ctx.tokens[k].sentence === ctx.tokens[from].sentence; k--) {
    if (SOURCE_BEFORE.has(ctx.tokens[k].norm)) return true;
    if (!LINK.has(ctx.tokens[k].norm)) return false;
  }
  return false;
}

/** Asking words and papers: "mi abogado me pide una constancia", "my solicitor needs a copy of the agreement". */
const ASKS = wordSet('pide piden pidio requiere necesita necesito necesitamos needs asked requires requested');
/** how far from the legal word an asking word may stand (further, "my lawyer needs a copy of the contract before we
 * sue you" would be an errand too) */
const ERRAND_REACH = 6;
const ATTACHED = wordSet('attached attaching enclosed adjunto adjunta adjuntamos adjuntan');
const OF = wordSet('de del of');
const ARTICLE_OF = wordSet('de del of la el the my mi');
const PAPER = wordSet('constancia certificado copia documento boleta factura comprobante copy details detalles certificate statement statements document letter receipt invoice');

/**
 * A lawyer, the police or a prosecutor asks the customer for a paper ("la abogada que lleva la herencia me pide un
 * certificado", "el agente del Ministerio Público me pide una constancia"): an errand, no threat. An asking word from
 * six words before the match to six after it, and a paper in its sentence ("me lo pide mi abogada").
 */
function errand(ctx: RuleContext, from: number, to: number): boolean {
  const s = ctx.tokens[from].sentence;
  // "Attached is the police report, as requested", "adjunto la denuncia": the paper itself, sent
  for (let k = from - 1; k >= 0 && k >= from - 3 && ctx.tokens[k].sentence === s; k--) if (ATTACHED.has(ctx.tokens[k].norm)) return true;
  // "la copia de la denuncia", "a copy of the police report": the paper is what is spoken of
  let k = from - 1;
  while (k >= 0 && ARTICLE_OF.has(ctx.tokens[k].norm)) k--;
  if (k >= 0 && k < from - 1 && ctx.tokens[k].sentence === s && PAPER.has(ctx.tokens[k].norm) && OF.has(ctx.tokens[k + 1].norm)) return true;
  let asks = false;
  // (before it too: "me lo pide mi abogada para…")
  for (let k = Math.max(0, from - ERRAND_REACH); k < ctx.tokens.length && k < to + ERRAND_REACH && !asks; k++) asks = ctx.tokens[k].sentence === s && ASKS.has(ctx.tokens[k].norm);
  if (!asks) {
    // "My lawyer is handling my late father's estate and has asked for a letter…": further on, the asking word must
    // be followed by the paper, with no word for the company between ("…is preparing a claim against you and has
    // asked for a copy" threatens)
    for (let k = to; k < ctx.tokens.length && k < to + SENTENCE_REACH && ctx.tokens[k].sentence === s; k++) {
      if (ctx.inClass('you', ctx.tokens[k])) return false;
      if (!ASKS.has(ctx.tokens[k].norm)) continue;
      for (let j = k + 1; j <= k + 3 && j < ctx.tokens.length; j++) if (PAPER.has(ctx.tokens[j].norm)) return true;
    }
    return false;
  }
  let before = false;
  for (let k = Math.max(0, from - SENTENCE_REACH); k < ctx.tokens.length && k < to + SENTENCE_REACH; k++) {
    const t = ctx.tokens[k];
    if (t.sentence === s && PAPER.has(t.norm)) return true;
    if (t.sentence === s - 1 && PAPER.has(t.norm)) before = true;
  }
  // ("…una constancia del retraso. Mi abogado me la pide para un trámite": the paper named in the sentence before,
  // and no word for the company in this one: "…a copy of the invoice. My lawyer needs it to sue you" threatens)
  // (nor another legal word: "Mi abogado la necesita para demandarlos")
  if (!before) return false;
  for (let k = from; k < ctx.tokens.length && ctx.tokens[k].sentence === s; k++) if (ctx.inClass('you', ctx.tokens[k])) return false;
  for (const l of matchesOf(ctx, 'legal')) if (ctx.tokens[l.from].sentence === s && (l.from >= to || l.to <= from)) return false;
  return true;
}

/**
 * What makes a legal word a threat rather than a mention: an alternative or a condition ("otherwise", "en caso de"; an
 * "or" beside it: "¿demando o me devuelven el dinero?"), a future ("acudiré", "registraré"; with the intent and
 * conditional classes: "I will", "voy a", "if"; "I'm" only before a verb), or a step already taken against the
 * company ("already filed", "ya puse").
 */
const PRESSURE = wordSet('otherwise unless else caso contrario may would see hearing drafting preparing');
const TAKEN = wordSet('already ya has tiene filed lodged reported puse presente');
/** a first-person or plural future ("acudiré", "registraremos", "irán"; not "-era": "cartera", "billetera", "espera") */
const FUTURE = /(?:ar|er|ir)(?:e|an|emos)$/;

/** words before "si" / "if" that make it "whether" or "in case", not a condition: "quisiera saber si…", "por si…" */
const WHETHER_BEFORE = wordSet('saber sabe preguntar pregunto consultar por o know wondering wonder ask asking check see');

/**
 * A legal word in a calm message that asks the company something, or that reports a crime the customer suffered,
 * with nothing that makes it a threat: "My solicitor is dealing with the estate; could you send a letter?", "I filed a
 * police report, how do I get a new card?". ("PROFECO?" alone is a threat: a question of a few words does not count.)
 */
function quietMention(ctx: RuleContext, from: number): boolean {
  if (!(ctx.memo.quiet ??= quietMessage(ctx))) return false;
  // (an "or" beside the legal word is the one thing looked for per match)
  for (let k = Math.max(0, from - 4); k < ctx.tokens.length && k <= from + 4; k++) if (ctx.tokens[k].norm === 'or' || ctx.tokens[k].norm === 'o') return false;
  return true;
}

/** The message-wide part of quietMention, found once per message (a long text full of legal words stays linear). */
function quietMessage(ctx: RuleContext): boolean {
  if (ctx.tokens.length < 8) return false;
  const crime = crimeSuffered(ctx);
  // ("me robaron la cartera" reads as anger at whoever robbed; it is the crime the report is about: then only a hostile
  // word that names no crime, "robaron", "stolen", counts)
  if (isHostile(ctx) && !(crime && !hostileWord(ctx, (m) => namesCrime(ctx, m)))) return false;
  if (!crime && !ctx.text.includes('?')) return false;
  // what makes it a threat is looked for in the sentences with a legal word and the sentence after each ("I filed a
  // police report. Can you remove the card? I'll add a new one when it comes" intends nothing against anyone)
  const near = new Set<number>();
  for (const m of matchesOf(ctx, 'legal')) near.add(ctx.tokens[m.from].sentence).add(ctx.tokens[m.from].sentence + 1);
  for (let k = 0; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (!near.has(t.sentence)) continue;
    // ("I'm a witness" intends nothing; "I'm suing", "I'm going to" do)
    const intent = ctx.inClass('intent', t) && !(t.norm === 'im' && !/ing$/.test(ctx.tokens[k + 1]?.norm ?? 'ing'));
    // ("quisiera saber si…", "por si lo necesitan", "I'd like to know if…": whether, or just in case, is no condition)
    const condition = ctx.inClass('conditional', t) && !WHETHER_BEFORE.has(ctx.tokens[k - 1]?.norm ?? '');
    if (intent || ctx.inClass('intencion', t) || condition || PRESSURE.has(t.norm) || (!crime && TAKEN.has(t.norm)) || (t.norm.length > 5 && FUTURE.test(t.norm))) return false;
  }
  return true;
}

/** Words that take a threat back: "olvídense de eso", "consider that off the table", "I've withdrawn the complaint". */
const TAKEN_BACK = wordSet('olvidense olvidate olvidenlo olvidalo retracto');
/** ...and "withdrawn" / "withdrew" said of the complaint ("I've withdrawn the complaint"; not "the marker withdrawn", "I withdrew in week one") */
const WITHDRAW = wordSet('withdrawn withdrew withdraw');
const COMPLAINT_WORD = wordSet('complaint complaints threat claim case report');

function takesBack(ctx: RuleContext, k: number): boolean {
  const t = ctx.tokens[k].norm;
  const n1 = ctx.tokens[k + 1]?.norm;
  const n2 = ctx.tokens[k + 2]?.norm;
  if (WITHDRAW.has(t)) return COMPLAINT_WORD.has(n1 ?? '') || COMPLAINT_WORD.has(n2 ?? '');
  return TAKEN_BACK.has(t) || (t === 'retiro' && (n1 === 'lo' || n1 === 'la' || n1 === 'mi')) || (t === 'off' && n1 === 'the' && n2 === 'table') || (t === 'so' && n1 === 'i' && n2 === 'wont') || (t === 'hace' && n1 === 'falta' && ctx.tokens[k - 1]?.norm === 'no');
}

/** "ya iba a meter queja en PROFECO pero…", "I was going to report you to the BBB", "I'd threatened to go to the ACCC" */
function pastIntent(ctx: RuleContext, k: number): boolean {
  const t = ctx.tokens[k].norm;
  const n1 = ctx.tokens[k + 1]?.norm;
  return (t === 'iba' && n1 === 'a') || ((t === 'was' || t === 'were') && (n1 === 'going' || n1 === 'about')) || t === 'threatened' || t === 'amenace';
}

/**
 * A threat taken back: an intention in the past before the legal word ("ya iba a ir a PROFECO pero me lo arreglaron"),
 * or words that withdraw it in its sentence or the two after ("I'd threatened to go to the ACCC. Your team has waived
 * the fee, so consider that off the table", "Retiro lo dicho sobre ir a INDECOPI").
 */
function takenBack(ctx: RuleContext, from: number): boolean {
  const s = ctx.tokens[from].sentence;
  for (let k = from - 1; k >= 0 && k >= from - SENTENCE_REACH && ctx.tokens[k].sentence === s; k--) {
    if (ctx.inClass('contrast', ctx.tokens[k])) break;
    if (pastIntent(ctx, k)) return true;
  }
  // (from the sentence's start, at most SENTENCE_REACH words back: a megabyte with no full stop is one sentence)
  let k = from;
  while (k > 0 && k > from - SENTENCE_REACH && ctx.tokens[k - 1].sentence === s) k--;
  for (; k < ctx.tokens.length && ctx.tokens[k].sentence <= s + 2 && k <= from + 3 * SENTENCE_REACH; k++) if (takesBack(ctx, k)) return true;
  return false;
}

/** Lawsuits, lawyers as a threat, police reports, consumer bodies and regulators (lexicons/<lang>/legal.tsv). */
const phrases = phraseRule({
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
  skip: (ctx, m) => justAsking(ctx) || askedHow(ctx, m.from, m.to) || cited(ctx, m.from, m.to) || errand(ctx, m.from, m.to) || quietMention(ctx, m.from) || takenBack(ctx, m.from) || otherParty(ctx, m.from),
  reason: 'legal action or a complaint to an authority',
});

/** a Spanish verb with "you" attached: "demandarlos", "denunciarte" */
const TO_YOU = /(?:los|las|les|te|os)$/;

/**
 * Someone outside the company in the clause before the legal word, and no "you" in it: the customer's landlord,
 * neighbour or mother is the one suing or being sued ("my landlord will sue me if I drill", "I'm taking my landlord to
 * small claims", "una vecina va a demandar a la constructora"; "my husband will sue you" is a threat).
 */
function otherParty(ctx: RuleContext, from: number): boolean {
  const clause = ctx.tokens[from].clause;
  if (TO_YOU.test(ctx.tokens[from].norm)) return false;
  let other = false;
  for (let k = from - 1; k >= 0 && k >= from - SENTENCE_REACH && ctx.tokens[k].clause === clause; k--) {
    if (ctx.inClass('you', ctx.tokens[k])) return false;
    other ||= ctx.inClass('other', ctx.tokens[k]);
  }
  // (both ways at most SENTENCE_REACH words: a megabyte with no punctuation is one clause, and this runs per match)
  for (let k = from; other && k < ctx.tokens.length && k <= from + SENTENCE_REACH && ctx.tokens[k].clause === clause; k++) if (ctx.inClass('you', ctx.tokens[k])) return false;
  return other;
}

/** Formal complaint words, and the prepositions that name who receives the complaint. */
const COMPLAINT = wordSet('queja quejas reclamo reclamos reclamacion denuncia denunciar denunciarlos denuncio complaint complaints report reporting');
const TO = wordSet('en ante a al la el with to the');

/**
 * A formal complaint to a body named by its acronym, known to the lexicons or not: "voy a poner la queja en la ASEP",
 * "filing a complaint with the PUC", "denuncia ante la SIC". The acronym is written in capitals (3 to 8 letters) and
 * is not followed by a word for a team or a thing ("report it to the IT team"); a negation up to ten words back
 * cancels it ("no voy a ir corriendo a poner una queja en la PROFECO").
 */
function complaintToAcronym(ctx: RuleContext): number {
  // (no word in capitals, no acronym)
  if (ctx.stats.capsWords === 0) return -1;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!COMPLAINT.has(ctx.tokens[i].norm)) continue;
    const clause = ctx.tokens[i].clause;
    for (let k = i + 1; k < ctx.tokens.length && k <= i + 3 && ctx.tokens[k].clause === clause; k++) {
      const t = ctx.tokens[k];
      if (TO.has(t.norm)) continue;
      const n = t.end - t.start;
      const next = ctx.tokens[k + 1];
      const named = !!next && next.clause === clause && (ctx.inClass('staff', next) || ctx.inClass('product', next));
      if (t.caps && n >= 3 && n <= 8 && /^[a-z]+$/.test(t.norm) && !named && !isNegated(ctx, i, 10) && !justAsking(ctx) && !askedHow(ctx, i, k + 1)) return i;
      break;
    }
  }
  return -1;
}

export const legalThreat: Rule = {
  flag: 'legal_threat',
  run(ctx) {
    const r = phrases.run(ctx);
    if (r.score >= LEGAL_MIN) return r;
    const i = complaintToAcronym(ctx);
    if (i >= 0) {
      r.score = LEGAL_ACRONYM;
      r.evidence.push(wordEvidence('legal_threat', ctx.tokens[i], 'legal:complaint-to-acronym', 'a formal complaint to a body named by its acronym'));
    }
    return r;
  },
};
