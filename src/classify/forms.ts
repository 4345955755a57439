import { collapseRuns, hasRunOf3 } from './fold.ts';
import type { FormInfo } from './matcher.ts';

/**
 * Everything the classifier knows about one written word, worked out once per distinct spelling and then shared by
 * every token written that way: its normal forms (an elongated word is shortened, see Token.alt) and both languages'
 * lookups. A pure function of `key`, so a cached Form is always the same as a fresh one.
 */
export interface Form {
  /** the folded spelling as the tokenizer read it, before runs of letters are shortened */
  key: string;
  norm: string;
  alt: string | undefined;
  orig: string | undefined;
  /** Spanish (0) and English (1) lookups: class bits, the matcher's FormInfo, and candidate bits (1: some phrase
   *  starts with this word, 2: some cross-language phrase does) */
  m0: number;
  m1: number;
  f0: FormInfo | undefined;
  f1: FormInfo | undefined;
  c0: number;
  c1: number;
}

/**
 * A word's spellings for lookup: an elongated word (a run of three or more equal letters) is read shortened to one
 * letter (norm) and to two (alt), keeping the spelling as written (orig) for acronyms like ACCC.
 */
export function shapesOf(key: string): { norm: string; alt: string | undefined; orig: string | undefined } {
  if (key.length >= 3 && hasRunOf3(key)) return { norm: collapseRuns(key, 1), alt: collapseRuns(key, 2), orig: key };
  return { norm: key, alt: undefined, orig: undefined };
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Start value of a word hash; add each UTF-16 code unit with `hashStep`. */
export const HASH_START = FNV_OFFSET;
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * An open-addressing hash table of Forms keyed by spelling. The tokenizer looks a word up by its folded code units
 * (kept in a scratch buffer while it reads the word), so a word seen before costs no string, no string hashing and
 * no Map: only the compare against the stored key. Bounded: it starts over when `limit` spellings are stored (a long
 * hostile text must not grow the worker's memory).
 */
export class FormTable {
  private keys: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private forms: (Form | undefined)[] = [];
  private mask = 0;
  private size = 0;

  constructor(
    private readonly make: (key: string) => Form,
    private readonly limit = 20_000,
  ) {
    this.reset(1024);
  }

  private reset(slots: number) {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.forms = new Array<Form | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
  }

  /** The Form of the word whose code units are buf[0..n), hash h; undefined when it is not stored yet. */
  findCodes(buf: Uint16Array, n: number, h: number): Form | undefined {
    const keys = this.keys;
    const mask = this.mask;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === undefined) return undefined;
      if (this.hashes[slot] !== h || k.length !== n) continue;
      let same = true;
      for (let q = 0; q < n; q++) {
        if (k.charCodeAt(q) !== buf[q]) {
          same = false;
          break;
        }
      }
      if (same) return this.forms[slot];
    }
  }

  /** The Form of a spelling whose hash (hashString) is h, made and stored on first sight. */
  get(key: string, h = hashString(key)): Form {
    const keys = this.keys;
    const mask = this.mask;
    let slot = (h ^ (h >>> 15)) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === undefined) break;
      if (this.hashes[slot] === h && k === key) return this.forms[slot]!;
    }
    const form = this.make(key);
    if (this.size >= this.limit) this.reset(this.keys.length);
    else if ((this.size + 1) * 2 > this.keys.length) this.grow();
    else {
      this.put(slot, key, h, form);
      return form;
    }
    this.insert(key, h, form);
    return form;
  }

  private put(slot: number, key: string, h: number, form: Form) {
    this.keys[slot] = key;
    this.hashes[slot] = h;
    this.forms[slot] = form;
    this.size++;
  }

  private insert(key: string, h: number, form: Form) {
    const mask = this.mask;
    let slot = (h ^ (h >>> 15)) & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.put(slot, key, h, form);
  }

  private grow() {
    const { keys, hashes, forms } = this;
    this.reset(keys.length * 2);
    for (let s = 0; s < keys.length; s++) if (keys[s] !== undefined) this.insert(keys[s]!, hashes[s], forms[s]!);
  }
}
