import { LANGUAGE_WORDS } from './codes.ts';
import { newMemo, round2, wordSet, type RuleContext } from './context.ts';
import { undoubleSlips, withinOneEdit } from './fold.ts';
import { flat, FormTable, shapesOf, type Form } from './forms.ts';
import { decideLanguage } from './language.ts';
import { parseLexicon, shownNote } from './lexicon-format.ts';
import { Matcher, WordIds, type FormInfo, type Match, type Unmasked } from './matcher.ts';
import { ownTextRanges, withoutReportedSpeech } from './quoted.ts';
import { angerOf, isWarm } from './rules/anger.ts';
import { escalationRequest } from './rules/escalation-request.ts';
import { impatience } from './rules/impatience.ts';
import { insult } from './rules/insult.ts';
import { legalThreat } from './rules/legal-threat.ts';
import { physicalThreat } from './rules/physical-threat.ts';
import { vulgarity } from './rules/vulgarity.ts';
import { mergeSpelledOut, tokenize, type Token } from './tokenize.ts';
import * as T from './tunables.ts';
import { withChatSpellings } from './variants.ts';
import { FLAG_IDS, type Assessment, type Evidence, type FlagId, type Lang, type LexiconRow, type LexiconSources } from './types.ts';

/** Lexicon categories the rules read. Class files are named class-<name>.tsv. */
export const CATEGORIES = ['vulgarity', 'insult', 'anger', 'legal', 'threat', 'escalation', 'impatience', 'polite'] as const;
const MASKABLE = wordSet('vulgarity insult');
/** Swear words and epithets of the other language this strong still count (Spanglish: "wtf", "pinche", "scammers"). */
const CROSS_LANGUAGE_MIN = 0.8;
const CROSS_LANGUAGE_PHRASE_MIN = 0.85;
const CROSS_LANGUAGE_STEM = 5;
/** distinct spellings remembered (bounded: a long hostile text must not grow the worker's memory) */
const LOOKUP_CACHE = 20_000;

const RULES = [vulgarity, insult, legalThreat, physicalThreat, escalationRequest, impatience];
const MIN: Record<FlagId, number> = {
  vulgarity: T.VULGARITY_MIN,
  insult: T.INSULT_MIN,
  legal_threat: T.LEGAL_MIN,
  physical_threat: T.THREAT_MIN,
  escalation_request: T.ESCALATION_MIN,
  impatience: T.IMPATIENCE_MIN,
};

/** the thresholds by position in FLAG_IDS, and each rule's flag position (classify works on arrays, not keyed objects) */
const FLAG_MIN = FLAG_IDS.map((f) => MIN[f]);
/** the highest score a flag that was not raised may show (just under its threshold) */
const FLAG_BELOW = FLAG_MIN.map((min) => round2(min - 0.01));
const FLAG_BIT = Object.fromEntries(FLAG_IDS.map((f, p) => [f, 1 << p])) as Record<FlagId, number>;
const P = Object.fromEntries(FLAG_IDS.map((f, p) => [f, p])) as Record<FlagId, number>;
const RULE_FLAG = RULES.map((r) => FLAG_IDS.indexOf(r.flag));
/** the rules' rounded scores of the message being classified, by flag position */
const ruleScores = FLAG_IDS.map(() => 0);
/** scores by flag from scores by position: one literal shape for every result (faster than adding keys one by one) */
const byFlag = (sc: number[]): Record<FlagId, number> => ({
  vulgarity: sc[P.vulgarity],
  insult: sc[P.insult],
  legal_threat: sc[P.legal_threat],
  physical_threat: sc[P.physical_threat],
  escalation_request: sc[P.escalation_request],
  impatience: sc[P.impatience],
});

const byPosition = (x: Evidence, y: Evidence) => x.start - y.start || x.end - y.end;

/**
 * The same rule on the same span, found twice (both languages' lexicons know "idiot*"; a phrase and its word), is
 * one piece of evidence. `list` is sorted by position, so twins are neighbours or close to each other.
 */
function dedupe(list: Evidence[]): void {
  let n = 0;
  for (let k = 0; k < list.length; k++) {
    const e = list[k];
    let twin = false;
    for (let m = n - 1; m >= 0 && list[m].start === e.start && list[m].end === e.end; m--) {
      if (list[m].rule === e.rule && list[m].flag === e.flag) {
        twin = true;
        break;
      }
    }
    if (!twin) list[n++] = e;
  }
  list.length = n;
}

function addMatches(matches: Map<string, Match[]>, list: Match[]) {
  for (let k = 0; k < list.length; k++) {
    const m = list[k];
    const arr = matches.get(m.category);
    if (arr) arr.push(m);
    else matches.set(m.category, [m]);
  }
}

export interface ClassifyResult extends Assessment {
  /** anger words, for highlighting (not part of the CLI contract) */
  cues: { start: number; end: number; term: string }[];
}

export interface Classifier {
  classify(text: string): ClassifyResult;
}

/** Each language's class bits and lookups live in their own fields of a token (m0/f0, m1/f1). */
const SLOT = { es: 0, en: 1 } as const;

/**
 * The other language's strong words and phrases still count in a mixed message (Spanglish): swear words and
 * epithets, threats, legal and escalation phrases, and strong impatience phrases.
 */
function crossLanguage(cat: string, r: LexiconRow): boolean {
  const stem = r.term.endsWith('*') ? r.term.slice(0, -1) : r.term;
  // a prefix counts only with a long stem ("pendej*" yes, "foll*" no: English "follow")
  const wordOk = !r.term.includes('@') && (r.term.endsWith('*') ? stem.length >= CROSS_LANGUAGE_STEM && !stem.includes('*') : !r.term.includes('*') && r.term.length >= 4);
  const strong = r.weight >= CROSS_LANGUAGE_MIN && wordOk;
  // swear words cross at 4 letters ("fuck", "puta"); an epithet needs 5, so English "liar" never reads Spanish "liar"
  if (cat === 'vulgarity') return strong;
  if (cat === 'insult') return strong && stem.length >= 5;
  if (cat === 'legal' || cat === 'threat' || cat === 'escalation') return strong && r.weight >= CROSS_LANGUAGE_PHRASE_MIN;
  // impatience: phrases only ("ahora mismo", "right now"), single words are too common across languages
  if (cat === 'impatience') return strong && r.weight >= CROSS_LANGUAGE_PHRASE_MIN && r.term.includes(' ');
  return false;
}

function buildMatcher(files: Record<string, string>, lang: 'es' | 'en', words: WordIds): Matcher {
  const matcher = new Matcher(SLOT[lang], words);
  const parsed = new Map<string, LexiconRow[]>();
  for (const [name, text] of Object.entries(files)) {
    try {
      // (the CLI reads the files as written: the agent sees the same reason there as in the extension)
      const rows = parseLexicon(text).rows.map((r) => (shownNote(r.note) === r.note ? r : { ...r, note: shownNote(r.note) }));
      parsed.set(name, lang === 'es' ? withChatSpellings(name, rows) : rows);
    } catch (e) {
      throw new Error(`lexicons/${lang}/${name}.tsv: ${(e as Error).message}`);
    }
  }
  for (const [name, rows] of parsed) if (name.startsWith('class-')) matcher.addClass(name.slice('class-'.length), rows);
  matcher.countsIn(T.COUNT_CLASS[lang]);
  for (const cat of CATEGORIES) matcher.addCategory(cat, parsed.get(cat) ?? [], MASKABLE.has(cat), (r) => crossLanguage(cat, r));
  return matcher;
}

export function createClassifier(sources: LexiconSources): Classifier {
  /** each language's phrases and classes (Matcher.slot: which of a token's fields hold its lookups) */
  const matchers: Partial<Record<'es' | 'en', Matcher>> = {};
  /** the words both languages' patterns name, by id (Form.wn/wa/wo) */
  const words = new WordIds();
  for (const lang of ['es', 'en'] as const) if (sources[lang]) matchers[lang] = buildMatcher(sources[lang]!, lang, words);
  const langs = (Object.keys(matchers) as ('es' | 'en')[]);
  const esMatcher = matchers.es;
  const enMatcher = matchers.en;

  const isKnown = (w: string) => langs.some((l) => matchers[l]!.isKnownWord(w));
  /**
   * class name → its bit in Spanish and in English (0: the language has no such class); rules ask often. (A keyed
   * load from an object with no prototype costs less than Map.get here: the names are a few dozen string literals.)
   */
  const classBits: Record<string, { es: number; en: number } | undefined> = Object.create(null);
  const bitsOf = (name: string) => (classBits[name] ??= { es: esMatcher?.bitOf(name) ?? 0, en: enMatcher?.bitOf(name) ?? 0 });
  const esStop = esMatcher?.bitOf('stopword') ?? 0;
  const enStop = enMatcher?.bitOf('stopword') ?? 0;

  /** What a message in each language is matched against: its own language's phrases, and the other's cross-language ones. */
  interface Plan {
    active: Matcher[];
    others: Matcher[];
    /** -1 when the language's class bits count, 0 when not (inClass) */
    esOn: number;
    enOn: number;
  }
  const planFor = (lang: Lang): Plan => {
    const active = lang === 'und' ? langs : langs.filter((l) => l === lang);
    const others = langs.filter((l) => !active.includes(l));
    const use = (ls: ('es' | 'en')[]) => ls.map((l) => matchers[l]!);
    return { active: use(active), others: use(others), esOn: active.includes('es') ? -1 : 0, enOn: active.includes('en') ? -1 : 0 };
  };
  const plans: Record<Lang, Plan> = { es: planFor('es'), en: planFor('en'), und: planFor('und') };
  /** indices of the tokens that start some Spanish (0) / English (1) phrase, reused from message to message */
  let starts0 = new Int32Array(256);
  let starts1 = new Int32Array(256);

  function classify(input: string): ClassifyResult {
    const text = typeof input === 'string' ? input : String(input ?? '');
    const limit = text.length > T.MAX_CHARS ? text.slice(0, T.MAX_CHARS) : text;
    // the tokenizer looks each word up as it reads it (Token.form); merged and unmasked words are looked up here
    const { tokens: raw, stats, spelled, masked } = tokenize(limit, withoutReportedSpeech(limit, ownTextRanges(limit)), forms);
    let tokens = spelled ? mergeSpelledOut(raw, isKnown) : raw;
    if (masked) tokens = unmaskAll(tokens);
    let cand0 = 0;
    let cand1 = 0;
    // language evidence (see guessLanguage), counted on the way
    let es = 0;
    let en = 0;
    // the matchers' first pass (Matcher.match), done here on the way: anchor keys stamped, class masks ORed, and the
    // tokens that start some phrase listed, all from the Forms, without touching the matchers' lookups
    const g0 = esMatcher !== undefined ? esMatcher.begin() : 0;
    const g1 = enMatcher !== undefined ? enMatcher.begin() : 0;
    let present0 = 0;
    let present1 = 0;
    if (starts0.length < tokens.length) {
      starts0 = new Int32Array(tokens.length * 2);
      starts1 = new Int32Array(tokens.length * 2);
    }
    let n0 = 0;
    let n1 = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let f = t.form;
      if (f === undefined) {
        f = t.form = t.alt === undefined ? plainForms.get(t.norm) : forms.get(t.orig!);
        t.norm = f.norm;
        t.m0 = f.m0;
        t.f0 = f.f0;
        t.m1 = f.m1;
        t.f1 = f.f1;
      }
      cand0 |= f.c0;
      cand1 |= f.c1;
      present0 |= f.m0;
      present1 |= f.m1;
      if (f.c0 !== 0) starts0[n0++] = i;
      if (f.c1 !== 0) starts1[n1++] = i;
      if (f.k0 !== -1) {
        if (f.k0 >= 0) esMatcher!.stampKey(f.k0, g0);
        else esMatcher!.stampKeys(f.f0!.keys, g0);
      }
      if (f.k1 !== -1) {
        if (f.k1 >= 0) enMatcher!.stampKey(f.k1, g1);
        else enMatcher!.stampKeys(f.f1!.keys, g1);
      }
      if (i < LANGUAGE_WORDS) {
        if ((t.m0 & esStop) !== 0) es++;
        if ((t.m1 & enStop) !== 0) en++;
        if (f.enye) es += 0.5;
      }
    }
    const lang = decideLanguage(limit, es, en);
    const plan = plans[lang];

    const matches = new Map<string, Match[]>();
    // a language whose lookups found no phrase start in this message has nothing to match (candidate bits: 1 for its
    // own phrases, 2 for its cross-language ones)
    const matchWith = (m: Matcher, bit: number) => {
      const crossOnly = bit === 2;
      if (m.slot === 0) {
        if (cand0 & bit) addMatches(matches, m.matchAmong(tokens, starts0, n0, present0, g0, crossOnly));
      } else if (cand1 & bit) addMatches(matches, m.matchAmong(tokens, starts1, n1, present1, g1, crossOnly));
    };
    for (let k = 0; k < plan.active.length; k++) matchWith(plan.active[k], 1);
    for (let k = 0; k < plan.others.length; k++) matchWith(plan.others[k], 2);

    const esOn = plan.esOn;
    const enOn = plan.enOn;
    const ctx: RuleContext = {
      text: limit,
      lang,
      tokens,
      stats,
      matches,
      inClass: (name, t) => {
        const b = bitsOf(name);
        return ((t.m0 & b.es & esOn) | (t.m1 & b.en & enOn)) !== 0;
      },
      // present0/present1 are the OR of every token's class bits
      anyInClass: (name) => {
        const b = bitsOf(name);
        return ((present0 & b.es & esOn) | (present1 & b.en & enOn)) !== 0;
      },
      memo: newMemo(),
    };
    const sc = ruleScores;
    for (let p = 0; p < sc.length; p++) sc[p] = 0;
    let raised = 0;
    const flags: FlagId[] = [];
    const evidence: Evidence[] = [];
    for (let k = 0; k < RULES.length; k++) {
      const r = RULES[k].run(ctx);
      const p = RULE_FLAG[k];
      sc[p] = round2(r.score);
      if (r.score >= FLAG_MIN[p]) {
        flags.push(FLAG_IDS[p]);
        raised |= 1 << p;
        for (let e = 0; e < r.evidence.length; e++) evidence.push(r.evidence[e]);
      }
    }
    for (let p = 0; p < FLAG_IDS.length; p++) if (sc[p] >= FLAG_BELOW[p] && (raised & (1 << p)) === 0) sc[p] = FLAG_BELOW[p];
    const scores = byFlag(sc);
    // only raised flags feed anger: "Sue from accounts" (a name, legal 0.49) or a polite "following up" stays calm
    const { anger: a, cues, friendly } = angerOf(ctx, byFlag(sc.map((s, p) => (raised & (1 << p) ? s : 0))));
    let anger = a;
    // hostility toward a person is angry by definition; so is swearing while threatening to sue or demanding someone
    // else (39 sets: 169 angry, 18 frustrated, none calm)
    if (raised & (FLAG_BIT.insult | FLAG_BIT.physical_threat) || (raised & FLAG_BIT.vulgarity && raised & (FLAG_BIT.legal_threat | FLAG_BIT.escalation_request))) anger = Math.max(anger, T.TONE_ANGRY_MIN);
    // a customer who threatens, swears, presses or asks for someone else is at least frustrated (swearing in a warm
    // message is delight: "holy shit that was fast, thanks"; asking for a supervisor with thanks or a smile is polite).
    // A legal threat counts: most readers call even a formal "I will file with the FCC" frustrated (9 fresh message
    // sets: 63 frustrated, 20 calm, 10 angry), and so an escalation request (29 sets: 205 frustrated, 149 calm; split
    // by warmth, tone macro-F1 +0.007 and +0.009 on two halves of the sets, own corpus +0.010/+0.026; 48 sets: making
    // a warm one frustrated too is 40 right, 61 wrong). A legal threat with thanks is still one ("Please refund the
    // fee, otherwise I'll report this to Consumer Affairs. Thanks"): 48 sets, 33 right, 17 wrong, and 16 of the 17 are
    // mentions wrongly flagged as threats; on 8 sets read after the choice was last made, 10 right, 1 wrong.
    const notFrustrating = (isWarm(ctx) ? FLAG_BIT.escalation_request : 0) | (friendly ? FLAG_BIT.vulgarity : 0);
    if (raised & ~notFrustrating) anger = Math.max(anger, T.TONE_FRUSTRATED_MIN);
    // printed rounded down, so the printed anger and the tone never disagree (0.57999 is frustrated and prints 0.579);
    // three decimals keep the calm band's order (tunables.ts, CALM_BAND_RAW)
    anger = Math.floor(anger * 1000 + 1e-9) / 1000;
    const tone = anger >= T.TONE_ANGRY_MIN ? 'angry' : anger >= T.TONE_FRUSTRATED_MIN ? 'frustrated' : 'calm';
    if (evidence.length > 1) dedupe(evidence.sort(byPosition));
    return { lang, tone, anger, flags, scores, evidence, cues };
  }

  /**
   * Each distinct spelling is looked up once for both languages (bounded caches): the tokenizer finds a word it has
   * seen before by its characters, without making or hashing a string.
   */
  const forms = new FormTable(makeForm, LOOKUP_CACHE);
  /** spellings of merged ("i d i o t a") and unmasked ("f*ck") words, which are read as they are, never shortened */
  const plainForms = new FormTable(makePlainForm, LOOKUP_CACHE);

  /** a word as the tokenizer read it: an elongated one is tried shortened to one and two letters */
  function makeForm(key: string): Form {
    const shapes = shapesOf(key);
    if (shapes.alt === undefined) return makePlainForm(key);
    return formOf(key, shapes.norm, shapes.alt, shapes.orig, esMatcher?.tokenInfo(shapes), enMatcher?.tokenInfo(shapes));
  }

  function makePlainForm(norm: string): Form {
    let pair: [FormInfo | undefined, FormInfo | undefined] = [esMatcher?.formInfo(norm), enMatcher?.formInfo(norm)];
    // an unknown word with a keyboard slip ("talkk", "talkiing", "supervisr") is read as the known word it misspells
    if (isEmpty(pair)) {
      const fixed = undoubleSlips(norm) ?? nearKeyWord(norm);
      if (fixed !== undefined) {
        const other: typeof pair = [esMatcher?.formInfo(fixed), enMatcher?.formInfo(fixed)];
        if (!isEmpty(other)) pair = other;
      }
    }
    return formOf(norm, norm, undefined, undefined, pair[0], pair[1]);
  }

  /** per language (slot): bit 1 = some phrase starts with the word, bit 2 = some cross-language one does */
  const candidateBits = (info: FormInfo | undefined) => (info && info.cands.length ? (info.crossCands.length ? 3 : 1) : 0);
  const onlyKey = (info: FormInfo | undefined) => (!info || info.keys.length === 0 ? -1 : info.keys.length === 1 ? info.keys[0] : -2);
  function formOf(key: string, norm: string, alt: string | undefined, orig: string | undefined, f0: FormInfo | undefined, f1: FormInfo | undefined): Form {
    norm = flat(norm);
    if (alt !== undefined) alt = flat(alt);
    if (orig !== undefined) orig = flat(orig);
    const wa = words.find(alt);
    return {
      key, norm, alt, orig, m0: f0 ? f0.mask : 0, m1: f1 ? f1.mask : 0, f0, f1, c0: candidateBits(f0), c1: candidateBits(f1), k0: onlyKey(f0), k1: onlyKey(f1),
      enye: norm.includes('ñ'), one: norm.length === 1, wn: words.find(norm), wa, wo: alt === undefined ? -1 : words.find(orig),
    };
  }

  const keyWords = [...new Set(langs.flatMap((l) => T.FUZZY_CLASSES.flatMap((c) => matchers[l]!.classMembers(c))))].filter((w) => w.length >= T.FUZZY_MIN_LENGTH);
  function nearKeyWord(w: string): string | undefined {
    if (w.length < T.FUZZY_MIN_LENGTH - 1) return undefined;
    // (a key word cut short is often another word: "manage" is no "manager", "direct" no "director")
    return keyWords.find((k) => !k.startsWith(w) && withinOneEdit(w, k));
  }

  function isEmpty(pair: [FormInfo | undefined, FormInfo | undefined]): boolean {
    return pair.every((f) => !f || (f.mask === 0 && f.cands.length === 0 && f.keys.length === 0));
  }

  function unmaskAll(tokens: Token[]): Token[] {
    if (!tokens.some((t) => t.masked)) return tokens;
    // "c***" is "coño" to a Spanish reader and "cunt" to an English one: ask the language the message looks like first
    // (common words among the first words read, as decideLanguage counts them)
    let es = 0;
    let en = 0;
    for (let i = 0; i < tokens.length && i < LANGUAGE_WORDS; i++) {
      if ((tokens[i].m0 & esStop) !== 0) es++;
      if ((tokens[i].m1 & enStop) !== 0) en++;
    }
    const order = en > es ? [...langs].reverse() : langs;
    return tokens.map((t) => {
      if (!t.masked) return t;
      // (a run of stars is shortened like an elongation, "c***" → "c*": the stars as typed are tried first)
      let best: Unmasked | undefined;
      for (const l of order) {
        const m = matchers[l]!;
        const found = (t.orig !== undefined ? m.unmask({ ...t, norm: t.orig }) : undefined) ?? m.unmask(t);
        if (found && (!best || (found.exact && !best.exact) || (found.exact === best.exact && found.weight > best.weight))) best = found;
      }
      return best ? { ...t, norm: best.w, alt: undefined, orig: undefined, form: undefined } : t;
    });
  }

  return { classify };
}

export type { Lang };
