/**
 * Small phrase matcher for the coach's own lists (agent acts, draft checks). The classifier's matcher is built for
 * lexicons with weights and classes; these lists are short plain phrases a team lead edits, so a few regular
 * expressions over folded text are enough, and spans map back to the original text for highlighting.
 */

/** A phrase; `*` at the end of a word matches any ending ("escalat*"). `except`: next words that cancel a hit. */
export type PhraseEntry = string | { p: string; except?: string[] };

export interface Hit {
  /** span in the ORIGINAL text */
  start: number;
  end: number;
  phrase: string;
}

export interface Folded {
  text: string;
  /** original index of each folded character, plus the original length at the end */
  map: number[];
}

const WORD = /[\p{L}\p{N}]/u;

/** Lower case, accents off (ñ kept: "año" is not "ano"), everything that is not a letter or digit becomes a space. */
export function fold(s: string): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = c.charCodeAt(0);
    // fast path for ASCII, which is most of any draft: no normalisation needed
    if (code < 128) {
      const isWord = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
      text += isWord ? (code <= 90 && code >= 65 ? String.fromCharCode(code + 32) : c) : ' ';
      map.push(i);
      continue;
    }
    let f: string;
    if (c === 'ñ' || c === 'Ñ') f = 'ñ';
    else if (WORD.test(c)) f = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    else f = ' ';
    for (const ch of f) {
      text += ch;
      map.push(i);
    }
  }
  map.push(s.length);
  return { text, map };
}

interface Compiled {
  phrase: string;
  re: RegExp;
  except: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileOne(entry: PhraseEntry): Compiled | null {
  const phrase = typeof entry === 'string' ? entry : entry.p;
  const words = fold(phrase.replace(/\*/g, 'ZZSTARZZ')).text.split(' ').filter(Boolean);
  if (!words.length) return null;
  const body = words.map((w) => escape(w).replace(/zzstarzz/g, '[\\p{L}\\p{N}]*')).join(' +');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
  const except = typeof entry === 'string' ? [] : (entry.except ?? []).map((e) => (e.endsWith('*') ? `${fold(e.slice(0, -1)).text.trim()}*` : fold(e).text.trim()));
  return { phrase, re, except };
}

export function compilePhrases(entries: readonly PhraseEntry[]): Compiled[] {
  return entries.map(compileOne).filter((c): c is Compiled => c !== null);
}
export type CompiledPhrases = Compiled[];

/** A hit right after "no", "not", "never", "nunca", "don't"… says the opposite ("no entiendo", "I don't understand"). */
const NEGATED = /(?:(?<![\p{L}\p{N}])(?:no|not|never|nunca|jamas)|n t) +$/u;

function nextWord(text: string, from: number): string {
  const m = /^ +([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1] : '';
}

function excepted(word: string, except: string[]): boolean {
  return except.some((e) => (e.endsWith('*') ? word.startsWith(e.slice(0, -1)) : word === e));
}

/** Every hit of every phrase, in text order; overlapping hits are all kept (callers only need "any" or spans). */
export function findPhrases(folded: Folded, phrases: CompiledPhrases, opts: { skipNegated?: boolean } = {}): Hit[] {
  const hits: Hit[] = [];
  for (const c of phrases) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(folded.text); m; m = c.re.exec(folded.text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (opts.skipNegated && NEGATED.test(folded.text.slice(Math.max(0, s - 12), s))) continue;
      if (c.except.length && excepted(nextWord(folded.text, e), c.except)) continue;
      hits.push({ start: folded.map[s], end: folded.map[e - 1] + 1, phrase: c.phrase });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
