import { CAND_INTS, MAX_GAP, OP_ANY, OP_CLASS, OP_GAP, OP_PREFIX, OP_WORD } from './codes.ts';
import type { LexiconRow } from './types.ts';
import type { Token } from './tokenize.ts';

/**
 * Phrase matcher over normalised tokens. A lexicon term is a sequence of pattern tokens:
 *   word     the whole word
 *   word*    any word starting with "word"
 *   *        any one word
 *   ~        zero to three words (a short gap: "voy a ir ~ romper*")
 *   @name    any member of the class file class-<name>.tsv of the same language
 * A match never crosses a sentence boundary. Each row's `except` phrases, when they match over any of its
 * words, cancel it (Scunthorpe guards live beside their term). Matching costs O(tokens × candidates) with
 * a bounded gap, so it is linear in the length of the text.
 *
 * Speed (the classifier must keep up with a word-lookup library): each distinct spelling is looked up once
 * (cached) into a FormInfo that holds its class memberships as a bit mask and the patterns that may start
 * with it. Patterns that start with a common word ("me", "you", "que") also name an "anchor", their rarest
 * required word; a pattern is only tried when its anchor occurs somewhere in the message.
 */

// the longest gap a ~ stands for, in words (codes.ts: the loops that read it get the value written in)
export { MAX_GAP } from './codes.ts';
/** at most this many class files per language: their memberships are bits of one 32-bit integer */
export const MAX_CLASSES = 32;

type PTok = { kind: 'word'; w: string } | { kind: 'prefix'; w: string } | { kind: 'any' } | { kind: 'gap' } | { kind: 'class'; bit: number };

/** What must occur somewhere in the message before a pattern is worth trying: a word (key) or a class (bit). */
interface Anchor {
  /** anchor key id, -1 when the anchor is a class or there is none */
  key: number;
  /** class bit, 0 when the anchor is a word or there is none */
  bit: number;
}
const NO_ANCHOR: Anchor = { key: -1, bit: 0 };

export interface Pattern {
  category: string;
  row: LexiconRow;
  /** the row's exceptions, compiled like the term: where each starts in the program and how many tokens it has */
  exceptAt: number[];
  exceptLen: number[];
  /** see Anchor; flat fields keep the hot loop in matchAmong() monomorphic */
  anchorKey: number;
  anchorBit: number;
  /** also applies to messages in the other language (strong whole words: Spanglish) */
  cross: boolean;
  /** where the term's pattern tokens are written as integers in the matcher's program (see Matcher.prog), and how many */
  progAt: number;
  progLen: number;
}

export interface Match {
  category: string;
  row: LexiconRow;
  /** token indices [from, to) */
  from: number;
  to: number;
}

/** Everything the matcher knows about one spelling. */
export interface FormInfo {
  /** class memberships, one bit per class file */
  mask: number;
  /** patterns whose first token this spelling satisfies */
  cands: Pattern[];
  /** the ones of them that also count in the other language's messages */
  crossCands: Pattern[];
  /** anchor keys this spelling satisfies */
  keys: number[];
  /**
   * The candidates' anchors and programs, CAND_INTS integers each, for cands from `at` and for crossCands from
   * `crossAt`, in `pool`: first every candidate's anchor key (Pattern.anchorKey), in order, then each one's anchorBit,
   * progAt and progLen. Most candidates are rejected on their anchor key alone, so the keys are kept together: the
   * dozens of candidates of a common word are read from one or two cache lines (in a stream of messages they are
   * mostly out of the CPU's caches), and the rest are tried on the program without touching the patterns.
   */
  pool: Int32Array;
  at: number;
  crossAt: number;
}

const CACHE_LIMIT = 20_000;
const EMPTY: Pattern[] = [];
const NO_KEYS: number[] = [];
/*
 * A pattern's tokens are also written as integers, two per token (op, argument: OP_WORD, ... in codes.ts), so that
 * trying a pattern reads a few consecutive integers instead of following pointers from the pattern to its token
 * objects to their words (in a stream of messages those objects are mostly out of the CPU's caches, and the pointer
 * chase was most of the matching time). FormInfo.pool holds CAND_INTS integers per candidate.
 */

/**
 * Ids of the words patterns name (the `word` tokens), shared by the matchers of both languages. The classifier
 * gives each Form the ids of its spellings (Form.wn/wa/wo), so a word token of a pattern is compared as an integer.
 */
export class WordIds {
  private ids = new Map<string, number>();
  idOf(w: string): number {
    let id = this.ids.get(w);
    if (id === undefined) this.ids.set(w, (id = this.ids.size));
    return id;
  }
  /** the id of a word some pattern names, -1 for any other word (or undefined) */
  find(w: string | undefined): number {
    return w === undefined ? -1 : (this.ids.get(w) ?? -1);
  }
}

/** Character tries: one walk along a word finds every prefix term it starts with. */
interface Trie<T> {
  next: Map<string, Trie<T>>;
  items?: T[];
}
const newTrie = <T>(): Trie<T> => ({ next: new Map() });
function trieAdd<T>(root: Trie<T>, prefix: string, item: T) {
  let node = root;
  for (const ch of prefix) {
    let n = node.next.get(ch);
    if (!n) node.next.set(ch, (n = newTrie<T>()));
    node = n;
  }
  (node.items ??= []).push(item);
}
function trieWalk<T>(root: Trie<T>, word: string, visit: (item: T) => void) {
  let node: Trie<T> | undefined = root;
  for (let k = 0; k < word.length && node; k++) {
    node = node.next.get(word[k]);
    if (node?.items) for (const it of node.items) visit(it);
  }
}

/** The spellings of a token (Token.norm, alt, orig). */
export type Spellings = Pick<Token, 'norm' | 'alt' | 'orig'>;

function forms(t: Spellings): string[] {
  if (t.alt === undefined) return [t.norm];
  return t.orig !== undefined && t.orig !== t.alt ? [t.norm, t.alt, t.orig] : [t.norm, t.alt];
}

/** The lexicon word a masked token hides: whole word or prefix, and its weight (see Matcher.unmask). */
export interface Unmasked {
  w: string;
  exact: boolean;
  weight: number;
}

/** 2 to 99 in digits (a count of days, times, people; not a year, an age of 110 or an emergency number) */
function isCount(f: string): boolean {
  const n = f.length;
  if (n === 0 || n > 2) return false;
  for (let k = 0; k < n; k++) if (f.charCodeAt(k) < 0x30 || f.charCodeAt(k) > 0x39) return false;
  const v = Number(f);
  return v >= 2;
}

/** Endings a masked word may have after a lexicon prefix (with any of its stars). */
const ENDINGS = new Set(['', 's', 'es', 'er', 'ers', 'ed', 'ing', 'in', 'ng', 'y', 'ies', 'a', 'as', 'o', 'os', 'ada', 'adas', 'ado', 'ados', 'ida', 'ido', 'azo', 'ote']);

export class Matcher {
  private classBits = new Map<string, number>();
  private classWords = new Map<string, number>();
  private classPrefixes = newTrie<number>();
  private byWord = new Map<string, Pattern[]>();
  private prefixRoot = newTrie<Pattern>();
  private anchorWords = new Map<string, number>();
  private anchorPrefixes = newTrie<number>();
  private anchorIds = new Map<string, number>();
  private anchorCount = 0;
  private cache = new Map<string, FormInfo>();
  /** Single words the lexicons know, for masked tokens (f*ck) and spelled-out words (i d i o t a). */
  private vocabulary: { w: string; prefix: boolean; weight: number }[] = [];
  private known = new Set<string>();
  private knownPrefixes: string[] = [];
  /** per message: stamp[key] === generation when the anchor key occurs in it */
  private stamp = new Uint32Array(0);
  private generation = 0;

  /** every pattern's tokens as (op, argument) pairs (see OP_WORD), appended as patterns are added */
  private prog = new Int32Array(4096);
  private progUsed = 0;
  /** the words of OP_PREFIX tokens */
  private prefixes: string[] = [];

  /**
   * @param slot which of a token's two mask fields (`m0`/`m1`) this matcher's class bits live in. Two
   *   matchers of one language share a slot only if they were given the same classes in the same order.
   * @param words ids of the words patterns name; tokens must carry the ids of their spellings in Token.form
   *   (wn/wa/wo) from this same table
   */
  constructor(
    readonly slot: 0 | 1 = 0,
    readonly words: WordIds = new WordIds(),
  ) {}

  addClass(name: string, rows: LexiconRow[]): void {
    let bit = this.classBits.get(name);
    if (bit === undefined) {
      if (this.classBits.size >= MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} class files`);
      bit = 1 << this.classBits.size;
      this.classBits.set(name, bit);
    }
    for (const r of rows) {
      if (r.term.endsWith('*')) trieAdd(this.classPrefixes, r.term.slice(0, -1), bit);
      else this.classWords.set(r.term, (this.classWords.get(r.term) ?? 0) | bit);
    }
    this.cache.clear();
  }

  /** the class that numbers written in digits belong to (countsIn), and the patterns that start with it */
  private countBit = 0;
  private countHeads: Pattern[] = [];

  /**
   * Numbers from 2 to 99 written in digits ("3 times", "45 minutos") belong to this class as well as its own words
   * (the words for numbers: "three", "tres"); a lexicon row per number would be most of the file.
   */
  countsIn(name: string): void {
    this.countBit = this.classBits.get(name) ?? 0;
    this.cache.clear();
  }

  /** The whole words of a class file (not its prefixes). */
  classMembers(name: string): string[] {
    const bit = this.classBits.get(name);
    return bit ? [...this.classWords].filter(([, bits]) => bits & bit).map(([w]) => w) : [];
  }

  /** The bit of a class file, 0 when this language has no such class. */
  bitOf(name: string): number {
    return this.classBits.get(name) ?? 0;
  }

  /** @param cross which rows also count in a message of the other language */
  addCategory(category: string, rows: LexiconRow[], maskable: boolean, cross: (row: LexiconRow) => boolean = () => false): void {
    for (const row of rows) {
      const toks = this.parseTokens(row.term, category);
      const except = row.except.map((e) => this.parseTokens(e, category));
      const exceptAt = except.map((e) => this.compile(e));
      const anchor = this.anchorOf(toks);
      const p: Pattern = { category, row, exceptAt, exceptLen: except.map((e) => e.length), anchorKey: anchor.key, anchorBit: anchor.bit, cross: cross(row), progAt: this.compile(toks), progLen: toks.length };
      const first = toks[0];
      if (first.kind === 'word') this.index(first.w, p);
      else if (first.kind === 'prefix') trieAdd(this.prefixRoot, first.w, p);
      else if (first.kind === 'class') {
        // a class at the head: index the pattern under every member of the class
        for (const [w, bits] of this.classWords) if (bits & first.bit) this.index(w, p);
        if (first.bit & this.countBit) this.countHeads.push(p);
        this.eachClassPrefix(first.bit, (w) => trieAdd(this.prefixRoot, w, p));
      } else throw new Error(`${category}: term "${row.term}" must start with a word or a class`);
      if (maskable && toks.length === 1 && (first.kind === 'word' || first.kind === 'prefix')) {
        this.vocabulary.push({ w: first.w, prefix: first.kind === 'prefix', weight: row.weight });
        if (first.kind === 'word') this.known.add(first.w);
        else this.knownPrefixes.push(first.w);
      }
    }
    this.cache.clear();
  }

  /** Appends the tokens to the program; returns where they start. */
  private compile(toks: PTok[]): number {
    if (this.progUsed + 2 * toks.length > this.prog.length) {
      const bigger = new Int32Array(Math.max(this.prog.length * 2, this.progUsed + 2 * toks.length));
      bigger.set(this.prog.subarray(0, this.progUsed));
      this.prog = bigger;
    }
    const at = this.progUsed;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      let op = OP_ANY;
      let arg = 0;
      if (t.kind === 'word') {
        op = OP_WORD;
        arg = this.words.idOf(t.w);
      } else if (t.kind === 'prefix') {
        op = OP_PREFIX;
        arg = this.prefixes.push(t.w) - 1;
      } else if (t.kind === 'gap') op = OP_GAP;
      else if (t.kind === 'class') {
        op = OP_CLASS;
        arg = t.bit;
      }
      this.prog[at + 2 * k] = op;
      this.prog[at + 2 * k + 1] = arg;
    }
    this.progUsed += 2 * toks.length;
    return at;
  }

  private parseTokens(term: string, category: string): PTok[] {
    return term.split(' ').map((t): PTok => {
      if (t === '*') return { kind: 'any' };
      if (t === '~') return { kind: 'gap' };
      if (t.startsWith('@')) {
        const bit = this.classBits.get(t.slice(1));
        if (!bit) throw new Error(`${category}: term "${term}" uses unknown class ${t}`);
        return { kind: 'class', bit };
      }
      if (t.endsWith('*')) return { kind: 'prefix', w: t.slice(0, -1) };
      return { kind: 'word', w: t };
    });
  }

  /**
   * The anchor: among the required tokens after the first (the first is found by lookup anyway), the word
   * least likely to be common: a longer whole word, then a prefix, then a class; common words are skipped.
   */
  private anchorOf(toks: PTok[]): Anchor {
    const stop = this.classBits.get('stopword') ?? 0;
    let best: PTok | null = null;
    let bestScore = 0;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k];
      let s = 0;
      if (t.kind === 'word') s = (this.classWords.get(t.w) ?? 0) & stop ? 1 : 3 + t.w.length / 10;
      else if (t.kind === 'prefix') s = 2 + t.w.length / 10;
      else if (t.kind === 'class') s = 0.5;
      if (s > bestScore) [best, bestScore] = [t, s];
    }
    if (!best) return NO_ANCHOR;
    if (best.kind === 'class') return { key: -1, bit: best.bit };
    const w = (best as { w: string }).w;
    const table = best.kind === 'word' ? this.anchorWords : null;
    const key = best.kind === 'word' ? `w:${w}` : `p:${w}`;
    let id = this.anchorIds.get(key);
    if (id === undefined) {
      id = this.anchorCount++;
      this.anchorIds.set(key, id);
      if (table) table.set(w, id);
      else trieAdd(this.anchorPrefixes, w, id);
    }
    return { key: id, bit: 0 };
  }

  private eachClassPrefix(bit: number, visit: (prefix: string) => void, node = this.classPrefixes, path = '') {
    if (node.items?.some((b) => b & bit)) visit(path);
    for (const [ch, n] of node.next) this.eachClassPrefix(bit, visit, n, path + ch);
  }

  private index(key: string, p: Pattern) {
    const list = this.byWord.get(key);
    if (list) list.push(p);
    else this.byWord.set(key, [p]);
  }

  /** where FormInfo anchors are written; a full pool is replaced, never cleared (older FormInfos keep theirs) */
  private pool = new Int32Array(4096);
  private poolUsed = 0;

  private info(mask: number, cands: Pattern[], crossCands: Pattern[], keys: number[]): FormInfo {
    const need = CAND_INTS * (cands.length + crossCands.length);
    if (this.poolUsed + need > this.pool.length) {
      this.pool = new Int32Array(Math.max(this.pool.length, need));
      this.poolUsed = 0;
    }
    const pool = this.pool;
    const at = this.poolUsed;
    const put = (from: number, list: Pattern[]) => {
      for (let c = 0; c < list.length; c++) {
        pool[from + c] = list[c].anchorKey;
        const q = from + list.length + (CAND_INTS - 1) * c;
        pool[q] = list[c].anchorBit;
        pool[q + 1] = list[c].progAt;
        pool[q + 2] = list[c].progLen;
      }
    };
    put(at, cands);
    const crossAt = at + CAND_INTS * cands.length;
    put(crossAt, crossCands);
    this.poolUsed += need;
    return { mask, cands, crossCands, keys, pool, at, crossAt };
  }

  /** Class memberships, candidate patterns and anchor keys of one spelling (cached, bounded). */
  formInfo(f: string): FormInfo {
    let info = this.cache.get(f);
    if (info) return info;
    let mask = this.classWords.get(f) ?? 0;
    trieWalk(this.classPrefixes, f, (b) => (mask |= b));
    let cands: Pattern[] = this.byWord.get(f) ?? EMPTY;
    if (this.countBit !== 0 && isCount(f)) {
      mask |= this.countBit;
      // (as if indexed under the number, like every other member of the class: see addCategory)
      if (this.countHeads.length) cands = [...cands, ...this.countHeads];
    }
    trieWalk(this.prefixRoot, f, (p) => {
      if (cands === EMPTY || cands === this.byWord.get(f)) cands = [...cands];
      cands.push(p);
    });
    let keys = NO_KEYS;
    const exact = this.anchorWords.get(f);
    if (exact !== undefined) keys = [exact];
    trieWalk(this.anchorPrefixes, f, (id) => {
      if (keys === NO_KEYS) keys = [];
      keys.push(id);
    });
    const crossCands = cands.some((p) => p.cross) ? cands.filter((p) => p.cross) : EMPTY;
    info = this.info(mask, cands, crossCands, keys);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(f, info);
    return info;
  }

  /** A token's info over all its spellings (an elongated word is tried shortened to one and two letters). */
  tokenInfo(t: Spellings): FormInfo {
    const fs = forms(t);
    if (fs.length === 1) return this.formInfo(fs[0]);
    const parts = fs.map((f) => this.formInfo(f));
    return this.info(
      parts.reduce((m, p) => m | p.mask, 0),
      [...new Set(parts.flatMap((p) => p.cands))],
      [...new Set(parts.flatMap((p) => p.crossCands))],
      parts.flatMap((p) => p.keys),
    );
  }

  private maskOf(t: Token): number {
    return this.slot === 0 ? t.m0 : t.m1;
  }

  private infoOf(t: Token): FormInfo {
    return (this.slot === 0 ? t.f0 : t.f1) ?? this.tokenInfo(t);
  }

  isKnownWord = (w: string): boolean => this.known.has(w) || this.knownPrefixes.some((p) => w.startsWith(p));

  /**
   * Resolve a masked token (f*ck, p**o) to the lexicon word it hides. Several may fit ("f***": fuck, fckn): a whole
   * word of the same length beats a prefix, then the heavier word wins, then the first in the files.
   */
  unmask(t: Token): Unmasked | undefined {
    const m = t.norm;
    const firstLetter = m[0] === '*' ? undefined : m[0];
    let best: Unmasked | undefined;
    for (const v of this.vocabulary) {
      if (firstLetter && v.w[0] !== firstLetter) continue;
      if (!v.prefix && v.w.length !== m.length) continue;
      if (v.prefix && m.length < v.w.length) continue;
      let ok = true;
      for (let k = 0; k < v.w.length && ok; k++) ok = m[k] === '*' || m[k] === v.w[k];
      if (!ok) continue;
      const exact = !v.prefix;
      // a prefix hides a word only with an ending words have ("f*ck*ng" yes, "w***g" → "wank" + "g" no)
      if (!exact && !ENDINGS.has(m.slice(v.w.length).replace(/\*/g, ''))) continue;
      if (best && (best.exact && !exact || (best.exact === exact && best.weight >= v.weight))) continue;
      best = { w: exact ? v.w : v.w + m.slice(v.w.length).replace(/\*/g, 'x'), exact, weight: v.weight };
    }
    return best;
  }

  /**
   * Matches the pattern tokens prog[at..end) (two integers each) from token ti, within one sentence; returns the end
   * token index or -1. A word matches a token's norm, alt or orig; a prefix starts one of them; a class is in its mask.
   */
  private run(prog: Int32Array, at: number, end: number, tokens: Token[], ti: number, sentence: number): number {
    if (at === end) return ti;
    const op = prog[at];
    if (op === OP_GAP) {
      for (let g = 0; g <= MAX_GAP; g++) {
        if (ti + g > tokens.length) break;
        if (g > 0 && tokens[ti + g - 1].sentence !== sentence) break;
        const r = this.run(prog, at + 2, end, tokens, ti + g, sentence);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (ti >= tokens.length) return -1;
    const t = tokens[ti];
    if (t.sentence !== sentence) return -1;
    const arg = prog[at + 1];
    switch (op) {
      case OP_WORD: {
        // norm, alt or orig (Form.wo is -1 when there is no alt: orig is read only with alt)
        const f = t.form!;
        if (f.wn !== arg && f.wa !== arg && f.wo !== arg) return -1;
        break;
      }
      case OP_PREFIX: {
        const w = this.prefixes[arg];
        if (!(t.norm.startsWith(w) || (t.alt !== undefined && (t.alt.startsWith(w) || (t.orig ?? '').startsWith(w))))) return -1;
        break;
      }
      case OP_CLASS:
        if ((this.maskOf(t) & arg) === 0) return -1;
        break;
      default: // OP_ANY
    }
    return this.run(prog, at + 2, end, tokens, ti + 1, sentence);
  }

  private excepted(p: Pattern, tokens: Token[], from: number, to: number): boolean {
    for (let x = 0; x < p.exceptAt.length; x++) {
      const at = p.exceptAt[x];
      const len = p.exceptLen[x];
      // an exception phrase cancels the match when it matches over any of the match's words
      // ("3rd time flying": the exception "time flying" starts inside "@ordinal @contact")
      for (let s = Math.max(0, from - len - MAX_GAP); s < to; s++) {
        const e = this.run(this.prog, at, at + 2 * len, tokens, s, tokens[s].sentence);
        if (e > from) return true;
      }
    }
    return false;
  }

  /**
   * Starts a message for matchAmong(): a new generation of anchor stamps. The caller then stamps the anchor keys of
   * every token (stampKey / stampKeys: FormInfo.keys) before matching.
   */
  begin(): number {
    if (this.stamp.length < this.anchorCount) this.stamp = new Uint32Array(this.anchorCount);
    return (this.generation = (this.generation + 1) >>> 0 || 1);
  }

  stampKey(key: number, gen: number): void {
    this.stamp[key] = gen;
  }

  stampKeys(keys: number[], gen: number): void {
    for (let k = 0; k < keys.length; k++) this.stamp[keys[k]] = gen;
  }

  /**
   * All matches of the patterns starting at the tokens at the given indices (ascending; every token with candidates
   * must be among them), after begin() and the stamping of every token's anchor keys (the first pass, which the
   * classifier does on its way through the tokens); `present` is the OR of all the tokens' class masks. A candidate
   * whose anchor is not in the message is never tried.
   */
  matchAmong(tokens: Token[], starts: Int32Array, n: number, present: number, gen: number, crossOnly: boolean): Match[] {
    const out: Match[] = [];
    const prog = this.prog;
    const stamp = this.stamp;
    for (let q = 0; q < n; q++) {
      const i = starts[q];
      const t = tokens[i];
      const info = this.infoOf(t);
      const cands = crossOnly ? info.crossCands : info.cands;
      if (cands.length === 0) continue;
      const pool = info.pool;
      const base = crossOnly ? info.crossAt : info.at;
      // most candidates fail on their anchor: the loop reads only their anchor keys until one does not
      for (let c = 0; c < cands.length; c++) {
        const key = pool[base + c];
        if (key >= 0 && stamp[key] !== gen) continue;
        const at = base + cands.length + (CAND_INTS - 1) * c;
        if (key < 0) {
          const bit = pool[at];
          if (bit !== 0 && (present & bit) === 0) continue;
        }
        const from = pool[at + 1];
        const end = this.run(prog, from, from + 2 * pool[at + 2], tokens, i, t.sentence);
        if (end < 0) continue;
        const p = cands[c];
        if (p.exceptAt.length && this.excepted(p, tokens, i, end)) continue;
        out.push({ category: p.category, row: p.row, from: i, to: end });
      }
    }
    return out;
  }
}
