import { FNV_PRIME } from './codes.ts';
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
  /** the anchor key the lookup satisfies (FormInfo.keys) when it is the only one; -1 none, -2 several */
  k0: number;
  k1: number;
  /** norm has an ñ (Spanish evidence for the language guess) */
  enye: boolean;
  /** norm is one character (a spelled-out word may start here: mergeSpelledOut) */
  one: boolean;
  /** the ids (matcher's WordIds) of norm, alt and orig when some pattern names that word, else -1; orig's only
   *  with alt, as the matcher reads it */
  wn: number;
  wa: number;
  wo: number;
}

/**
 * A word's spellings for lookup: an elongated word (a run of three or more equal letters) is read shortened to one
 * letter (norm) and to two (alt), keeping the spelling as written (orig) for acronyms like ACCC.
 */
/**
 * The same text as a flat sequential string. A word cut from a message (a sliced string that also keeps the whole
 * message alive) or joined from pieces (a cons string) would otherwise be stored as is; flat spellings also keep the
 * property loads on tokens' words (norm.length, ...) to the few string shapes V8 then sees.
 */
export function flat(s: string): string {
  if (s.length < 2) return s;
  const codes = new Array<number>(s.length);
  for (let k = 0; k < s.length; k++) codes[k] = s.charCodeAt(k);
  let out = '';
  for (let k = 0; k < codes.length; k += 4096) out += String.fromCharCode.apply(null, codes.slice(k, k + 4096));
  return out;
}

export function shapesOf(key: string): { norm: string; alt: string | undefined; orig: string | undefined } {
  if (key.length >= 3 && hasRunOf3(key)) return { norm: collapseRuns(key, 1), alt: collapseRuns(key, 2), orig: key };
  return { norm: key, alt: undefined, orig: undefined };
}

/** FNV-1a, started from a random value per process: which spellings share a slot of a FormTable cannot be worked
 *  out in advance (a text crafted to collide would make each lookup walk a long run of slots). Results never depend
 *  on it, only the table's layout. */
const FNV_OFFSET = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) | 0;

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
 * no Map: only the compare against the stored characters. Each slot is four integers in one typed array (hash,
 * entry, where the key's characters start in `pool`, their count), so a probe touches one cache line, then the
 * characters. Bounded: it starts over when `limit` spellings are stored (a long hostile text must not grow the
 * worker's memory).
 */
export class FormTable {
  /** per slot: hash, entry + 1 (0: empty), offset of the key in pool, key length */
  private slots = new Int32Array(0);
  private pool = new Uint16Array(0);
  private used = 0;
  private forms: Form[] = [];
  private mask = 0;

  constructor(
    private readonly make: (key: string) => Form,
    private readonly limit = 20_000,
  ) {
    this.reset(1024);
  }

  private reset(slots: number) {
    this.slots = new Int32Array(slots * 4);
    if (this.pool.length === 0 || this.pool.length > 1 << 20) this.pool = new Uint16Array(8192);
    this.used = 0;
    this.forms = [];
    this.mask = slots - 1;
  }

  /** The Form of the word whose code units are buf[0..n), hash h; undefined when it is not stored yet. */
  findCodes(buf: Uint16Array, n: number, h: number): Form | undefined {
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const id = slots[at + 1];
      if (id === 0) return undefined;
      if (slots[at] !== h || slots[at + 3] !== n) continue;
      const pool = this.pool;
      const off = slots[at + 2];
      let q = 0;
      while (q < n && pool[off + q] === buf[q]) q++;
      if (q === n) return this.forms[id - 1];
    }
  }

  /** The Form of a spelling whose hash (hashString) is h, made and stored on first sight. */
  get(key: string, h = hashString(key)): Form {
    const slots = this.slots;
    const mask = this.mask;
    const n = key.length;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const id = slots[at + 1];
      if (id === 0) break;
      if (slots[at] !== h || slots[at + 3] !== n) continue;
      const pool = this.pool;
      const off = slots[at + 2];
      let q = 0;
      while (q < n && pool[off + q] === key.charCodeAt(q)) q++;
      if (q === n) return this.forms[id - 1];
    }
    const form = this.make(key);
    if (this.forms.length >= this.limit) this.reset(this.mask + 1);
    else if ((this.forms.length + 1) * 4 > (this.mask + 1) * 3) this.grow();
    this.insert(key, h, form);
    return form;
  }

  private insert(key: string, h: number, form: Form) {
    const n = key.length;
    if (this.used + n > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.used + n));
      bigger.set(this.pool.subarray(0, this.used));
      this.pool = bigger;
    }
    const off = this.used;
    for (let q = 0; q < n; q++) this.pool[off + q] = key.charCodeAt(q);
    this.used += n;
    this.forms.push(form);
    this.place(h, this.forms.length, off, n);
  }

  private place(h: number, id: number, off: number, n: number) {
    const slots = this.slots;
    const mask = this.mask;
    let slot = (h ^ (h >>> 15)) & mask;
    while (slots[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    slots[at] = h;
    slots[at + 1] = id;
    slots[at + 2] = off;
    slots[at + 3] = n;
  }

  private grow() {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let at = 0; at < old.length; at += 4) if (old[at + 1] !== 0) this.place(old[at], old[at + 1], old[at + 2], old[at + 3]);
  }
}
