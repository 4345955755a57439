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

export class Matcher {
  private byWord = new Map<string, Pattern[]>();
  private byPrefix = new Map<string, Pattern[]>();
  private prefixLens = new Set<number>();
  private classes = new Map<string, ClassSet>();
  /** Single words the lexicons know, for masked tokens (f*ck) and spelled-out words (i d i o t a). */
  private vocabulary: { w: string; prefix: boolean; categories: Set<string> }[] = [];
  private known = new Set<string>();
  private knownPrefixes: string[] = [];

  addClass(name: string, rows: LexiconRow[]): void {
    const set: ClassSet = { words: new Set(), prefixes: [] };
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
        this.index(this.byPrefix, first.w, p);
        this.prefixLens.add(first.w.length);
      } else if (first.kind === 'class') {
        const cls = this.classes.get(first.name);
        if (!cls) throw new Error(`${category}: term "${row.term}" uses unknown class @${first.name}`);
        for (const w of cls.words) this.index(this.byWord, w, p);
        for (const w of cls.prefixes) {
          this.index(this.byPrefix, w, p);
          this.prefixLens.add(w.length);
        }
      } else throw new Error(`${category}: term "${row.term}" must start with a word or a class`);
      if (maskable && toks.length === 1 && (first.kind === 'word' || first.kind === 'prefix')) {
        this.vocabulary.push({ w: first.w, prefix: first.kind === 'prefix', categories: new Set([category]) });
        if (first.kind === 'word') this.known.add(first.w);
        else this.knownPrefixes.push(first.w);
      }
    }
  }

  private index(map: Map<string, Pattern[]>, key: string, p: Pattern) {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  }

  /** Membership in a class file (class-<name>.tsv) of this language. */
  inClass(name: string, t: Token): boolean {
    const c = this.classes.get(name);
    if (!c) return false;
    for (const f of tokenForms(t)) {
      if (c.words.has(f)) return true;
      for (const p of c.prefixes) if (f.startsWith(p)) return true;
    }
    return false;
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

  private candidates(t: Token): Pattern[] {
    const out: Pattern[] = [];
    for (const f of tokenForms(t)) {
      const exact = this.byWord.get(f);
      if (exact) out.push(...exact);
      for (const len of this.prefixLens) {
        if (len > f.length) continue;
        const list = this.byPrefix.get(f.slice(0, len));
        if (list) out.push(...list);
      }
    }
    return out.length > 1 ? [...new Set(out)] : out;
  }

  match(tokens: Token[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const p of this.candidates(tokens[i])) {
        const end = this.matchAt(p.toks, 0, tokens, i, tokens[i].sentence);
        if (end < 0) continue;
        if (p.except.length && this.excepted(p, tokens, i, end)) continue;
        out.push({ category: p.category, row: p.row, from: i, to: end });
      }
    }
    return out;
  }
}
