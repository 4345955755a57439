import { WC_APOSTROPHE, WC_BREAK, WC_SURROGATE, WC_UPPER } from './codes.ts';
import { endsWord, foldChar, isCombining, isInvisible, isLetter, isUpper, LEET, wordChar } from './fold.ts';
import { HASH_START, hashStep, shapesOf, type Form, type FormTable } from './forms.ts';
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
  /** class memberships as bit masks, Spanish (m0) and English (m1), set by the classifier from Matcher.formInfo */
  m0: number;
  m1: number;
  /** the matchers' lookups of this token, Spanish and English (set by the classifier) */
  f0?: FormInfo;
  f1?: FormInfo;
  /** the shared lookup of this spelling (set when the tokenizer is given the classifier's FormTable) */
  form?: Form;
}

export interface TextStats {
  exclamations: number;
  questions: number;
  angryEmoji: number;
  happyEmoji: number;
  capsWords: number;
  words: number;
}

// (sets of the strings' characters)
const SENTENCE_END = new Set('.!?…\n¡¿;');
const CLAUSE_END = new Set(',:()"“”—–');
// 🙄 😒 😑 🙃 😩 count (annoyance); 🔥 does not ("precios de muerte 🔥" is praise as often as rage)
// (💀 is laughter or cringe as often as anger; 🤦 is as often at oneself: "I typed the wrong postcode 🤦")
const ANGRY_EMOJI = new Set([0x1f621, 0x1f620, 0x1f92c, 0x1f47f, 0x1f4a2, 0x1f624, 0x1f595, 0x1f4a9, 0x1f92e, 0x1f52a, 0x1f4a3, 0x1f644, 0x1f612, 0x1f611, 0x1f643, 0x1f629]);
// 🙌 and 👌 are warm ("refund's already landed. legends 🙌"; 20 sets, never sarcastic there)
const HAPPY_EMOJI = new Set([0x1f64c, 0x1f44c, 0x1f642, 0x1f600, 0x1f603, 0x1f604, 0x1f60a, 0x1f602, 0x1f923, 0x1f44d, 0x1f64f, 0x2764, 0x1f60d, 0x1f970, 0x1f606, 0x1f601]);

/**
 * What an ASCII character does when no word is being read, if it cannot start one (see the full path's last branch):
 * 1 nothing, 2 ends a sentence, 3 ends a clause, 4 '.', 5 '?'; 0 letters, digits and symbols that may start a word.
 */
const SEPARATOR = new Int8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (isLetter(c) || (c >= 0x30 && c <= 0x39) || isInnerSymbol(ch)) continue;
  SEPARATOR[c] = ch === '?' ? 5 : ch === '.' ? 4 : SENTENCE_END.has(ch) ? 2 : CLAUSE_END.has(ch) ? 3 : 1;
}

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
/** A comma between digits ("£1,240") groups thousands: it ends no clause. */
function thousands(text: string, i: number, to: number): boolean {
  return text.charCodeAt(i) === 0x2c && i > 0 && i + 1 < to && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}
/** Does the "." at i end a sentence? "i.d.i.o.t.a" and "3.5" are not sentence ends; ". " and a final "." are. */
function fullStop(text: string, i: number, to: number): boolean {
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
  return next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d || next === 0x2e;
}
function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '’' || ch === '`' || ch === '´';
}

/** folded code units of the word being read by the fast path (grown on demand, reused across calls) */
let scratch = new Uint16Array(256);

function fromCodes(buf: Uint16Array, n: number): string {
  let out = '';
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return out;
}

/**
 * Does the character at j end the word being read, as the full path would decide? Not a letter, combining mark,
 * digit, invisible character, symbol that may sit inside a word, or an apostrophe followed by a letter.
 */
function endsWordAt(text: string, j: number, to: number): boolean {
  if (j >= to) return true;
  const c = text.charCodeAt(j);
  if (c < 0x80) {
    if (c === 0x27 || c === 0x60) return !(j + 1 < to && isLetter(text.codePointAt(j + 1)!));
    return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) && isPlainBreak(c);
  }
  const v = wordChar(c);
  if (v === WC_BREAK) return true;
  if (v === WC_APOSTROPHE) return !(j + 1 < to && isLetter(text.codePointAt(j + 1)!));
  if (v === WC_SURROGATE) return endsWord(text.codePointAt(j)!);
  return false;
}

/**
 * @param table the classifier's spellings: each word is looked up in it as it is read (Token.form, m0/m1, f0/f1).
 *   Without it tokens carry no lookups.
 * @param fast read plain words and separators on the fast paths; false reads every character on the full path (the
 *   reference the fast paths must agree with, for tests)
 */
export function tokenize(text: string, ranges: Range[], table?: FormTable, fast = true): { tokens: Token[]; stats: TextStats; spelled: boolean; masked: boolean } {
  const tokens: Token[] = [];
  const stats: TextStats = { exclamations: 0, questions: 0, angryEmoji: 0, happyEmoji: 0, capsWords: 0, words: 0 };
  let sentence = 0;
  let clause = 0;
  // one-letter words in a row in one sentence: three or more may spell a word out (see mergeSpelledOut)
  let letters = 0;
  let lettersSentence = -1;
  let spelled = false;
  // some word has a masking character (the classifier then looks for the words they hide)
  let anyMasked = false;
  /** A word found: elongation forms, lookups, counts, and into the list. `norm` is the folded spelling. */
  const emit = (norm: string, s: number, e: number, caps: boolean, masked: boolean, form: Form | undefined) => {
    let tok: Token;
    if (table !== undefined) {
      form ??= table.get(norm);
      tok = { norm: form.norm, alt: form.alt, orig: form.orig, start: s, end: e, sentence, clause, caps, masked, m0: form.m0, m1: form.m1, f0: form.f0, f1: form.f1, form };
      if (form.one) {
        if (lettersSentence === sentence) letters++;
        else {
          letters = 1;
          lettersSentence = sentence;
        }
        if (letters >= 3) spelled = true;
      } else letters = 0;
    } else {
      const shapes = shapesOf(norm);
      tok = { norm: shapes.norm, alt: shapes.alt, orig: shapes.orig, start: s, end: e, sentence, clause, caps, masked, m0: 0, m1: 0, f0: undefined, f1: undefined, form: undefined };
      spelled = true; // not worked out without the table
    }
    if (masked) anyMasked = true;
    if (caps) stats.capsWords++;
    stats.words++;
    tokens.push(tok);
  };
  // (indexed: destructuring each range through the iterator protocol cost more than the rest of a short message's loop setup)
  for (let r = 0; r < ranges.length; r++) {
    const from = ranges[r][0];
    const to = ranges[r][1];
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
    const pushToken = (raw: string, cs: number[], ce: number[], up: number, lo: number, sym: number, digits: number) => {
      // Trailing symbols are punctuation, not letters ("idiota!!", "why?!"): give them back. So is a star after a word
      // of 3+ letters ("*really*"), but not a run of them after a word that does not start with one ("ching***").
      let a = 0;
      let b = raw.length;
      while (b > a && isInnerSymbol(raw[b - 1]) && (raw[b - 1] !== '*' || (lengthWithoutTrailingStars(raw.slice(a, b)) >= 3 && (raw[0] === '*' || !raw.endsWith('**', b))))) b--;
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
      emit(norm, s, e, up >= 2 && lo === 0, norm.includes('*'), undefined);
      // "¡No!!! quiero hablar con un supervisor": the "!" given back ends the sentence, as a "!" after a space does
      if (raw.indexOf('!', b) >= 0) {
        sentence++;
        clause++;
      }
    };
    while (i < to) {
      if (start < 0 && fast) {
        // a separator between words
        const c0 = text.charCodeAt(i);
        if (c0 < 0x80) {
          const k = SEPARATOR[c0];
          if (k !== 0) {
            if (k === 2) {
              sentence++;
              clause++;
            } else if (k === 3) {
              if (!thousands(text, i, to)) clause++;
            } else if (k === 4) {
              if (fullStop(text, i, to)) {
                sentence++;
                clause++;
              }
            } else if (k === 5) {
              stats.questions++;
              sentence++;
              clause++;
            }
            i++;
            continue;
          }
        }
        // Fast path: a run of letters that each fold to one letter (or of digits), maybe with apostrophes inside
        // (don't) or symbols after it (idiota!!), that ends where the full path below would end it. Its folded
        // code units and their hash are read on the way, so a word seen before is found in the table without
        // making a string. Anything else (leetspeak, masks, marks, invisible characters) takes the full path.
        let j = i;
        let n = 0;
        let up = 0;
        let nDigits = 0;
        let h = HASH_START;
        let plain = true; // ASCII letters and digits only: the spelling is the text itself, lower-cased
        let ok = false;
        let next = -1; // where reading goes on after the word (after the symbols that follow it, if any)
        let bangs = 0;
        for (;;) {
          if (j >= to) {
            ok = n > 0;
            break;
          }
          const c = text.charCodeAt(j);
          let f: number;
          if (c < 0x80) {
            if (c >= 0x61 && c <= 0x7a) f = c;
            else if (c >= 0x41 && c <= 0x5a) {
              f = c + 32;
              up++;
            } else if (c >= 0x30 && c <= 0x39) {
              f = c;
              nDigits++;
            } else if (c === 0x27 || c === 0x60) f = WC_APOSTROPHE;
            else if (n > 0 && (c === 0x21 || c === 0x7c || c === 0x23 || c === 0x40 || c === 0x24)) {
              // ! | # @ $ right after a word: the full path takes them into the word and trims them off again
              // when the word ends right after them (idiota!!, why!?); a "!" among them ends the sentence.
              // (Only after a word: a run of symbols read from each of its positions in turn would be quadratic.)
              let k = j;
              for (; k < to; k++) {
                const d = text.charCodeAt(k);
                if (d === 0x21) bangs++;
                else if (!(d === 0x7c || d === 0x23 || d === 0x40 || d === 0x24)) break;
              }
              if (endsWordAt(text, k, to)) {
                ok = true;
                next = k;
              }
              break;
            } else {
              ok = n > 0 && isPlainBreak(c);
              break;
            }
          } else {
            const v = wordChar(c);
            if (v > 0) {
              f = v & 0xffff;
              if (v & WC_UPPER) up++;
              plain = false;
            } else if (v === WC_APOSTROPHE) f = WC_APOSTROPHE;
            else {
              ok = n > 0 && (v === WC_BREAK || (v === WC_SURROGATE && endsWord(text.codePointAt(j)!)));
              break;
            }
          }
          if (f === WC_APOSTROPHE) {
            // an apostrophe inside a word joins a contraction ("don't"); anywhere else it ends the word
            if (n > 0 && j + 1 < to && isLetter(text.codePointAt(j + 1)!)) {
              j++;
              plain = false;
              continue;
            }
            ok = n > 0;
            break;
          }
          if (n === scratch.length) {
            const bigger = new Uint16Array(n * 2);
            bigger.set(scratch);
            scratch = bigger;
          }
          scratch[n++] = f;
          h = hashStep(h, f);
          j++;
        }
        // letters mixed with digits are leetspeak or a number with a unit: the full path decides
        if (ok && (nDigits === 0 || nDigits === n)) {
          let form: Form | undefined;
          let key: string | undefined;
          if (table !== undefined) form = table.findCodes(scratch, n, h);
          if (form === undefined) {
            if (plain) {
              key = text.slice(i, j);
              if (up > 0) key = key.toLowerCase();
            } else key = fromCodes(scratch, n);
            if (table !== undefined) form = table.get(key, h);
          } else key = form.key;
          stats.exclamations += bangs;
          emit(key, i, j, up >= 2 && up === n, false, form);
          if (bangs > 0) {
            sentence++;
            clause++;
          }
          i = next < 0 ? j : next;
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
          // an emoji closes what came before ("no entiende nada 🙄 me podéis pasar con una persona?": the "no" is over)
          if (cp >= 0x1f300) clause++;
        }
        if (ch === '.') {
          if (fullStop(text, i, to)) { sentence++; clause++; }
        } else if (SENTENCE_END.has(ch)) { sentence++; clause++; }
        else if (CLAUSE_END.has(ch) && !thousands(text, i, to)) clause++;
      }
      i += w;
    }
    flush();
    sentence++;
    clause++;
  }
  return { tokens, stats, spelled, masked: anyMasked };
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
    const words = j - i >= 4 ? spacedWords(tokens, i, j, isKnown) : undefined;
    if (words) {
      out ??= tokens.slice(0, i);
      for (const [a, b] of words) out.push(b - a === 1 ? tokens[a] : joined(tokens, a, b));
      i = j;
      continue;
    }
    if (j - i >= 3 && j - i <= MAX_SPELLED_WORD + 1) {
      // the whole run, or the run without a stray leading/trailing word ("y i d i o t a")
      const tries: [number, number][] = [[i, j], [i + 1, j], [i, j - 1]];
      const hit = tries.find(([a, b]) => b - a >= 3 && isKnown(tokens.slice(a, b).map((t) => t.norm).join('')));
      if (hit) {
        const [a, b] = hit;
        out ??= tokens.slice(0, i);
        for (let k = i; k < a; k++) out.push(tokens[k]);
        const word = tokens.slice(a, b).map((t) => t.norm).join('');
        out.push({ ...tokens[a], norm: word, end: tokens[b - 1].end, caps: false, form: undefined });
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

function joined(tokens: Token[], a: number, b: number): Token {
  let word = '';
  for (let k = a; k < b; k++) word += tokens[k].norm;
  return { ...tokens[a], norm: word, end: tokens[b - 1].end, caps: false, form: undefined };
}

/**
 * A whole sentence spelled out, its words set apart by wider gaps than its letters ("a r e  y o u  s t u p i d",
 * "e r e s   u n   i d i o t a"): the letters of each word, as [from, to) token ranges. Only when the gaps come in two
 * widths and some word read this way is known to the lexicons; otherwise undefined (a run of "y", "a", "o" in an
 * ordinary sentence has no such pattern).
 */
function spacedWords(tokens: Token[], i: number, j: number, isKnown: (word: string) => boolean): [number, number][] | undefined {
  let narrow = Infinity;
  let wide = 0;
  for (let k = i; k + 1 < j; k++) {
    const gap = tokens[k + 1].start - tokens[k].end;
    if (gap < narrow) narrow = gap;
    if (gap > wide) wide = gap;
  }
  if (wide <= narrow) return undefined;
  const words: [number, number][] = [];
  let known = false;
  let a = i;
  for (let k = i; k < j; k++) {
    if (k + 1 < j && tokens[k + 1].start - tokens[k].end === narrow) continue;
    if (k + 1 - a > MAX_SPELLED_WORD) return undefined;
    if (!known && k + 1 - a >= 3) known = isKnown(joined(tokens, a, k + 1).norm);
    words.push([a, k + 1]);
    a = k + 1;
  }
  return known && words.length >= 2 ? words : undefined;
}
