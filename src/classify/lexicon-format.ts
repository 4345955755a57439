import type { LexiconRow } from './types.ts';
import { INSULT_MIN, VULGARITY_MIN } from './tunables.ts';

/**
 * The lexicon TSV format, shared by the classifier, the tests and team-lead imports.
 *
 *   # optional comment lines
 *   term	weight	except	note
 *   <rows, sorted by term, unique>
 *
 * `format(parse(text)) === text` for every well-formed file (a unit test checks each file).
 *
 * The extension ships each file compacted (`compactLexicon`): no comments and no header, and a row's empty trailing
 * columns left out, with a weight of 1 left out too when nothing follows it (class files are then bare words) and a
 * weight's leading zero dropped. The parser reads both forms: a missing weight is 1, missing exceptions and note are
 * empty. (A source file without its header parses as compact; the round-trip test catches it.)
 */
export const LEXICON_HEADER = 'term\tweight\texcept\tnote';

export interface LexiconFile {
  comments: string[];
  rows: LexiconRow[];
}

export class LexiconError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const TERM = /^[a-z0-9ñ@*~]+( [a-z0-9ñ@*~_-]+)*$/;

export function parseLexicon(text: string): LexiconFile {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const comments: string[] = [];
  let i = 0;
  while (i < lines.length && lines[i].startsWith('#')) comments.push(lines[i++]);
  // the header starts a source file; a shipped (compact) file has none
  if (lines[i] === LEXICON_HEADER) i++;
  const rows: LexiconRow[] = [];
  for (; i < lines.length; i++) {
    const cols = lines[i].split('\t');
    if (cols.length > 4) throw new LexiconError(`at most 4 tab-separated columns (term, weight, except, note), got ${cols.length}`, i + 1);
    const [term, w = '1', except = '', note = ''] = cols;
    if (!TERM.test(term)) throw new LexiconError(`term "${term}" is not normalised`, i + 1);
    const weight = Number(w);
    if (w === '' || !Number.isFinite(weight) || weight < 0 || weight > 1) {
      throw new LexiconError(`weight "${w}" must be a number from 0 to 1`, i + 1);
    }
    rows.push({ term, weight, except: except === '' ? [] : except.split(','), note });
  }
  return { comments, rows };
}

export function formatLexicon(file: LexiconFile): string {
  const out = [...file.comments, LEXICON_HEADER];
  for (const r of file.rows) out.push([r.term, String(r.weight), r.except.join(','), r.note].join('\t'));
  return out.join('\n') + '\n';
}

/** Sorted by plain code-unit order, unique terms: what a team lead's edit must keep. */
export function sortRows(rows: LexiconRow[]): LexiconRow[] {
  return [...rows].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/**
 * The file without its leading comment lines: what the extension ships (the comments are for the people who edit
 * the files; the parser skips them anyway, and they are a tenth of the lexicons' weight).
 */
export function withoutComments(text: string): string {
  let i = 0;
  while (text.startsWith('#', i)) {
    const nl = text.indexOf('\n', i);
    if (nl === -1) return '';
    i = nl + 1;
  }
  return text.slice(i);
}

/**
 * Lexicon categories whose notes reach the agent: a flag's evidence carries the note of the row that raised it as its
 * reason (a gloss: "MX: idiot", "UK: Financial Conduct Authority"). The notes of the other files are for the people who
 * edit them (why a weight or an exception: "'compré hace un mes' dice cuándo, no presiona"); the agent sees the
 * rule's own reason instead ("repeat contact or time pressure").
 */
const NOTES_SHOWN: Record<string, number> = { vulgarity: VULGARITY_MIN, insult: INSULT_MIN, legal: 0, threat: 0 };

/**
 * Which notes of lexicon file `name` (e.g. "insult", "class-you") the extension needs: those of rows weighing at
 * least the number returned (a lighter swear word or epithet never raises its flag alone, so its note is never a
 * reason), or none (false).
 */
export function notesShown(name: string): number | false {
  return NOTES_SHOWN[name] ?? false;
}

/**
 * The part of a note the agent sees: the gloss before the first ";" ("es-ES: hick"). What follows is for the people
 * who edit the file ("also a triangle leg", "the Wankel engine is excepted"), and so is a note that only says where
 * the word is used ("AR", "es-ES").
 */
export function shownNote(note: string): string {
  const semi = note.indexOf(';');
  const gloss = semi === -1 ? note : note.slice(0, semi).trimEnd();
  // where a word is said ("AR", "es-ES MX") explains nothing on its own: the rule's reason says more
  return REGIONS_ONLY.test(gloss) ? '' : gloss;
}
const REGIONS_ONLY = /^(?:[A-Z]{2}|es-ES)(?:[ ,/]+(?:[A-Z]{2}|es-ES))*$/;

/**
 * What the extension ships: the file without its comments and header, each row without its empty trailing columns
 * and without a weight of 1 that ends it (a class file becomes a list of words), a weight's leading zero dropped
 * (".85"); notes cut to what the agent sees (`shownNote`), only for rows whose note can be shown (`notesShown`).
 * `parseLexicon` gives the same rows back, with those notes.
 */
export function compactLexicon(text: string, keepNotes: boolean | number = true): string {
  const noteMin = keepNotes === true ? 0 : keepNotes === false ? Infinity : keepNotes;
  const lines = withoutComments(text).split('\n');
  if (lines[0] === LEXICON_HEADER) lines.shift();
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    const cols = l.split('\t');
    if (cols.length === 4) l = Number(cols[1]) >= noteMin ? [cols[0], cols[1], cols[2], shownNote(cols[3])].join('\t') : cols.slice(0, 3).join('\t');
    while (l.endsWith('\t')) l = l.slice(0, -1);
    if (l.endsWith('\t1') && l.indexOf('\t') === l.length - 2) l = l.slice(0, -2);
    // "0.85" → ".85" (Number reads both)
    const tab = l.indexOf('\t');
    if (tab >= 0 && l.startsWith('0.', tab + 1)) l = l.slice(0, tab + 1) + l.slice(tab + 2);
    lines[i] = l;
  }
  return lines.join('\n');
}
