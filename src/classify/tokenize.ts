import { collapseRuns, foldChar, hasRunOf3, isCombining, isInvisible, isLetter, isUpper, LEET } from './fold.ts';
import type { FormInfo } from './matcher.ts';
import type { Range } from './quoted.ts';

/** A word of the customer's text, normalised for lookup, with its span in the ORIGINAL text. */
export interface Token {
  norm: string;
  /** Second spelling to try when the word was elongated: runs shortened to two letters (asssss → ass). */
  alt?: string;
  /** the spelling before shortening, for acronyms like ACCC */
  orig?: string;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** Written in capitals (≥ 2 letters, all upper case). */
  caps: boolean;
  /** Contains a masking character (f*ck, m**rda). */
  masked: boolean;
  /** position in the final token list (set by the classifier) */
  i?: number;
  /** class memberships as bit masks, Spanish (m0) and English (m1), set by the classifier from Matcher.formInfo */
  m0: number;
  m1: number;
  /** the matchers' lookups of this token, Spanish and English (set by the classifier) */
  f0?: FormInfo;
  f1?: FormInfo;
}

export interface TextStats {
  exclamations: number;
  questions: number;
  angryEmoji: number;
  happyEmoji: number;
  capsWords: number;
  words: number;
}

const SENTENCE_END = new Set(['.', '!', '?', '…', '\n', '¡', '¿', ';']);
const CLAUSE_END = new Set([',', ':', '(', ')', '"', '“', '”', '—', '–']);
const ANGRY_EMOJI = new Set([0x1f621, 0x1f620, 0x1f92c, 0x1f47f, 0x1f4a2, 0x1f624, 0x1f595, 0x1f4a9, 0x1f92e, 0x1f480, 0x1f52a, 0x1f4a3, 0x1f525]);
const HAPPY_EMOJI = new Set([0x1f642, 0x1f600, 0x1f603, 0x1f604, 0x1f60a, 0x1f602, 0x1f923, 0x1f44d, 0x1f64f, 0x2764, 0x1f60d, 0x1f970, 0x1f606, 0x1f601]);

/** Characters that may sit inside a word as a letter substitute or a mask. */
function isInnerSymbol(ch: string): boolean {
  return ch === '*' || ch === '@' || ch === '$' || ch === '!' || ch === '|' || ch === '#' || ch === '€';
}
/** An ASCII character that ends a word and can never be part of one (space, most punctuation). */
function isPlainBreak(c: number): boolean {
  if (c >= 0x80) return false;
  if (c >= 0x30 && c <= 0x39) return false; // digits: leetspeak or a number
  // * @ $ ! | # are letter substitutes or masks; ' and ` join contractions (don't)
  return c !== 0x2a && c !== 0x40 && c !== 0x24 && c !== 0x21 && c !== 0x7c && c !== 0x23 && c !== 0x27 && c !== 0x60;
}
function lengthWithoutTrailingStars(s: string): number {
  let n = s.length;
  while (n > 0 && s[n - 1] === '*') n--;
  return n;
}
function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}
function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '’' || ch === '`' || ch === '´';
}

export function tokenize(text: string, ranges: Range[]): { tokens: Token[]; stats: TextStats } {
  const tokens: Token[] = [];
  const stats: TextStats = { exclamations: 0, questions: 0, angryEmoji: 0, happyEmoji: 0, capsWords: 0, words: 0 };
  let sentence = 0;
  let clause = 0;
  for (const [from, to] of ranges) {
    let i = from;
    let buf = '';
    let start = -1;
    let upper = 0;
    let lower = 0;
    let symbols = 0;
    let digits = 0;
    // source offset where each buffered character starts and ends, so trimmed symbols shrink the span too
    let starts: number[] = [];
    let ends: number[] = [];
    const flush = () => {
      if (start < 0) return;
      pushToken(buf, starts, ends, upper, lower, symbols, digits);
      buf = '';
      starts = [];
      ends = [];
      start = -1;
      upper = lower = symbols = digits = 0;
    };
    /** A word found: elongation forms, counts, and into the list. */
    const emit = (norm: string, s: number, e: number, caps: boolean, masked: boolean) => {
      const tok: Token = { norm, alt: undefined, orig: undefined, start: s, end: e, sentence, clause, caps, masked, i: 0, m0: 0, m1: 0, f0: undefined, f1: undefined };
      if (norm.length >= 3 && hasRunOf3(norm)) {
        tok.norm = collapseRuns(norm, 1);
        tok.alt = collapseRuns(norm, 2);
        tok.orig = norm;
      }
      if (caps) stats.capsWords++;
      stats.words++;
      tokens.push(tok);
    };
    const pushPlain = (s: number, e: number, up: number) => {
      const raw = text.slice(s, e);
      emit(up ? raw.toLowerCase() : raw, s, e, up >= 2 && up === e - s, false);
    };
    const pushToken = (raw: string, cs: number[], ce: number[], up: number, lo: number, sym: number, digits: number) => {
      // Trailing symbols are punctuation, not letters ("idiota!!", "why?!"): give them back.
      let a = 0;
      let b = raw.length;
      while (b > a && isInnerSymbol(raw[b - 1]) && (raw[b - 1] !== '*' || lengthWithoutTrailingStars(raw.slice(a, b)) >= 3)) b--;
      while (b > a && isInnerSymbol(raw[a]) && raw[a] !== '$' && raw[a] !== '@') a++;
      if (b === a) return;
      const r = raw.slice(a, b);
      const s = cs[a];
      const e = ce[b - 1];
      let norm = r;
      const letters = up + lo;
      // ordinals and units ("3rd", "4th", "20gb", "15º") are not leetspeak
      const numberWithSuffix = sym === 0 && digits > 0 && letters <= 3 && r.length - letters === digits && /^[0-9]/.test(r);
      if ((sym > 0 || digits > 0) && letters > 0 && !numberWithSuffix) {
        let s2 = '';
        for (const ch of r) s2 += ch === '*' || ch === '#' ? '*' : (LEET[ch] ?? ch);
        norm = s2;
      }
      // "@maria", "@USER": someone addressed by name, a person either way
      if (raw[a] === '@' && letters >= 2) norm = '@mention';
      if (letters === 0 && digits === 0) return;
      emit(norm, s, e, up >= 2 && lo === 0, norm.includes('*'));
    };
    while (i < to) {
      if (start < 0) {
        // Fast path: a run of plain ASCII letters that ends at a plain separator is a word as it stands.
        // Anything else (accents, digits, symbols, apostrophes, invisible characters) takes the full path below.
        let j = i;
        let up = 0;
        for (; j < to; j++) {
          const c = text.charCodeAt(j);
          if (c >= 0x61 && c <= 0x7a) continue;
          if (c >= 0x41 && c <= 0x5a) { up++; continue; }
          break;
        }
        if (j > i && (j >= to || isPlainBreak(text.charCodeAt(j)))) {
          pushPlain(i, j, up);
          i = j;
          continue;
        }
      }
      const cp = text.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const ch = text[i];
      if (isLetter(cp) || isCombining(cp)) {
        if (isCombining(cp)) { i += w; continue; }
        if (start < 0) start = i;
        if (isUpper(cp)) upper++;
        else lower++;
        const f = foldChar(cp);
        for (let k = 0; k < f.length; k++) {
          starts.push(i);
          ends.push(i + w);
        }
        buf += f;
      } else if (isDigit(cp)) {
        if (start < 0) start = i;
        digits++;
        buf += ch;
        starts.push(i);
        ends.push(i + w);
      } else if (cp >= 0x80 && isInvisible(cp)) {
        // zero-width: neither a letter nor a separator
      } else if (start >= 0 && isApostrophe(ch) && i + 1 < to && isLetter(text.codePointAt(i + 1)!)) {
        // you're → youre, don't → dont: the apostrophe is dropped
      } else if (isInnerSymbol(ch) && (start >= 0 || (i + 1 < to && isLetter(text.codePointAt(i + 1)!)))) {
        if (start < 0) start = i;
        symbols++;
        buf += ch;
        starts.push(i);
        ends.push(i + 1);
        if (ch === '!') stats.exclamations++;
      } else {
        flush();
        if (ch === '!' || ch === '¡') stats.exclamations++;
        if (ch === '?' || ch === '¿') stats.questions++;
        if (cp >= 0x2000) {
          if (ANGRY_EMOJI.has(cp)) stats.angryEmoji++;
          if (HAPPY_EMOJI.has(cp)) stats.happyEmoji++;
        }
        if (ch === '.') {
          // "i.d.i.o.t.a" and "3.5" are not sentence ends; ". " and a final "." are.
          const next = i + 1 < to ? text[i + 1] : ' ';
          if (next === ' ' || next === '\n' || next === '\t' || next === '\r' || next === '.') { sentence++; clause++; }
        } else if (SENTENCE_END.has(ch)) { sentence++; clause++; }
        else if (CLAUSE_END.has(ch)) clause++;
      }
      i += w;
    }
    flush();
    sentence++;
    clause++;
  }
  return { tokens, stats };
}

/**
 * Spacing and dotting tricks: a run of three or more one-letter tokens in one sentence ("i d i o t a",
 * "m.i.e.r.d.a") becomes one token when the joined word is known to the lexicons. Unknown joins are left
 * alone, so Spanish "y", "a", "o" in ordinary sentences are never glued together.
 */
export const MAX_SPELLED_WORD = 24;

export function mergeSpelledOut(tokens: Token[], isKnown: (word: string) => boolean): Token[] {
  let out: Token[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j].norm.length === 1 && tokens[j].sentence === tokens[i].sentence) j++;
    if (j - i >= 3 && j - i <= MAX_SPELLED_WORD + 1) {
      // the whole run, or the run without a stray leading/trailing word ("y i d i o t a")
      const tries: [number, number][] = [[i, j], [i + 1, j], [i, j - 1]];
      const hit = tries.find(([a, b]) => b - a >= 3 && isKnown(tokens.slice(a, b).map((t) => t.norm).join('')));
      if (hit) {
        const [a, b] = hit;
        out ??= tokens.slice(0, i);
        for (let k = i; k < a; k++) out.push(tokens[k]);
        const word = tokens.slice(a, b).map((t) => t.norm).join('');
        out.push({ ...tokens[a], norm: word, end: tokens[b - 1].end, caps: false });
        for (let k = b; k < j; k++) out.push(tokens[k]);
        i = j;
        continue;
      }
    }
    // a run that spells nothing known (or is far too long to be one word) is kept as it is, in one step
    const next = Math.max(j, i + 1);
    if (out) for (let k = i; k < next; k++) out.push(tokens[k]);
    i = next;
  }
  return out ?? tokens;
}
