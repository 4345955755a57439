import type { LexiconRow } from './types.ts';
import type { Token } from './tokenize.ts';

/**
 * Phrase matcher over normalised tokens. A lexicon term is a sequence of pattern tokens:
 *   word     the whole word
 *   word*    any word starting with "word"
 *   *        any one word
 *   ~        zero to three words (a short gap: "voy a ir ~ romper*")
 *   @name    any member of the class file class-<name>.tsv of the same language
 * A match never crosses a sentence boundary. Each row's `except` phrases, when they match over the same
 * words, cancel it (Scunthorpe guards live beside their term). Matching costs O(tokens × candidates) with
 * a bounded gap, so it is linear in the length of the text.
 */

export const MAX_GAP = 3;

type PTok = { kind: 'word'; w: string } | { kind: 'prefix'; w: string } | { kind: 'any' } | { kind: 'gap' } | { kind: 'class'; name: string };

export interface Pattern {
  category: string;
  row: LexiconRow;
  toks: PTok[];
  except: PTok[][];
}

export interface Match {
  category: string;
  row: LexiconRow;
  /** token indices [from, to) */
  from: number;
  to: number;
}

interface ClassSet {
  words: Set<string>;
  prefixes: string[];
  /** membership per spelling seen, so the prefix scan runs once per word (bounded) */
  seen: Map<string, boolean>;
}

const CACHE_LIMIT = 20_000;

/** Prefix terms ("pendej*") live in a character trie: one walk along the word finds them all. */
interface TrieNode {
  next: Map<string, TrieNode>;
  pats?: Pattern[];
}

function parseTokens(term: string): PTok[] {
  return term.split(' ').map((t): PTok => {
    if (t === '*') return { kind: 'any' };
    if (t === '~') return { kind: 'gap' };
    if (t.startsWith('@')) return { kind: 'class', name: t.slice(1) };
    if (t.endsWith('*')) return { kind: 'prefix', w: t.slice(0, -1) };
    return { kind: 'word', w: t };
  });
}

function tokenForms(t: Token): string[] {
  if (!t.alt) return [t.norm];
  return t.orig && t.orig !== t.alt ? [t.norm, t.alt, t.orig] : [t.norm, t.alt];
}

function classHasForm(c: ClassSet, f: string): boolean {
  if (c.words.has(f)) return true;
  if (c.prefixes.length === 0) return false;
  let v = c.seen.get(f);
  if (v === undefined) {
    v = c.prefixes.some((p) => f.startsWith(p));
    if (c.seen.size >= CACHE_LIMIT) c.seen.clear();
    c.seen.set(f, v);
  }
  return v;
}

function classHas(c: ClassSet, t: Token): boolean {
  if (classHasForm(c, t.norm)) return true;
  if (t.alt !== undefined && classHasForm(c, t.alt)) return true;
  return t.orig !== undefined && classHasForm(c, t.orig);
}

export class Matcher {
  private byWord = new Map<string, Pattern[]>();
  private prefixRoot: TrieNode = { next: new Map() };
  private classes = new Map<string, ClassSet>();
  /** class membership per token, for the tokens of the current match() call (index = token.i) */
  /** candidate patterns per spelling: words repeat (Zipf), so most lookups are one Map hit (bounded) */
  private candCache = new Map<string, Pattern[]>();
  /** Single words the lexicons know, for masked tokens (f*ck) and spelled-out words (i d i o t a). */
  private vocabulary: { w: string; prefix: boolean; categories: Set<string> }[] = [];
  private known = new Set<string>();
  private knownPrefixes: string[] = [];

  addClass(name: string, rows: LexiconRow[]): void {
    const set: ClassSet = { words: new Set(), prefixes: [], seen: new Map() };
    for (const r of rows) {
      if (r.term.endsWith('*')) set.prefixes.push(r.term.slice(0, -1));
      else set.words.add(r.term);
    }
    this.classes.set(name, set);
  }

  addCategory(category: string, rows: LexiconRow[], maskable: boolean): void {
    for (const row of rows) {
      const toks = parseTokens(row.term);
      const p: Pattern = { category, row, toks, except: row.except.map(parseTokens) };
      const first = toks[0];
      if (first.kind === 'word') this.index(this.byWord, first.w, p);
      else if (first.kind === 'prefix') {
        this.addPrefix(first.w, p);
      } else if (first.kind === 'class') {
        const cls = this.classes.get(first.name);
        if (!cls) throw new Error(`${category}: term "${row.term}" uses unknown class @${first.name}`);
        for (const w of cls.words) this.index(this.byWord, w, p);
        for (const w of cls.prefixes) {
          this.addPrefix(w, p);
        }
      } else throw new Error(`${category}: term "${row.term}" must start with a word or a class`);
      if (maskable && toks.length === 1 && (first.kind === 'word' || first.kind === 'prefix')) {
        this.vocabulary.push({ w: first.w, prefix: first.kind === 'prefix', categories: new Set([category]) });
        if (first.kind === 'word') this.known.add(first.w);
        else this.knownPrefixes.push(first.w);
      }
    }
  }

  private addPrefix(prefix: string, p: Pattern) {
    let node = this.prefixRoot;
    for (const ch of prefix) {
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map() }));
      node = n;
    }
    (node.pats ??= []).push(p);
  }

  private index(map: Map<string, Pattern[]>, key: string, p: Pattern) {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  }

  /** Membership in a class file (class-<name>.tsv) of this language. */
  inClass(name: string, t: Token): boolean {
    const c = this.classes.get(name);
    return c ? classHas(c, t) : false;
  }

  isKnownWord = (w: string): boolean => this.known.has(w) || this.knownPrefixes.some((p) => w.startsWith(p));

  /** Resolve a masked token (f*ck, p**o) to the lexicon word it hides, if exactly one shape fits. */
  unmask(t: Token): string | undefined {
    const m = t.norm;
    const firstLetter = m[0] === '*' ? undefined : m[0];
    for (const v of this.vocabulary) {
      if (firstLetter && v.w[0] !== firstLetter) continue;
      if (!v.prefix && v.w.length !== m.length) continue;
      if (v.prefix && m.length < v.w.length) continue;
      let ok = true;
      for (let k = 0; k < v.w.length && ok; k++) ok = m[k] === '*' || m[k] === v.w[k];
      if (ok && !v.prefix) return v.w;
      if (ok && v.prefix) return v.w + m.slice(v.w.length).replace(/\*/g, 'x');
    }
    return undefined;
  }

  private tokMatches(p: PTok, t: Token): boolean {
    const forms = tokenForms(t);
    switch (p.kind) {
      case 'word':
        return forms.includes(p.w);
      case 'prefix':
        return forms.some((f) => f.startsWith(p.w));
      case 'any':
        return true;
      case 'class':
        return this.inClass(p.name, t);
      default:
        return false;
    }
  }

  /** Match pattern tokens from pi at token ti; returns the end token index or -1. */
  private matchAt(toks: PTok[], pi: number, tokens: Token[], ti: number, sentence: number): number {
    if (pi === toks.length) return ti;
    const p = toks[pi];
    if (p.kind === 'gap') {
      for (let g = 0; g <= MAX_GAP; g++) {
        if (ti + g > tokens.length) break;
        if (g > 0 && tokens[ti + g - 1].sentence !== sentence) break;
        const r = this.matchAt(toks, pi + 1, tokens, ti + g, sentence);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (ti >= tokens.length || tokens[ti].sentence !== sentence) return -1;
    if (!this.tokMatches(p, tokens[ti])) return -1;
    return this.matchAt(toks, pi + 1, tokens, ti + 1, sentence);
  }

  private excepted(p: Pattern, tokens: Token[], from: number, to: number): boolean {
    for (const ex of p.except) {
      // an exception phrase cancels the match when it matches over words that include the match's first word
      for (let s = Math.max(0, from - ex.length - MAX_GAP); s <= from; s++) {
        const e = this.matchAt(ex, 0, tokens, s, tokens[s].sentence);
        if (e > from && e >= Math.min(to, from + 1)) return true;
      }
    }
    return false;
  }

  private candidatesOf(f: string): Pattern[] {
    let out = this.candCache.get(f);
    if (out) return out;
    out = [];
    const exact = this.byWord.get(f);
    if (exact) for (const p of exact) out.push(p);
    let node: TrieNode | undefined = this.prefixRoot;
    for (let k = 0; k < f.length && node; k++) {
      node = node.next.get(f[k]);
      if (node?.pats) for (const p of node.pats) out.push(p);
    }
    if (this.candCache.size >= CACHE_LIMIT) this.candCache.clear();
    this.candCache.set(f, out);
    return out;
  }

  private candidates(t: Token): Pattern[] {
    const first = this.candidatesOf(t.norm);
    if (t.alt === undefined) return first;
    const all = [...first, ...this.candidatesOf(t.alt), ...(t.orig !== undefined ? this.candidatesOf(t.orig) : [])];
    return [...new Set(all)];
  }

  match(tokens: Token[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const cands = this.candidates(tokens[i]);
      if (cands.length === 0) continue;
      for (const p of cands) {
        const end = this.matchAt(p.toks, 0, tokens, i, tokens[i].sentence);
        if (end < 0) continue;
        if (p.except.length && this.excepted(p, tokens, i, end)) continue;
        out.push({ category: p.category, row: p.row, from: i, to: end });
      }
    }
    return out;
  }
}
