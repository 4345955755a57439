/**
 * Quoted reply history, forwarded blocks and signatures never count: only the customer's new words do.
 * Works line by line with anchored, bounded checks (no regular expression here can backtrack on long input).
 * Returns the [start, end) ranges of the original text that are the customer's own new text.
 */

export type Range = [number, number];

const SIGNOFF = new Set([
  'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'cordialmente', 'gracias', 'muchas gracias', 'mil gracias',
  'gracias de antemano', 'un cordial saludo', 'un abrazo', 'abrazos', 'quedo atento', 'quedo atenta', 'quedo a la espera', 'slds', 'bendiciones', 'besos', 'cuídense', 'cuidense',
  'regards', 'best regards', 'kind regards', 'warm regards', 'thanks', 'thank you', 'many thanks', 'cheers', 'best', 'sincerely',
  'yours sincerely', 'yours faithfully', 'thanks in advance', 'all the best', 'rgds', 'ta', 'talk soon',
]);

/** the longest sign-off: a shorter line cannot be one (lower-casing never makes a string shorter) */
const SIGNOFF_MAX = Math.max(...[...SIGNOFF].map((k) => k.length));

const CUT_LINES = [
  /^-{2,}\s*(original message|mensaje original|forwarded message|mensaje reenviado|message transféré)\s*-{0,}$/i,
  /^(begin forwarded message|inicio del mensaje reenviado):?$/i,
  /^(sent from my|enviado desde mi|enviado desde|get outlook for|obtener outlook para)\b/i,
  /^_{5,}$/,
];

/** "P.S.", "PS:", "P.D.", "PD:" at the start of a line */
const POSTSCRIPT = /^p\.?\s?[sd]\.?(\s|:|$)/i;

/** "On Mon, 3 Mar 2025, Support <a@b.c> wrote:" / "El lun, 3 mar 2025 a las 10:12, Soporte (<…>) escribió:" */
function isAttributionStart(t: string): boolean {
  return /^(on|el|em|le|am)\s/i.test(t) && t.length < 400;
}
function endsAttribution(t: string): boolean {
  return /(wrote|escribió|escribio|escreveu|a écrit|schrieb)\s*:?\s*$/i.test(t.slice(-40));
}

/** Outlook header block: "From:/De:" followed within three lines by "Sent:/Enviado:/Date:/Fecha:". */
function isHeaderBlock(line: (i: number) => string, count: number, i: number): boolean {
  if (!/^(from|de)\s*:/i.test(line(i))) return false;
  for (let k = i + 1; k < Math.min(count, i + 4); k++) {
    if (/^(sent|enviado|date|fecha|to|para|subject|asunto)\s*:/i.test(line(k))) return true;
  }
  return false;
}

/**
 * Can a trimmed line (text[from, to)) be quoted history or start a block that is not the customer's (the checks in ownTextRanges's
 * first loop)? Each of them needs the line to begin with ">", "—", "--", "__", or (either case) one of the first two
 * letters of on/el/em/le/am, from/de, begin/inicio, sent/enviado/get/obtener. Case-insensitive matching without the
 * u flag never maps a non-ASCII character to an ASCII letter, so lower-casing ASCII here is enough.
 */
function mayCutAt(text: string, from: number, to: number): boolean {
  if (to === from) return false;
  const a = text.charCodeAt(from);
  if (a === 0x3e || a === 0x2014) return true; // > —
  if (to - from < 2) return false;
  let b = text.charCodeAt(from + 1);
  if (a === 0x2d || a === 0x5f) return b === a; // -- __
  if (b >= 0x41 && b <= 0x5a) b += 32;
  // (only an ASCII letter's lower case, a | 0x20, is one of these)
  switch (a | 0x20) {
    case 0x61: return b === 0x6d; // am
    case 0x62: // be
    case 0x64: // de
    case 0x67: // ge
    case 0x6c: // le
    case 0x73: return b === 0x65; // se
    case 0x65: return b === 0x6c || b === 0x6d || b === 0x6e; // el em en
    case 0x66: return b === 0x72; // fr
    case 0x69: return b === 0x6e; // in
    case 0x6f: return b === 0x6e || b === 0x62; // on ob
    default: return false;
  }
}

/** the lower-case ASCII letters sign-offs start with (after any leading ¡) */
const SIGNOFF_FIRST = new Set([...SIGNOFF].map((k) => k.charCodeAt(0)));

/** Could the trimmed line text[from, to) be a sign-off? False only when isSignoff would say so too: its first
 *  character after any ¡ and spaces is ASCII and no sign-off starts with it (most lines; no string is made). */
function maySignoff(text: string, from: number, to: number): boolean {
  let a = from;
  while (a < to) {
    const c = text.charCodeAt(a);
    if (c === 0xa1 || isSpace(c)) a++;
    else break;
  }
  if (a === to) return false;
  let c = text.charCodeAt(a);
  if (c >= 0x80) return true; // lower-casing may make it ASCII (K, the Kelvin sign): let isSignoff decide
  if (c >= 0x41 && c <= 0x5a) c += 32;
  return SIGNOFF_FIRST.has(c);
}

/** \s of a /u regular expression (the same characters String.prototype.trim removes) */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words that mark the legal disclaimer under a signature (never the customer's own words). */
const DISCLAIMER = /\b(confidential|confidencial|confidenciales|privileged|intended recipient|destinatario|aviso legal|disclaimer)/i;

/** Is a (long) line a disclaimer? Only its first 300 characters are read. */
function isDisclaimer(t: string): boolean {
  return DISCLAIMER.test(t.slice(0, 300));
}

/** A sign-off line ("Saludos,", "¡Gracias!", "Best regards.")? Same as SIGNOFF.has of the line lower-cased without
 *  trailing [,.!¡\s] and leading [¡\s]. */
function isSignoff(t: string): boolean {
  let b = t.length;
  while (b > 0) {
    const c = t.charCodeAt(b - 1);
    if (c === 0x2c || c === 0x2e || c === 0x21 || c === 0xa1 || isSpace(c)) b--;
    else break;
  }
  let a = 0;
  while (a < b) {
    const c = t.charCodeAt(a);
    if (c === 0xa1 || isSpace(c)) a++;
    else break;
  }
  if (b - a > SIGNOFF_MAX || b === a) return false;
  return SIGNOFF.has(t.slice(a, b).toLowerCase());
}

export function ownTextRanges(text: string): Range[] {
  // Per line: where it starts, and where its trimmed text starts and ends. The trimmed text itself is cut out
  // only for the few lines a check must read (most lines fail mayCut on their first two characters), so an
  // ordinary message makes no string per line.
  const starts: number[] = [];
  const trimFrom: number[] = [];
  const trimTo: number[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    let a = pos;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    starts.push(pos);
    trimFrom.push(a);
    trimTo.push(b);
    if (nl === -1) break;
    pos = nl + 1;
  }
  const count = starts.length;
  /** the trimmed text of line i (String.prototype.trim removes exactly the isSpace characters) */
  const line = (i: number) => text.slice(trimFrom[i], trimTo[i]);
  const lengthOf = (i: number) => trimTo[i] - trimFrom[i];
  const lineEnd = (i: number) => (i + 1 < starts.length ? starts[i + 1] - 1 : text.length);

  let cut = count; // first line that is no longer the customer's own text
  let skip: Set<number> | null = null; // lines inside the customer's text that are not theirs ("> …")
  for (let i = 0; i < count; i++) {
    if (!mayCutAt(text, trimFrom[i], trimTo[i])) continue;
    const t = line(i);
    if (t.startsWith('>')) {
      (skip ??= new Set()).add(i);
      continue;
    }
    if (t === '--' || t === '-- ' || t === '—') { cut = i; break; }
    if (t.length < 120 && CUT_LINES.some((re) => re.test(t))) { cut = i; break; }
    if (isAttributionStart(t) && (endsAttribution(t) || (i + 1 < count && endsAttribution(line(i + 1))))) { cut = i; break; }
    if (t.length < 200 && isHeaderBlock(line, count, i)) { cut = i; break; }
  }
  // A sign-off followed by a few short lines (name, job title, phone), maybe then a legal disclaimer: the lines after
  // it are a signature.
  for (let i = Math.max(0, cut - 14); i < cut; i++) {
    if (lengthOf(i) > 40 || !maySignoff(text, trimFrom[i], trimTo[i])) continue;
    if (!isSignoff(line(i))) continue;
    // a postscript after the signature is the customer's own words again ("P.S. …", "PD: …")
    let ps = -1;
    for (let j = i + 1; j < cut && ps < 0; j++) if (POSTSCRIPT.test(line(j))) ps = j;
    const end = ps < 0 ? cut : ps;
    let rest = 0;
    let longest = 0;
    for (let j = i + 1; j < end; j++) {
      const n = lengthOf(j);
      // "This email is confidential…", "Este correo y sus adjuntos son confidenciales…": the disclaimer closes it
      if (n > 80 && isDisclaimer(line(j))) break;
      if (n > 0) rest++;
      if (n > longest) longest = n;
    }
    if (rest <= 6 && longest <= 80) {
      if (ps < 0) cut = i + 1;
      else for (let j = i + 1; j < ps; j++) (skip ??= new Set()).add(j);
      break;
    }
  }

  const ranges: Range[] = [];
  for (let i = 0; i < cut; i++) {
    if (skip !== null && skip.has(i)) continue;
    const s = starts[i];
    const e = lineEnd(i);
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 >= s) last[1] = e;
    else ranges.push([s, e]);
  }
  return ranges;
}

/**
 * Someone else's words the customer passes on are not the customer's: 'your driver texted me "move your f***ing
 * car"', 'el repartidor me escribió: "abra la puerta pendeja"', 'he told me to 'go to hell''. A quotation right after a
 * verb of saying in the third person (or "told me") is cut out of the ranges. The customer quoting themselves ("I
 * said…", "le dije…") and scare quotes (another "asesor") stay.
 */
const REPORTING = /(?:^|[^\p{L}])(?:said|says|told me(?: to)?|texted(?: me)?|wrote(?: to me)?|messaged(?: me)?|replied|answered|shouted|yelled|screamed|called me|goes|reckons|claims|dicen?|(?:me )?(?:dij|escribi|contest|respondi|grit|mand|pus|solt|llam|trat)(?:[oó]|eron)(?: de)?)[,:]?(?: [\p{L}']+){0,3}\s*[:,]?\s*$/iu;
/** ...not when the customer is the one who said it ("I said", "I told him", "yo le dije") */
const SAID_BY_ME = /(?:^|[^\p{L}])(?:i|i've|ive|yo)\s+(?:\p{L}+\s+){0,1}(?:said|says|told|texted|wrote|messaged|replied|answered|shouted|yelled|screamed|called)\b/iu;
/** the quote mark that closes one opened by c (" “ « ' ‘), or -1 */
function closingOf(c: number): number {
  if (c === 0x22 || c === 0x27) return c;
  if (c === 0x201c) return 0x201d;
  if (c === 0xab) return 0xbb;
  if (c === 0x2018) return 0x2019;
  return -1;
}
/** a space, a colon or "(" before a single quote: it opens a quotation there */
function opensAfter(c: number): boolean {
  return c === 0x3a || c === 0x28 || isSpace(c);
}
/** the longest quotation cut out; a longer one is more likely a stray quote mark */
const QUOTE_MAX = 400;
/** how far before a quotation its verb of saying is looked for */
const VERB_REACH = 60;

export function withoutReportedSpeech(text: string, ranges: Range[]): Range[] {
  // (native searches first: most messages have no quotation mark at all)
  if (text.indexOf('"') < 0 && text.indexOf("'") < 0 && text.indexOf('\u201c') < 0 && text.indexOf('\u00ab') < 0 && text.indexOf('\u2018') < 0) return ranges;
  let out: Range[] | null = null;
  for (let r = 0; r < ranges.length; r++) {
    const [from, to] = ranges[r];
    let pieceStart = from;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const close = closingOf(c);
      if (close < 0) {
        i++;
        continue;
      }
      // an apostrophe inside a word ("don't") opens nothing: a single quote must follow a space or a colon
      if ((c === 0x27 || c === 0x2018) && i > from && !opensAfter(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      let j = i + 1;
      const limit = Math.min(to, i + QUOTE_MAX);
      while (j < limit && text.charCodeAt(j) !== close) j++;
      // a closing single quote must end a word's run ("'go to hell'." yes, "'don't" no)
      if (j >= limit || ((close === 0x27 || close === 0x2019) && j + 1 < to && /\p{L}/u.test(text[j + 1]!))) {
        i++;
        continue;
      }
      const before = text.slice(Math.max(from, i - VERB_REACH), i);
      if (REPORTING.test(before) && !SAID_BY_ME.test(before)) {
        out ??= ranges.slice(0, r);
        if (i > pieceStart) out.push([pieceStart, i]);
        pieceStart = j + 1;
      }
      i = j + 1;
    }
    if (out !== null && pieceStart < to) out.push([pieceStart, to]);
  }
  return out ?? ranges;
}
