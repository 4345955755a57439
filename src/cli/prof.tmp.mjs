// ../../tmp/prof.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/classify/tunables.ts
var VULGARITY_MIN = 0.3;
var INSULT_VOCATIVE_MIN = 0.8;
var INSULT_VOCATIVE_FACTOR = 0.9;
var INSULT_MIN = 0.5;
var SWEAR_AT_PERSON_MIN = 0.8;
var SWEAR_AT_PERSON_SCORE = 0.6;
var TARGET_WINDOW = 6;
var LEGAL_MIN = 0.5;
var WEAK_PAIR_MIN = 0.45;
var THREAT_MIN = 0.5;
var JOKE_FACTOR = 0.4;
var ESCALATION_MIN = 0.5;
var IMPATIENCE_MIN = 0.5;
var SHOUTED_IMPATIENCE_FACTOR = 2;
var SHOUTED_URGENCY = 0.75;
var NEGATION_WINDOW = 4;
var ANGER_WORD_FACTOR = 1;
var INTENSIFIER_BOOST = 1.2;
var NEGATED_ANGER_FACTOR = 0.2;
var ANGER_FROM_VULGARITY = 1;
var ANGER_FROM_INSULT = 0.9;
var ANGER_FROM_THREAT = 1.1;
var ANGER_FROM_LEGAL = 0.7;
var ANGER_FROM_IMPATIENCE = 0.3;
var ANGER_FROM_ESCALATION = 0.2;
var ANGER_FROM_CAPS = 0.8;
var ANGER_PER_EXCLAMATION = 0.08;
var MAX_EXCLAMATIONS = 6;
var ANGER_PER_ANGRY_EMOJI = 0.25;
var MAX_ANGRY_EMOJI = 4;
var POLITENESS_RELIEF = 0.15;
var ANGER_WORDS_COUNTED = 4;
var ANGER_WORD_DECAY = 0.45;
var ANGER_SCALE = 1;
var TONE_FRUSTRATED_MIN = 0.15;
var TONE_ANGRY_MIN = 0.58;
var MAX_CHARS = 2e5;
var FUZZY_CLASSES = ["higher", "boss", "superior", "staff"];
var FUZZY_MIN_LENGTH = 6;

// src/classify/context.ts
function matchesOf(ctx, category) {
  return ctx.matches.get(category) ?? [];
}
function span(ctx, m) {
  return { start: ctx.tokens[m.from].start, end: ctx.tokens[m.to - 1].end };
}
function evidenceFor(ctx, flag, m, rule, reason) {
  return { flag, start: ctx.tokens[m.from].start, end: ctx.tokens[m.to - 1].end, rule, reason };
}
function isNegated(ctx, index, window = NEGATION_WINDOW, negation = "negation", barrier) {
  const t0 = ctx.tokens[index];
  for (let k = index - 1; k >= 0 && k >= index - window; k--) {
    const t2 = ctx.tokens[k];
    if (t2.clause !== t0.clause) return false;
    if (ctx.inClass("contrast", t2) || ctx.inClass("clause", t2)) return false;
    if (barrier && ctx.inClass(barrier, t2)) {
      const before = ctx.tokens[k - 1];
      return !!before && before.clause === t2.clause && ctx.inClass(negation, before);
    }
    if (ctx.inClass(negation, t2)) {
      const before = ctx.tokens[k - 1];
      if (before && before.clause === t2.clause && ctx.inClass("conditional", before)) return false;
      return true;
    }
  }
  return false;
}
function sentenceHas(ctx, index, cls) {
  const s = ctx.tokens[index].sentence;
  const hit = (k) => ctx.inClass(cls, ctx.tokens[k]) && !isNegated(ctx, k, 3);
  for (let k = index; k >= 0 && ctx.tokens[k].sentence === s; k--) if (hit(k)) return true;
  for (let k = index + 1; k < ctx.tokens.length && ctx.tokens[k].sentence <= s + 1; k++) if (hit(k)) return true;
  return false;
}
function combine(scores) {
  let p = 1;
  for (const s of scores) p *= 1 - Math.max(0, Math.min(1, s));
  return 1 - p;
}
var round2 = (x) => Math.round(x * 100) / 100;

// src/classify/fold.ts
var INVISIBLE = /* @__PURE__ */ new Set([173, 847, 6158, 8203, 8204, 8205, 8206, 8207, 8288, 8289, 8290, 8291, 8292, 65279, 8234, 8235, 8236, 8237, 8238, 8294, 8295, 8296, 8297]);
var HOMOGLYPHS = {
  \u0430: "a",
  \u0435: "e",
  \u043E: "o",
  \u0440: "p",
  \u0441: "c",
  \u0445: "x",
  \u0443: "y",
  \u0456: "i",
  \u0458: "j",
  \u0455: "s",
  \u043A: "k",
  \u043C: "m",
  \u0442: "t",
  \u0432: "b",
  \u043D: "h",
  \u03B1: "a",
  \u03BF: "o",
  \u03B5: "e",
  \u03B9: "i",
  \u03BA: "k",
  \u03BD: "v",
  \u03C1: "p",
  \u03C4: "t",
  \u03C5: "u",
  \u03C7: "x"
};
var cache = /* @__PURE__ */ new Map();
function isInvisible(cp) {
  return INVISIBLE.has(cp) || cp >= 65024 && cp <= 65039 || cp >= 917760 && cp <= 917999;
}
function isCombining(cp) {
  return cp >= 768 && cp <= 879 || cp >= 6832 && cp <= 6911 || cp >= 7616 && cp <= 7679 || cp >= 8400 && cp <= 8447 || cp >= 65056 && cp <= 65071;
}
function foldChar(cp) {
  if (cp < 128) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const hit = cache.get(cp);
  if (hit !== void 0) return hit;
  let out;
  const ch = String.fromCodePoint(cp);
  if (ch === "\xF1" || ch === "\xD1") out = "\xF1";
  else {
    const lower = ch.toLowerCase();
    if (HOMOGLYPHS[lower]) out = HOMOGLYPHS[lower];
    else {
      let s = "";
      for (const c2 of lower.normalize("NFKD")) {
        const p = c2.codePointAt(0);
        if (!isCombining(p)) s += c2 === "\xF1" ? "\xF1" : c2;
      }
      out = s.toLowerCase();
    }
  }
  if (cache.size < 4096) cache.set(cp, out);
  return out;
}
var LETTER = /\p{L}/u;
var letterCache = /* @__PURE__ */ new Map();
function isLetter(cp) {
  if (cp < 128) return cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90;
  let v = letterCache.get(cp);
  if (v === void 0) {
    v = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size < 4096) letterCache.set(cp, v);
  }
  return v;
}
function isUpper(cp) {
  if (cp < 128) return cp >= 65 && cp <= 90;
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
var LEET = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "i", "\u20AC": "e" };
function collapseRuns(s, keep) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && s[j] === s[i]) j++;
    const n2 = j - i;
    out += s[i].repeat(n2 >= 3 ? keep : n2);
    i = j;
  }
  return out;
}
function hasRunOf3(s) {
  for (let i = 2; i < s.length; i++) if (s[i] === s[i - 1] && s[i] === s[i - 2]) return true;
  return false;
}
function undoubleSlips(s) {
  if (s.length < 4) return void 0;
  let out = "";
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c2 = s[i];
    if (i > 0 && c2 === s[i - 1] && (i === s.length - 1 || c2 === "i" || c2 === "u" || c2 === "a")) {
      changed = true;
      continue;
    }
    out += c2;
  }
  return changed ? out : void 0;
}
function withinOneEdit(a, b) {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// src/classify/language.ts
function guessLanguage(text, tokens, isStop) {
  let es = 0;
  let en = 0;
  const n2 = Math.min(tokens.length, 400);
  for (let i = 0; i < n2; i++) {
    if (isStop("es", tokens[i])) es++;
    if (isStop("en", tokens[i])) en++;
    if (tokens[i].norm.includes("\xF1")) es += 0.5;
  }
  const head = text.length > 4e3 ? text.slice(0, 4e3) : text;
  if (head.includes("\xBF") || head.includes("\xA1")) es += 1;
  if (es === 0 && en === 0) return "und";
  if (es > en) return "es";
  if (en > es) return "en";
  return "und";
}

// src/classify/lexicon-format.ts
var LEXICON_HEADER = "term	weight	except	note";
var LexiconError = class extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
  line;
};
var TERM = /^[a-z0-9ñ@*~]+( [a-z0-9ñ@*~_-]+)*$/;
function parseLexicon(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const comments = [];
  let i = 0;
  while (i < lines.length && lines[i].startsWith("#")) comments.push(lines[i++]);
  if (lines[i] !== LEXICON_HEADER) throw new LexiconError(`expected header "${LEXICON_HEADER}"`, i + 1);
  i++;
  const rows = [];
  for (; i < lines.length; i++) {
    const cols = lines[i].split("	");
    if (cols.length !== 4) throw new LexiconError(`expected 4 tab-separated columns, got ${cols.length}`, i + 1);
    const [term, w, except, note] = cols;
    if (!TERM.test(term)) throw new LexiconError(`term "${term}" is not normalised`, i + 1);
    const weight = Number(w);
    if (w === "" || !Number.isFinite(weight) || weight < 0 || weight > 1) {
      throw new LexiconError(`weight "${w}" must be a number from 0 to 1`, i + 1);
    }
    rows.push({ term, weight, except: except === "" ? [] : except.split(","), note });
  }
  return { comments, rows };
}

// src/classify/matcher.ts
var MAX_GAP = 3;
var MAX_CLASSES = 32;
var NO_ANCHOR = { key: -1, bit: 0 };
var CACHE_LIMIT = 2e4;
var EMPTY = [];
var NO_KEYS = [];
var newTrie = () => ({ next: /* @__PURE__ */ new Map() });
function trieAdd(root, prefix, item) {
  let node = root;
  for (const ch of prefix) {
    let n2 = node.next.get(ch);
    if (!n2) node.next.set(ch, n2 = newTrie());
    node = n2;
  }
  (node.items ??= []).push(item);
}
function trieWalk(root, word, visit) {
  let node = root;
  for (let k = 0; k < word.length && node; k++) {
    node = node.next.get(word[k]);
    if (node?.items) for (const it of node.items) visit(it);
  }
}
function forms(t2) {
  if (t2.alt === void 0) return [t2.norm];
  return t2.orig !== void 0 && t2.orig !== t2.alt ? [t2.norm, t2.alt, t2.orig] : [t2.norm, t2.alt];
}
var Matcher = class {
  /**
   * @param slot which of a token's two mask fields (`m0`/`m1`) this matcher's class bits live in. Two
   *   matchers of one language share a slot only if they were given the same classes in the same order.
   */
  constructor(slot = 0) {
    this.slot = slot;
  }
  slot;
  classBits = /* @__PURE__ */ new Map();
  classWords = /* @__PURE__ */ new Map();
  classPrefixes = newTrie();
  byWord = /* @__PURE__ */ new Map();
  prefixRoot = newTrie();
  anchorWords = /* @__PURE__ */ new Map();
  anchorPrefixes = newTrie();
  anchorIds = /* @__PURE__ */ new Map();
  anchorCount = 0;
  cache = /* @__PURE__ */ new Map();
  /** Single words the lexicons know, for masked tokens (f*ck) and spelled-out words (i d i o t a). */
  vocabulary = [];
  known = /* @__PURE__ */ new Set();
  knownPrefixes = [];
  /** per message: stamp[key] === generation when the anchor key occurs in it */
  stamp = new Uint32Array(0);
  generation = 0;
  addClass(name, rows) {
    let bit = this.classBits.get(name);
    if (bit === void 0) {
      if (this.classBits.size >= MAX_CLASSES) throw new Error(`more than ${MAX_CLASSES} class files`);
      bit = 1 << this.classBits.size;
      this.classBits.set(name, bit);
    }
    for (const r of rows) {
      if (r.term.endsWith("*")) trieAdd(this.classPrefixes, r.term.slice(0, -1), bit);
      else this.classWords.set(r.term, (this.classWords.get(r.term) ?? 0) | bit);
    }
    this.cache.clear();
  }
  /** The whole words of a class file (not its prefixes). */
  classMembers(name) {
    const bit = this.classBits.get(name);
    return bit ? [...this.classWords].filter(([, bits]) => bits & bit).map(([w]) => w) : [];
  }
  /** The bit of a class file, 0 when this language has no such class. */
  bitOf(name) {
    return this.classBits.get(name) ?? 0;
  }
  /** @param cross which rows also count in a message of the other language */
  addCategory(category, rows, maskable, cross = () => false) {
    for (const row of rows) {
      const toks = this.parseTokens(row.term, category);
      const except = row.except.map((e) => this.parseTokens(e, category));
      const anchor = this.anchorOf(toks);
      const p = { category, row, toks, except, anchorKey: anchor.key, anchorBit: anchor.bit, cross: cross(row) };
      const first = toks[0];
      if (first.kind === "word") this.index(first.w, p);
      else if (first.kind === "prefix") trieAdd(this.prefixRoot, first.w, p);
      else if (first.kind === "class") {
        for (const [w, bits] of this.classWords) if (bits & first.bit) this.index(w, p);
        this.eachClassPrefix(first.bit, (w) => trieAdd(this.prefixRoot, w, p));
      } else throw new Error(`${category}: term "${row.term}" must start with a word or a class`);
      if (maskable && toks.length === 1 && (first.kind === "word" || first.kind === "prefix")) {
        this.vocabulary.push({ w: first.w, prefix: first.kind === "prefix" });
        if (first.kind === "word") this.known.add(first.w);
        else this.knownPrefixes.push(first.w);
      }
    }
    this.cache.clear();
  }
  parseTokens(term, category) {
    return term.split(" ").map((t2) => {
      if (t2 === "*") return { kind: "any" };
      if (t2 === "~") return { kind: "gap" };
      if (t2.startsWith("@")) {
        const bit = this.classBits.get(t2.slice(1));
        if (!bit) throw new Error(`${category}: term "${term}" uses unknown class ${t2}`);
        return { kind: "class", name: t2.slice(1), bit };
      }
      if (t2.endsWith("*")) return { kind: "prefix", w: t2.slice(0, -1) };
      return { kind: "word", w: t2 };
    });
  }
  /**
   * The anchor: among the required tokens after the first (the first is found by lookup anyway), the word
   * least likely to be common: a longer whole word, then a prefix, then a class; common words are skipped.
   */
  anchorOf(toks) {
    const stop = this.classBits.get("stopword") ?? 0;
    let best = null;
    let bestScore = 0;
    for (let k = 1; k < toks.length; k++) {
      const t2 = toks[k];
      let s = 0;
      if (t2.kind === "word") s = (this.classWords.get(t2.w) ?? 0) & stop ? 1 : 3 + t2.w.length / 10;
      else if (t2.kind === "prefix") s = 2 + t2.w.length / 10;
      else if (t2.kind === "class") s = 0.5;
      if (s > bestScore) [best, bestScore] = [t2, s];
    }
    if (!best) return NO_ANCHOR;
    if (best.kind === "class") return { key: -1, bit: best.bit };
    const w = best.w;
    const table = best.kind === "word" ? this.anchorWords : null;
    const key = best.kind === "word" ? `w:${w}` : `p:${w}`;
    let id = this.anchorIds.get(key);
    if (id === void 0) {
      id = this.anchorCount++;
      this.anchorIds.set(key, id);
      if (table) table.set(w, id);
      else trieAdd(this.anchorPrefixes, w, id);
    }
    return { key: id, bit: 0 };
  }
  eachClassPrefix(bit, visit, node = this.classPrefixes, path = "") {
    if (node.items?.some((b) => b & bit)) visit(path);
    for (const [ch, n2] of node.next) this.eachClassPrefix(bit, visit, n2, path + ch);
  }
  index(key, p) {
    const list = this.byWord.get(key);
    if (list) list.push(p);
    else this.byWord.set(key, [p]);
  }
  /** Class memberships, candidate patterns and anchor keys of one spelling (cached, bounded). */
  formInfo(f) {
    let info = this.cache.get(f);
    if (info) return info;
    let mask = this.classWords.get(f) ?? 0;
    trieWalk(this.classPrefixes, f, (b) => mask |= b);
    let cands = this.byWord.get(f) ?? EMPTY;
    trieWalk(this.prefixRoot, f, (p) => {
      if (cands === EMPTY || cands === this.byWord.get(f)) cands = [...cands];
      cands.push(p);
    });
    let keys = NO_KEYS;
    const exact = this.anchorWords.get(f);
    if (exact !== void 0) keys = [exact];
    trieWalk(this.anchorPrefixes, f, (id) => {
      if (keys === NO_KEYS) keys = [];
      keys.push(id);
    });
    const crossCands = cands.some((p) => p.cross) ? cands.filter((p) => p.cross) : EMPTY;
    info = { mask, cands, crossCands, keys };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(f, info);
    return info;
  }
  /** A token's info over all its spellings (an elongated word is tried shortened to one and two letters). */
  tokenInfo(t2) {
    const fs = forms(t2);
    if (fs.length === 1) return this.formInfo(fs[0]);
    const parts = fs.map((f) => this.formInfo(f));
    return {
      mask: parts.reduce((m, p) => m | p.mask, 0),
      cands: [...new Set(parts.flatMap((p) => p.cands))],
      crossCands: [...new Set(parts.flatMap((p) => p.crossCands))],
      keys: parts.flatMap((p) => p.keys)
    };
  }
  maskOf(t2) {
    return this.slot === 0 ? t2.m0 : t2.m1;
  }
  infoOf(t2) {
    return (this.slot === 0 ? t2.f0 : t2.f1) ?? this.tokenInfo(t2);
  }
  /** Membership in a class file (class-<name>.tsv) of this language. */
  inClass(name, t2) {
    const bit = this.classBits.get(name);
    return bit !== void 0 && (this.tokenInfo(t2).mask & bit) !== 0;
  }
  isKnownWord = (w) => this.known.has(w) || this.knownPrefixes.some((p) => w.startsWith(p));
  /** Resolve a masked token (f*ck, p**o) to the lexicon word it hides, if exactly one shape fits. */
  unmask(t2) {
    const m = t2.norm;
    const firstLetter = m[0] === "*" ? void 0 : m[0];
    for (const v of this.vocabulary) {
      if (firstLetter && v.w[0] !== firstLetter) continue;
      if (!v.prefix && v.w.length !== m.length) continue;
      if (v.prefix && m.length < v.w.length) continue;
      let ok = true;
      for (let k = 0; k < v.w.length && ok; k++) ok = m[k] === "*" || m[k] === v.w[k];
      if (ok && !v.prefix) return v.w;
      if (ok && v.prefix) return v.w + m.slice(v.w.length).replace(/\*/g, "x");
    }
    return void 0;
  }
  tokMatches(p, t2) {
    switch (p.kind) {
      case "word":
        return t2.norm === p.w || t2.alt !== void 0 && (t2.alt === p.w || t2.orig === p.w);
      case "prefix":
        return t2.norm.startsWith(p.w) || t2.alt !== void 0 && (t2.alt.startsWith(p.w) || (t2.orig ?? "").startsWith(p.w));
      case "any":
        return true;
      case "class":
        return (this.maskOf(t2) & p.bit) !== 0;
      default:
        return false;
    }
  }
  /** Match pattern tokens from pi at token ti; returns the end token index or -1. */
  matchAt(toks, pi, tokens, ti, sentence) {
    if (pi === toks.length) return ti;
    const p = toks[pi];
    if (p.kind === "gap") {
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
  excepted(p, tokens, from, to) {
    for (const ex of p.except) {
      for (let s = Math.max(0, from - ex.length - MAX_GAP); s < to; s++) {
        const e = this.matchAt(ex, 0, tokens, s, tokens[s].sentence);
        if (e > from) return true;
      }
    }
    return false;
  }
  /**
   * All matches in the tokens, which the classifier has looked up (Token.f0/f1). Two passes: the first notes the anchors
   * present in the message, the second tries the candidate patterns whose anchor is there.
   * @param crossOnly only the rows that also count in the other language's messages
   */
  match(tokens, crossOnly = false) {
    const out = [];
    if (this.stamp.length < this.anchorCount) this.stamp = new Uint32Array(this.anchorCount);
    const gen = this.generation = this.generation + 1 >>> 0 || 1;
    let present = 0;
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      const info = this.infoOf(tokens[i]);
      if (info.keys.length) for (const k of info.keys) this.stamp[k] = gen;
      present |= info.mask;
      if ((crossOnly ? info.crossCands : info.cands).length) any = true;
    }
    if (!any) return out;
    for (let i = 0; i < tokens.length; i++) {
      const info = this.infoOf(tokens[i]);
      const cands = crossOnly ? info.crossCands : info.cands;
      for (let c2 = 0; c2 < cands.length; c2++) {
        const p = cands[c2];
        if (p.anchorKey >= 0 ? this.stamp[p.anchorKey] !== gen : p.anchorBit !== 0 && (present & p.anchorBit) === 0) continue;
        const end = this.matchAt(p.toks, 0, tokens, i, tokens[i].sentence);
        if (end < 0) continue;
        if (p.except.length && this.excepted(p, tokens, i, end)) continue;
        out.push({ category: p.category, row: p.row, from: i, to: end });
      }
    }
    return out;
  }
};

// src/classify/quoted.ts
var SIGNOFF = /* @__PURE__ */ new Set([
  "saludos",
  "un saludo",
  "saludos cordiales",
  "atentamente",
  "cordialmente",
  "gracias",
  "muchas gracias",
  "mil gracias",
  "un abrazo",
  "abrazos",
  "quedo atento",
  "quedo atenta",
  "quedo a la espera",
  "slds",
  "bendiciones",
  "besos",
  "cu\xEDdense",
  "cuidense",
  "regards",
  "best regards",
  "kind regards",
  "warm regards",
  "thanks",
  "thank you",
  "many thanks",
  "cheers",
  "best",
  "sincerely",
  "yours sincerely",
  "yours faithfully",
  "thanks in advance",
  "all the best",
  "rgds",
  "ta",
  "talk soon"
]);
var CUT_LINES = [
  /^-{2,}\s*(original message|mensaje original|forwarded message|mensaje reenviado|message transféré)\s*-{0,}$/i,
  /^(begin forwarded message|inicio del mensaje reenviado):?$/i,
  /^(sent from my|enviado desde mi|enviado desde|get outlook for|obtener outlook para)\b/i,
  /^_{5,}$/
];
var POSTSCRIPT = /^p\.?\s?[sd]\.?(\s|:|$)/i;
function isAttributionStart(t2) {
  return /^(on|el|em|le|am)\s/i.test(t2) && t2.length < 400;
}
function endsAttribution(t2) {
  return /(wrote|escribió|escribio|escreveu|a écrit|schrieb)\s*:?\s*$/i.test(t2.slice(-40));
}
function isHeaderBlock(lines, i) {
  if (!/^(from|de)\s*:/i.test(lines[i])) return false;
  for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
    if (/^(sent|enviado|date|fecha|to|para|subject|asunto)\s*:/i.test(lines[k])) return true;
  }
  return false;
}
function ownTextRanges(text) {
  const starts = [];
  const lines = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    starts.push(pos);
    lines.push(text.slice(pos, end).trim());
    if (nl === -1) break;
    pos = nl + 1;
  }
  const lineEnd = (i) => i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
  let cut = lines.length;
  const skip = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    const t2 = lines[i];
    if (t2.startsWith(">")) {
      skip.add(i);
      continue;
    }
    if (t2 === "--" || t2 === "-- " || t2 === "\u2014") {
      cut = i;
      break;
    }
    if (t2.length < 120 && CUT_LINES.some((re) => re.test(t2))) {
      cut = i;
      break;
    }
    if (isAttributionStart(t2) && (endsAttribution(t2) || i + 1 < lines.length && endsAttribution(lines[i + 1]))) {
      cut = i;
      break;
    }
    if (t2.length < 200 && isHeaderBlock(lines, i)) {
      cut = i;
      break;
    }
  }
  for (let i = Math.max(0, cut - 8); i < cut; i++) {
    const t2 = lines[i];
    if (t2.length > 40) continue;
    const key = t2.toLowerCase().replace(/[,.!¡\s]+$/u, "").replace(/^[¡\s]+/u, "");
    if (!SIGNOFF.has(key)) continue;
    let ps = -1;
    for (let j = i + 1; j < cut && ps < 0; j++) if (POSTSCRIPT.test(lines[j])) ps = j;
    const end = ps < 0 ? cut : ps;
    const rest = lines.slice(i + 1, end).filter((l) => l !== "");
    if (rest.length <= 6 && rest.every((l) => l.length <= 80)) {
      if (ps < 0) cut = i + 1;
      else for (let j = i + 1; j < ps; j++) skip.add(j);
      break;
    }
  }
  const ranges = [];
  for (let i = 0; i < cut; i++) {
    if (skip.has(i)) continue;
    const s = starts[i];
    const e = lineEnd(i);
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 >= s) last[1] = e;
    else ranges.push([s, e]);
  }
  return ranges;
}

// src/classify/rules/anger.ts
function angerOf(ctx, flagScores) {
  const words = [];
  const cues = [];
  const taken = [];
  const found = matchesOf(ctx, "anger");
  const ordered = found.length > 1 ? [...found].sort((a, b) => b.to - b.from - (a.to - a.from)) : found;
  for (const m of ordered) {
    let overlaps = false;
    for (let k = m.from; k < m.to && !overlaps; k++) overlaps = !!taken[k];
    if (overlaps) continue;
    for (let k = m.from; k < m.to; k++) taken[k] = true;
    let w = m.row.weight * ANGER_WORD_FACTOR;
    if (isNegated(ctx, m.from, 3)) w *= NEGATED_ANGER_FACTOR;
    const before = ctx.tokens[m.from - 1];
    if (before && before.sentence === ctx.tokens[m.from].sentence && ctx.inClass("intensifier", before)) w *= INTENSIFIER_BOOST;
    words.push(w);
    const at = span(ctx, m);
    cues.push({ start: at.start, end: at.end, term: m.row.term });
  }
  cues.sort((a, b) => a.start - b.start);
  words.sort((a, b) => b - a);
  const lexical = words.slice(0, ANGER_WORDS_COUNTED).reduce((sum, w, i) => sum + w * ANGER_WORD_DECAY ** i, 0);
  const count = ctx.stats.words;
  const fromFlags = (
    // squared: "ffs" or "bloody hell" is frustration, "me cago en todo" is anger
    flagScores.vulgarity ** 2 * ANGER_FROM_VULGARITY + flagScores.insult * ANGER_FROM_INSULT + flagScores.physical_threat * ANGER_FROM_THREAT + flagScores.legal_threat * ANGER_FROM_LEGAL + flagScores.impatience * ANGER_FROM_IMPATIENCE + flagScores.escalation_request * ANGER_FROM_ESCALATION
  );
  const caps = count >= 3 ? ctx.stats.capsWords / count : 0;
  const shouting = caps * ANGER_FROM_CAPS + Math.min(ctx.stats.exclamations, MAX_EXCLAMATIONS) * ANGER_PER_EXCLAMATION + Math.min(ctx.stats.angryEmoji, MAX_ANGRY_EMOJI) * ANGER_PER_ANGRY_EMOJI;
  const polite = Math.min(2, matchesOf(ctx, "polite").length + ctx.stats.happyEmoji) * POLITENESS_RELIEF;
  const raw = Math.max(0, lexical + fromFlags + shouting - polite);
  return { anger: 1 - Math.exp(-ANGER_SCALE * raw), cues };
}

// src/classify/rules/phrase-rule.ts
function phraseRule(o) {
  return {
    flag: o.flag,
    run(ctx) {
      if (!ctx.matches.has(o.category)) return { score: 0, evidence: [] };
      const best = /* @__PURE__ */ new Map();
      const seen = /* @__PURE__ */ new Map();
      const found = [];
      const taken = [];
      const ordered = [...matchesOf(ctx, o.category)].sort((a, b) => b.to - b.from - (a.to - a.from) || b.row.weight - a.row.weight);
      for (const m of ordered) {
        let overlaps = false;
        for (let k = m.from; k < m.to && !overlaps; k++) overlaps = !!taken[k];
        if (overlaps) continue;
        for (let k = m.from; k < m.to; k++) taken[k] = true;
        if (o.negationWindow > 0 && isNegated(ctx, m.from, o.negationWindow, o.negationClass, o.negationBarrier)) continue;
        let w = m.row.weight;
        if (o.jokes && sentenceHas(ctx, m.from, "joke")) w *= JOKE_FACTOR;
        if (o.shouted && w >= 0.3 && ctx.tokens.slice(m.from, m.to).every((t2) => t2.caps || /^[0-9]+$/.test(t2.norm))) w = Math.min(1, w * o.shouted);
        if (w <= 0) continue;
        const times = (seen.get(m.row.term) ?? 0) + 1;
        seen.set(m.row.term, times);
        if (o.repeatBoost && times > 1) w = Math.min(1, w * (1 + 0.5 * (times - 1)));
        best.set(m.row.term, Math.max(best.get(m.row.term) ?? 0, w));
        found.push({ m, w });
      }
      const scores = [...best.values()].sort((a, b) => b - a);
      const second = scores[1] !== void 0 && scores[1] >= WEAK_PAIR_MIN ? scores[1] * 0.5 : 0;
      const score = combine([scores[0] ?? 0, second]);
      const evidence = found.filter((f) => f.w >= o.min || score >= o.min && f.w >= scores[Math.min(1, scores.length - 1)]).map((f) => evidenceFor(ctx, o.flag, f.m, `${o.category}:${f.m.row.term}`, f.m.row.note || o.reason));
      evidence.sort((a, b) => a.start - b.start);
      return { score: combine(scores.slice(0, 2).map((s, i) => i === 0 ? s : s * 0.5)), evidence };
    }
  };
}

// src/classify/rules/escalation-request.ts
var escalationRequest = phraseRule({
  flag: "escalation_request",
  category: "escalation",
  min: ESCALATION_MIN,
  negationWindow: 5,
  // "I don't want a manager" cancels it; "I can't reach a person" is the request itself
  negationClass: "refusal",
  // "I don't understand, I need help talking to someone": the "need" is not negated
  negationBarrier: "ask",
  repeatBoost: true,
  jokes: false,
  reason: "asks for someone else or someone higher"
});

// src/classify/rules/impatience.ts
var phrases = phraseRule({
  flag: "impatience",
  category: "impatience",
  min: IMPATIENCE_MIN,
  negationWindow: 2,
  jokes: false,
  reason: "repeat contact or time pressure",
  shouted: SHOUTED_IMPATIENCE_FACTOR
});
var impatience = {
  flag: "impatience",
  run(ctx) {
    const r = phrases.run(ctx);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t2 = ctx.tokens[i];
      if (t2.norm.length < 2 || !(ctx.inClass("urgent", t2) || ctx.inClass("urgente", t2))) continue;
      const alone = ctx.tokens[i - 1]?.sentence !== t2.sentence && ctx.tokens[i + 1]?.sentence !== t2.sentence;
      if (!t2.caps && !alone) continue;
      const next = ctx.tokens[i + 1];
      if (!alone && next && next.clause === t2.clause) continue;
      if (!alone && ctx.stats.capsWords > ctx.stats.words * 0.4) break;
      if (isNegated(ctx, i, 2)) continue;
      if (r.score < SHOUTED_URGENCY) {
        r.score = SHOUTED_URGENCY;
      }
      r.evidence.push({ flag: "impatience", start: t2.start, end: t2.end, rule: "impatience:shouted-urgency", reason: "an urgency word in capitals" });
      break;
    }
    return r;
  }
};

// src/classify/rules/insult.ts
function targetOf(ctx, m, lookAhead = true) {
  const next = ctx.tokens[m.to];
  if (next && next.sentence === ctx.tokens[m.from].sentence) {
    if (ctx.inClass("product", next)) return "product";
    if (ctx.inClass("staff", next)) return "person";
  }
  const s = ctx.tokens[m.from].sentence;
  for (let k = m.from - 1; k >= 0 && k >= m.from - TARGET_WINDOW; k--) {
    const t2 = ctx.tokens[k];
    if (t2.sentence !== s) break;
    if (ctx.inClass("product", t2)) return "product";
    if (t2.norm === "@mention" && m.from - k > 3) continue;
    if (ctx.inClass("you", t2) && k > 0 && ctx.inClass("possessive", ctx.tokens[k - 1])) continue;
    if (ctx.inClass("self", t2)) return "other";
    if (ctx.inClass("you", t2) || ctx.inClass("staff", t2) || ctx.inClass("person", t2)) return "person";
    if (ctx.inClass("group", t2)) {
      const before = ctx.tokens[k - 1];
      return before && before.sentence === s && ctx.inClass("you", before) ? "person" : "other";
    }
    if (ctx.inClass("other", t2)) return "other";
  }
  const after = ctx.tokens[m.to];
  if (after && after.sentence === s && after.clause === ctx.tokens[m.to - 1].clause && ctx.inClass("self-after", after)) return "other";
  if (!lookAhead) return "none";
  for (let k = m.to; k < ctx.tokens.length && k < m.to + 4; k++) {
    const t2 = ctx.tokens[k];
    if (t2.sentence !== s) break;
    if (ctx.inClass("you", t2)) return "person";
  }
  return "none";
}
var insult = {
  flag: "insult",
  run(ctx) {
    let score = 0;
    const evidence = [];
    for (const m of matchesOf(ctx, "insult")) {
      if (isNegated(ctx, m.from)) continue;
      const w = m.row.weight;
      const target = targetOf(ctx, m);
      let s = 0;
      let why = "";
      if (target === "person") {
        s = w;
        why = "aimed at the agent or staff";
      } else if (target === "none" && w >= INSULT_VOCATIVE_MIN) {
        s = w * INSULT_VOCATIVE_FACTOR;
        why = "an epithet used on its own";
      }
      if (s <= 0) continue;
      score = Math.max(score, s);
      if (s >= INSULT_MIN) evidence.push(evidenceFor(ctx, "insult", m, `insult:${m.row.term}`, `${m.row.note ? m.row.note + "; " : ""}${why}`));
    }
    for (const m of matchesOf(ctx, "vulgarity")) {
      if (m.row.weight < SWEAR_AT_PERSON_MIN || isNegated(ctx, m.from)) continue;
      if (targetOf(ctx, m, false) !== "person") continue;
      const s = SWEAR_AT_PERSON_SCORE;
      if (s > score) score = s;
      if (s >= INSULT_MIN) evidence.push(evidenceFor(ctx, "insult", m, `insult:swearing-at-person:${m.row.term}`, "swearing aimed at a person"));
    }
    return { score, evidence };
  }
};

// src/classify/rules/legal-threat.ts
var legalThreat = phraseRule({
  flag: "legal_threat",
  category: "legal",
  min: LEGAL_MIN,
  negationWindow: 3,
  jokes: false,
  reason: "legal action or a complaint to an authority"
});

// src/classify/rules/physical-threat.ts
var physicalThreat = phraseRule({
  flag: "physical_threat",
  category: "threat",
  min: THREAT_MIN,
  negationWindow: 3,
  jokes: true,
  reason: "violence or intimidation"
});

// src/classify/rules/vulgarity.ts
var vulgarity = {
  flag: "vulgarity",
  run(ctx) {
    const scores = [];
    const evidence = [];
    for (const m of matchesOf(ctx, "vulgarity")) {
      scores.push(m.row.weight);
      if (m.row.weight >= VULGARITY_MIN) evidence.push(evidenceFor(ctx, "vulgarity", m, `vulgarity:${m.row.term}`, m.row.note || "profanity"));
    }
    const top = scores.sort((a, b) => b - a);
    return { score: top.length ? combine([top[0], ...top.slice(1, 3).map((s) => s * 0.3)]) : 0, evidence };
  }
};

// src/classify/tokenize.ts
var SENTENCE_END = /* @__PURE__ */ new Set([".", "!", "?", "\u2026", "\n", "\xA1", "\xBF", ";"]);
var CLAUSE_END = /* @__PURE__ */ new Set([",", ":", "(", ")", '"', "\u201C", "\u201D", "\u2014", "\u2013"]);
var ANGRY_EMOJI = /* @__PURE__ */ new Set([128545, 128544, 129324, 128127, 128162, 128548, 128405, 128169, 129326, 128128, 128298, 128163, 128293]);
var HAPPY_EMOJI = /* @__PURE__ */ new Set([128578, 128512, 128515, 128516, 128522, 128514, 129315, 128077, 128591, 10084, 128525, 129392, 128518, 128513]);
function isInnerSymbol(ch) {
  return ch === "*" || ch === "@" || ch === "$" || ch === "!" || ch === "|" || ch === "#" || ch === "\u20AC";
}
function isPlainBreak(c2) {
  if (c2 >= 128) return false;
  if (c2 >= 48 && c2 <= 57) return false;
  return c2 !== 42 && c2 !== 64 && c2 !== 36 && c2 !== 33 && c2 !== 124 && c2 !== 35 && c2 !== 39 && c2 !== 96;
}
function lengthWithoutTrailingStars(s) {
  let n2 = s.length;
  while (n2 > 0 && s[n2 - 1] === "*") n2--;
  return n2;
}
function isDigit(cp) {
  return cp >= 48 && cp <= 57;
}
function isApostrophe(ch) {
  return ch === "'" || ch === "\u2019" || ch === "`" || ch === "\xB4";
}
function tokenize(text, ranges) {
  const tokens = [];
  const stats = { exclamations: 0, questions: 0, angryEmoji: 0, happyEmoji: 0, capsWords: 0, words: 0 };
  let sentence = 0;
  let clause = 0;
  for (const [from, to] of ranges) {
    let i = from;
    let buf = "";
    let start = -1;
    let upper = 0;
    let lower = 0;
    let symbols = 0;
    let digits = 0;
    let starts = [];
    let ends = [];
    const flush = () => {
      if (start < 0) return;
      pushToken(buf, starts, ends, upper, lower, symbols, digits);
      buf = "";
      starts = [];
      ends = [];
      start = -1;
      upper = lower = symbols = digits = 0;
    };
    const emit = (norm, s, e, caps, masked) => {
      const tok = { norm, alt: void 0, orig: void 0, start: s, end: e, sentence, clause, caps, masked, i: 0, m0: 0, m1: 0, f0: void 0, f1: void 0 };
      if (norm.length >= 3 && hasRunOf3(norm)) {
        tok.norm = collapseRuns(norm, 1);
        tok.alt = collapseRuns(norm, 2);
        tok.orig = norm;
      }
      if (caps) stats.capsWords++;
      stats.words++;
      tokens.push(tok);
    };
    const pushPlain = (s, e, up) => {
      const raw = text.slice(s, e);
      emit(up ? raw.toLowerCase() : raw, s, e, up >= 2 && up === e - s, false);
    };
    const pushToken = (raw, cs, ce, up, lo, sym, digits2) => {
      let a = 0;
      let b = raw.length;
      while (b > a && isInnerSymbol(raw[b - 1]) && (raw[b - 1] !== "*" || lengthWithoutTrailingStars(raw.slice(a, b)) >= 3)) b--;
      while (b > a && isInnerSymbol(raw[a]) && raw[a] !== "$" && raw[a] !== "@") a++;
      if (b === a) return;
      const r = raw.slice(a, b);
      const s = cs[a];
      const e = ce[b - 1];
      let norm = r;
      const letters = up + lo;
      const numberWithSuffix = sym === 0 && digits2 > 0 && letters <= 3 && r.length - letters === digits2 && /^[0-9]/.test(r);
      if ((sym > 0 || digits2 > 0) && letters > 0 && !numberWithSuffix) {
        let s2 = "";
        for (const ch of r) s2 += ch === "*" || ch === "#" ? "*" : LEET[ch] ?? ch;
        norm = s2;
      }
      if (raw[a] === "@" && letters >= 2) norm = "@mention";
      if (letters === 0 && digits2 === 0) return;
      emit(norm, s, e, up >= 2 && lo === 0, norm.includes("*"));
    };
    while (i < to) {
      if (start < 0) {
        let j = i;
        let up = 0;
        for (; j < to; j++) {
          const c2 = text.charCodeAt(j);
          if (c2 >= 97 && c2 <= 122) continue;
          if (c2 >= 65 && c2 <= 90) {
            up++;
            continue;
          }
          break;
        }
        if (j > i && (j >= to || isPlainBreak(text.charCodeAt(j)))) {
          pushPlain(i, j, up);
          i = j;
          continue;
        }
      }
      const cp = text.codePointAt(i);
      const w = cp > 65535 ? 2 : 1;
      const ch = text[i];
      if (isLetter(cp) || isCombining(cp)) {
        if (isCombining(cp)) {
          i += w;
          continue;
        }
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
      } else if (cp >= 128 && isInvisible(cp)) {
      } else if (start >= 0 && isApostrophe(ch) && i + 1 < to && isLetter(text.codePointAt(i + 1))) {
      } else if (isInnerSymbol(ch) && (start >= 0 || i + 1 < to && isLetter(text.codePointAt(i + 1)))) {
        if (start < 0) start = i;
        symbols++;
        buf += ch;
        starts.push(i);
        ends.push(i + 1);
        if (ch === "!") stats.exclamations++;
      } else {
        flush();
        if (ch === "!" || ch === "\xA1") stats.exclamations++;
        if (ch === "?" || ch === "\xBF") stats.questions++;
        if (cp >= 8192) {
          if (ANGRY_EMOJI.has(cp)) stats.angryEmoji++;
          if (HAPPY_EMOJI.has(cp)) stats.happyEmoji++;
        }
        if (ch === ".") {
          const next = i + 1 < to ? text[i + 1] : " ";
          if (next === " " || next === "\n" || next === "	" || next === "\r" || next === ".") {
            sentence++;
            clause++;
          }
        } else if (SENTENCE_END.has(ch)) {
          sentence++;
          clause++;
        } else if (CLAUSE_END.has(ch)) clause++;
      }
      i += w;
    }
    flush();
    sentence++;
    clause++;
  }
  return { tokens, stats };
}
var MAX_SPELLED_WORD = 24;
function mergeSpelledOut(tokens, isKnown) {
  let out = null;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j].norm.length === 1 && tokens[j].sentence === tokens[i].sentence) j++;
    if (j - i >= 3 && j - i <= MAX_SPELLED_WORD + 1) {
      const tries = [[i, j], [i + 1, j], [i, j - 1]];
      const hit = tries.find(([a, b]) => b - a >= 3 && isKnown(tokens.slice(a, b).map((t2) => t2.norm).join("")));
      if (hit) {
        const [a, b] = hit;
        out ??= tokens.slice(0, i);
        for (let k = i; k < a; k++) out.push(tokens[k]);
        const word = tokens.slice(a, b).map((t2) => t2.norm).join("");
        out.push({ ...tokens[a], norm: word, end: tokens[b - 1].end, caps: false });
        for (let k = b; k < j; k++) out.push(tokens[k]);
        i = j;
        continue;
      }
    }
    const next = Math.max(j, i + 1);
    if (out) for (let k = i; k < next; k++) out.push(tokens[k]);
    i = next;
  }
  return out ?? tokens;
}

// src/classify/types.ts
var FLAG_IDS = [
  "vulgarity",
  "insult",
  "legal_threat",
  "physical_threat",
  "escalation_request",
  "impatience"
];

// src/classify/classifier.ts
var CATEGORIES = ["vulgarity", "insult", "anger", "legal", "threat", "escalation", "impatience", "polite"];
var MASKABLE = /* @__PURE__ */ new Set(["vulgarity", "insult"]);
var CROSS_LANGUAGE_MIN = 0.8;
var CROSS_LANGUAGE_PHRASE_MIN = 0.85;
var CROSS_LANGUAGE_STEM = 5;
var LOOKUP_CACHE = 2e4;
var RULES = [vulgarity, insult, legalThreat, physicalThreat, escalationRequest, impatience];
var MIN = {
  vulgarity: VULGARITY_MIN,
  insult: INSULT_MIN,
  legal_threat: LEGAL_MIN,
  physical_threat: THREAT_MIN,
  escalation_request: ESCALATION_MIN,
  impatience: IMPATIENCE_MIN
};
var BELOW = Object.fromEntries(FLAG_IDS.map((f) => [f, round2(MIN[f] - 0.01)]));
var SLOT = { es: 0, en: 1 };
function crossLanguage(cat, r) {
  const stem = r.term.endsWith("*") ? r.term.slice(0, -1) : r.term;
  const wordOk = !r.term.includes("@") && (r.term.endsWith("*") ? stem.length >= CROSS_LANGUAGE_STEM && !stem.includes("*") : !r.term.includes("*") && r.term.length >= 4);
  const strong = r.weight >= CROSS_LANGUAGE_MIN && wordOk;
  if (cat === "vulgarity" || cat === "insult") return strong;
  if (cat === "legal" || cat === "threat" || cat === "escalation") return strong && r.weight >= CROSS_LANGUAGE_PHRASE_MIN;
  if (cat === "impatience") return strong && r.weight >= CROSS_LANGUAGE_PHRASE_MIN && r.term.includes(" ");
  return false;
}
function buildPack(files, lang) {
  const matcher = new Matcher(SLOT[lang]);
  const parsed = /* @__PURE__ */ new Map();
  for (const [name, text] of Object.entries(files)) {
    try {
      parsed.set(name, parseLexicon(text).rows);
    } catch (e) {
      throw new Error(`lexicons/${lang}/${name}.tsv: ${e.message}`);
    }
  }
  for (const [name, rows] of parsed) if (name.startsWith("class-")) matcher.addClass(name.slice("class-".length), rows);
  for (const cat of CATEGORIES) matcher.addCategory(cat, parsed.get(cat) ?? [], MASKABLE.has(cat), (r) => crossLanguage(cat, r));
  return { matcher };
}
function createClassifier(sources) {
  const packs = {};
  for (const lang of ["es", "en"]) if (sources[lang]) packs[lang] = buildPack(sources[lang], lang);
  const langs = Object.keys(packs);
  const isKnown = (w) => langs.some((l) => packs[l].matcher.isKnownWord(w));
  const esBits = /* @__PURE__ */ Object.create(null);
  const enBits = /* @__PURE__ */ Object.create(null);
  const bitsOf = (name) => {
    esBits[name] = packs.es?.matcher.bitOf(name) ?? 0;
    enBits[name] = packs.en?.matcher.bitOf(name) ?? 0;
  };
  const esStop = packs.es?.matcher.bitOf("stopword") ?? 0;
  const enStop = packs.en?.matcher.bitOf("stopword") ?? 0;
  const isStop = (l, t2) => (l === "es" ? t2.m0 & esStop : t2.m1 & enStop) !== 0;
  function classify(input) {
    const text = typeof input === "string" ? input : String(input ?? "");
    const limit = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const { tokens: raw, stats } = tokenize(limit, ownTextRanges(limit));
    let tokens = mergeSpelledOut(raw, isKnown);
    tokens = unmaskAll(tokens);
    for (let i = 0; i < tokens.length; i++) tokens[i].i = i;
    candidates[0] = candidates[1] = 0;
    for (const t2 of tokens) lookUp(t2);
    const lang = guessLanguage(limit, tokens, isStop);
    const active = lang === "und" ? langs : langs.filter((l) => l === lang);
    const others = langs.filter((l) => !active.includes(l));
    const useEs = active.includes("es");
    const useEn = active.includes("en");
    const matches = /* @__PURE__ */ new Map();
    const add = (list) => {
      for (const m of list) {
        const arr = matches.get(m.category);
        if (arr) arr.push(m);
        else matches.set(m.category, [m]);
      }
    };
    for (const l of active) if (candidates[SLOT[l]] & 1) add(packs[l].matcher.match(tokens));
    for (const l of others) if (candidates[SLOT[l]] & 2) add(packs[l].matcher.match(tokens, true));
    const ctx = {
      text: limit,
      lang,
      tokens,
      stats,
      matches,
      inClass: (name, t2) => {
        if (esBits[name] === void 0) bitsOf(name);
        return useEs && (t2.m0 & esBits[name]) !== 0 || useEn && (t2.m1 & enBits[name]) !== 0;
      }
    };
    const scores = { vulgarity: 0, insult: 0, legal_threat: 0, physical_threat: 0, escalation_request: 0, impatience: 0 };
    const flags = [];
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
    if (flags.includes("insult") || flags.includes("physical_threat")) anger = Math.max(anger, TONE_ANGRY_MIN);
    if (flags.some((f) => f !== "escalation_request")) anger = Math.max(anger, TONE_FRUSTRATED_MIN);
    const tone = anger >= TONE_ANGRY_MIN ? "angry" : anger >= TONE_FRUSTRATED_MIN ? "frustrated" : "calm";
    evidence.sort((x, y) => x.start - y.start || x.end - y.end);
    return { lang, tone, anger: round2(anger), flags, scores, evidence, cues };
  }
  const seen = /* @__PURE__ */ new Map();
  function lookUp(t2) {
    if (t2.alt !== void 0) {
      if (packs.es) note(t2, 0, packs.es.matcher.tokenInfo(t2));
      if (packs.en) note(t2, 1, packs.en.matcher.tokenInfo(t2));
      return;
    }
    let pair = seen.get(t2.norm);
    if (!pair) {
      pair = [packs.es?.matcher.formInfo(t2.norm), packs.en?.matcher.formInfo(t2.norm)];
      if (isEmpty(pair)) {
        const fixed = undoubleSlips(t2.norm) ?? nearKeyWord(t2.norm);
        if (fixed !== void 0) {
          const other = [packs.es?.matcher.formInfo(fixed), packs.en?.matcher.formInfo(fixed)];
          if (!isEmpty(other)) pair = other;
        }
      }
      if (seen.size >= LOOKUP_CACHE) seen.clear();
      seen.set(t2.norm, pair);
    }
    if (pair[0]) note(t2, 0, pair[0]);
    if (pair[1]) note(t2, 1, pair[1]);
  }
  const candidates = [0, 0];
  function note(t2, slot, info) {
    if (slot === 0) {
      t2.m0 = info.mask;
      t2.f0 = info;
    } else {
      t2.m1 = info.mask;
      t2.f1 = info;
    }
    if (info.cands.length) candidates[slot] |= info.crossCands.length ? 3 : 1;
  }
  const keyWords = [...new Set(langs.flatMap((l) => FUZZY_CLASSES.flatMap((c2) => packs[l].matcher.classMembers(c2))))].filter((w) => w.length >= FUZZY_MIN_LENGTH);
  function nearKeyWord(w) {
    if (w.length < FUZZY_MIN_LENGTH - 1) return void 0;
    return keyWords.find((k) => withinOneEdit(w, k));
  }
  function isEmpty(pair) {
    return pair.every((f) => !f || f.mask === 0 && f.cands.length === 0 && f.keys.length === 0);
  }
  function unmaskAll(tokens) {
    if (!tokens.some((t2) => t2.masked)) return tokens;
    return tokens.map((t2) => {
      if (!t2.masked) return t2;
      for (const l of langs) {
        const w = packs[l].matcher.unmask(t2);
        if (w) return { ...t2, norm: w, alt: void 0, orig: void 0 };
      }
      return t2;
    });
  }
  return { classify };
}

// src/cli/load-lexicons.ts
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "lexicons");
function loadLexicons(dir = LEXICON_DIR) {
  const out = {};
  for (const lang of ["es", "en"]) {
    const files = {};
    for (const f of readdirSync(join(dir, lang))) {
      if (f.endsWith(".tsv")) files[f.slice(0, -4)] = readFileSync(join(dir, lang, f), "utf8");
    }
    out[lang] = files;
  }
  return out;
}

// ../../tmp/prof.ts
var texts = [];
for (const f of ["es", "en"]) for (const l of readFileSync2(`/work/main/tests/corpus/${f}.jsonl`, "utf8").split("\n")) if (l.trim()) texts.push(JSON.parse(l).text);
var c = createClassifier(loadLexicons());
var n = 0;
var t = performance.now();
for (let r = 0; r < 60; r++) for (const x of texts) {
  c.classify(x);
  n++;
}
var dt = performance.now() - t;
console.log(n, Math.round(n / dt * 1e3), "msg/s", "avg chars", texts.reduce((a, b) => a + b.length, 0) / texts.length);
