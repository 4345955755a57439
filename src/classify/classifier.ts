import { round2, type RuleContext } from './context.ts';
import { undoubleSlips, withinOneEdit } from './fold.ts';
import { FormTable, shapesOf, type Form } from './forms.ts';
import { guessLanguage } from './language.ts';
import { parseLexicon } from './lexicon-format.ts';
import { Matcher, type FormInfo, type Match } from './matcher.ts';
import { ownTextRanges } from './quoted.ts';
import { angerOf } from './rules/anger.ts';
import { escalationRequest } from './rules/escalation-request.ts';
import { impatience } from './rules/impatience.ts';
import { insult } from './rules/insult.ts';
import { legalThreat } from './rules/legal-threat.ts';
import { physicalThreat } from './rules/physical-threat.ts';
import { vulgarity } from './rules/vulgarity.ts';
import { mergeSpelledOut, tokenize, type Token } from './tokenize.ts';
import * as T from './tunables.ts';
import { FLAG_IDS, type Assessment, type FlagId, type Lang, type LexiconRow, type LexiconSources } from './types.ts';

/** Lexicon categories the rules read. Class files are named class-<name>.tsv. */
export const CATEGORIES = ['vulgarity', 'insult', 'anger', 'legal', 'threat', 'escalation', 'impatience', 'polite'] as const;
const MASKABLE = new Set(['vulgarity', 'insult']);
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

/** the highest score a flag that was not raised may show (just under its threshold) */
const BELOW = Object.fromEntries(FLAG_IDS.map((f) => [f, round2(MIN[f] - 0.01)])) as Record<FlagId, number>;

interface LanguagePack {
  matcher: Matcher;
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

function buildPack(files: Record<string, string>, lang: 'es' | 'en'): LanguagePack {
  const matcher = new Matcher(SLOT[lang]);
  const parsed = new Map<string, LexiconRow[]>();
  for (const [name, text] of Object.entries(files)) {
    try {
      parsed.set(name, parseLexicon(text).rows);
    } catch (e) {
      throw new Error(`lexicons/${lang}/${name}.tsv: ${(e as Error).message}`);
    }
  }
  for (const [name, rows] of parsed) if (name.startsWith('class-')) matcher.addClass(name.slice('class-'.length), rows);
  for (const cat of CATEGORIES) matcher.addCategory(cat, parsed.get(cat) ?? [], MASKABLE.has(cat), (r) => crossLanguage(cat, r));
  return { matcher };
}

export function createClassifier(sources: LexiconSources): Classifier {
  const packs: Partial<Record<'es' | 'en', LanguagePack>> = {};
  for (const lang of ['es', 'en'] as const) if (sources[lang]) packs[lang] = buildPack(sources[lang]!, lang);
  const langs = (Object.keys(packs) as ('es' | 'en')[]);

  const isKnown = (w: string) => langs.some((l) => packs[l]!.matcher.isKnownWord(w));
  /** class name → its bit in Spanish and in English (0: the language has no such class); rules ask often */
  const esBits: Record<string, number> = Object.create(null);
  const enBits: Record<string, number> = Object.create(null);
  const bitsOf = (name: string) => {
    esBits[name] = packs.es?.matcher.bitOf(name) ?? 0;
    enBits[name] = packs.en?.matcher.bitOf(name) ?? 0;
  };
  const esStop = packs.es?.matcher.bitOf('stopword') ?? 0;
  const enStop = packs.en?.matcher.bitOf('stopword') ?? 0;
  const isStop = (l: 'es' | 'en', t: Token) => (l === 'es' ? t.m0 & esStop : t.m1 & enStop) !== 0;

  function classify(input: string): ClassifyResult {
    const text = typeof input === 'string' ? input : String(input ?? '');
    const limit = text.length > T.MAX_CHARS ? text.slice(0, T.MAX_CHARS) : text;
    // the tokenizer looks each word up as it reads it (Token.form); merged and unmasked words are looked up here
    const { tokens: raw, stats } = tokenize(limit, ownTextRanges(limit), forms);
    let tokens = mergeSpelledOut(raw, isKnown);
    tokens = unmaskAll(tokens);
    candidates[0] = candidates[1] = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      t.i = i;
      let f = t.form;
      if (f === undefined) {
        f = t.form = t.alt === undefined ? plainForms.get(t.norm) : forms.get(t.orig!);
        t.m0 = f.m0;
        t.f0 = f.f0;
        t.m1 = f.m1;
        t.f1 = f.f1;
      }
      candidates[0] |= f.c0;
      candidates[1] |= f.c1;
    }
    const lang = guessLanguage(limit, tokens, isStop);

    const active = lang === 'und' ? langs : langs.filter((l) => l === lang);
    const others = langs.filter((l) => !active.includes(l));
    const useEs = active.includes('es');
    const useEn = active.includes('en');
    const matches = new Map<string, Match[]>();
    const add = (list: Match[]) => {
      for (const m of list) {
        const arr = matches.get(m.category);
        if (arr) arr.push(m);
        else matches.set(m.category, [m]);
      }
    };
    // a language whose lookups found no phrase start in this message has nothing to match
    for (const l of active) if (candidates[SLOT[l]] & 1) add(packs[l]!.matcher.match(tokens));
    for (const l of others) if (candidates[SLOT[l]] & 2) add(packs[l]!.matcher.match(tokens, true));

    const ctx: RuleContext = {
      text: limit,
      lang,
      tokens,
      stats,
      matches,
      inClass: (name, t) => {
        if (esBits[name] === undefined) bitsOf(name);
        return (useEs && (t.m0 & esBits[name]) !== 0) || (useEn && (t.m1 & enBits[name]) !== 0);
      },
    };
    // one literal shape for every result (faster than adding keys one by one)
    const scores: Record<FlagId, number> = { vulgarity: 0, insult: 0, legal_threat: 0, physical_threat: 0, escalation_request: 0, impatience: 0 };
    const flags: FlagId[] = [];
    const evidence = [];
    for (const rule of RULES) {
      const r = rule.run(ctx);
      scores[rule.flag] = round2(r.score);
      if (r.score >= MIN[rule.flag]) {
        flags.push(rule.flag);
        evidence.push(...r.evidence);
      }
    }
    for (const f of FLAG_IDS) if (scores[f] >= BELOW[f] && !flags.includes(f)) scores[f] = BELOW[f];
    const { anger: a, cues } = angerOf(ctx, scores);
    let anger = a;
    // hostility toward a person is angry by definition; a legal threat is at least frustrated
    if (flags.includes('insult') || flags.includes('physical_threat')) anger = Math.max(anger, T.TONE_ANGRY_MIN);
    // a customer who threatens, swears or presses is at least frustrated (asking for a supervisor can be polite)
    if (flags.some((f) => f !== 'escalation_request')) anger = Math.max(anger, T.TONE_FRUSTRATED_MIN);
    // printed rounded down, so the printed anger and the tone never disagree (0.5799 is frustrated and prints 0.57)
    anger = Math.floor(anger * 100 + 1e-9) / 100;
    const tone = anger >= T.TONE_ANGRY_MIN ? 'angry' : anger >= T.TONE_FRUSTRATED_MIN ? 'frustrated' : 'calm';
    evidence.sort((x, y) => x.start - y.start || x.end - y.end);
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
    return formOf(key, shapes.norm, shapes.alt, shapes.orig, packs.es?.matcher.tokenInfo(shapes), packs.en?.matcher.tokenInfo(shapes));
  }

  function makePlainForm(norm: string): Form {
    let pair: [FormInfo | undefined, FormInfo | undefined] = [packs.es?.matcher.formInfo(norm), packs.en?.matcher.formInfo(norm)];
    // an unknown word with a keyboard slip ("talkk", "talkiing", "supervisr") is read as the known word it misspells
    if (isEmpty(pair)) {
      const fixed = undoubleSlips(norm) ?? nearKeyWord(norm);
      if (fixed !== undefined) {
        const other: typeof pair = [packs.es?.matcher.formInfo(fixed), packs.en?.matcher.formInfo(fixed)];
        if (!isEmpty(other)) pair = other;
      }
    }
    return formOf(norm, norm, undefined, undefined, pair[0], pair[1]);
  }

  /** per language (slot): bit 1 = some token starts a phrase, bit 2 = some token starts a cross-language one */
  const candidates = [0, 0];
  const candidateBits = (info: FormInfo | undefined) => (info && info.cands.length ? (info.crossCands.length ? 3 : 1) : 0);
  function formOf(key: string, norm: string, alt: string | undefined, orig: string | undefined, f0: FormInfo | undefined, f1: FormInfo | undefined): Form {
    return { key, norm, alt, orig, m0: f0 ? f0.mask : 0, m1: f1 ? f1.mask : 0, f0, f1, c0: candidateBits(f0), c1: candidateBits(f1) };
  }

  const keyWords = [...new Set(langs.flatMap((l) => T.FUZZY_CLASSES.flatMap((c) => packs[l]!.matcher.classMembers(c))))].filter((w) => w.length >= T.FUZZY_MIN_LENGTH);
  function nearKeyWord(w: string): string | undefined {
    if (w.length < T.FUZZY_MIN_LENGTH - 1) return undefined;
    return keyWords.find((k) => withinOneEdit(w, k));
  }

  function isEmpty(pair: [FormInfo | undefined, FormInfo | undefined]): boolean {
    return pair.every((f) => !f || (f.mask === 0 && f.cands.length === 0 && f.keys.length === 0));
  }

  function unmaskAll(tokens: Token[]): Token[] {
    if (!tokens.some((t) => t.masked)) return tokens;
    return tokens.map((t) => {
      if (!t.masked) return t;
      for (const l of langs) {
        const w = packs[l]!.matcher.unmask(t);
        if (w) return { ...t, norm: w, alt: undefined, orig: undefined, form: undefined };
      }
      return t;
    });
  }

  return { classify };
}

export type { Lang };
