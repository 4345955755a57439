import type { LexiconRow } from './types.ts';
import { INSULT_MIN } from './tunables.ts';

/**
 * The lexicon TSV format, shared by the classifier, the tests and team-lead imports.
 *
 *   # optional comment lines
 *   term	weight	except	note
 *   <rows, sorted by term, unique>
 *
 * `format(parse(text)) === text` for every well-formed file (a unit test checks each file).
 *
 * The extension ships each file compacted (`compactLexicon`): no comments and no header, the rows grouped by weight
 * under a line "=<weight>" (leading zero dropped: "=.85"), each row then "term[\texcept[\tnote]]" with its empty
 * trailing columns left out. Grouping saves a twelfth of the lexicons' gzip size: the same weight written on every
 * row compresses worse than one line per weight. The parser reads both forms: in a source row a missing weight is
 * 1; missing exceptions and note are empty. (A source file without its header parses as compact; the round-trip
 * test catches it.)
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
  // the weight of the group being read in a shipped file ("=.85"), undefined in a source file
  let group: string | undefined;
  for (; i < lines.length; i++) {
    if (lines[i].startsWith('=')) {
      group = lines[i].slice(1);
      continue;
    }
    const cols = lines[i].split('\t');
    if (group !== undefined) cols.splice(1, 0, group);
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
 * rule's own reason instead ("repeat contact or time pressure"). A swear word is "palabrota" / "profanity" whatever
 * its note says (a regional gloss: "AR: killjoy, snitch"): those notes cost 586 B of the size budget for a hover title.
 */
const NOTES_SHOWN: Record<string, number> = { insult: INSULT_MIN, legal: 0, threat: 0 };

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
 * What the extension ships: the file without its comments and header, its rows grouped by weight (heaviest first, in
 * file order within a group) under a line "=<weight>" with the leading zero dropped ("=.85"), each row without its
 * weight and without its empty trailing columns (a class file becomes "=1" and a list of words); notes cut to what the
 * agent sees (`shownNote`), only for rows whose note can be shown (`notesShown`). `parseLexicon` gives the same rows
 * back, in that order, with those notes.
 */
export function compactLexicon(text: string, keepNotes: boolean | number = true): string {
  const noteMin = keepNotes === true ? 0 : keepNotes === false ? Infinity : keepNotes;
  const groups = new Map<number, string[]>();
  for (const r of parseLexicon(withoutComments(text)).rows) {
    let l = [r.term, r.except.join(','), r.weight >= noteMin ? shownNote(r.note) : ''].join('\t');
    while (l.endsWith('\t')) l = l.slice(0, -1);
    const g = groups.get(r.weight);
    if (g) g.push(l);
    else groups.set(r.weight, [l]);
  }
  let out = '';
  for (const w of [...groups.keys()].sort((a, b) => b - a)) out += `=${String(w).replace(/^0\./, '.')}\n${groups.get(w)!.join('\n')}\n`;
  return out;
}
