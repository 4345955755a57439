import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/classify/classifier.ts';
import { compactLexicon, formatLexicon, notesShown, parseLexicon, shownNote, sortRows } from '../../../src/classify/lexicon-format.ts';
import { LEXICON_DIR } from '../../../src/cli/load-lexicons.ts';

const files = (['es', 'en'] as const).flatMap((lang) =>
  readdirSync(join(LEXICON_DIR, lang))
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => ({ lang, name: f.slice(0, -4), path: join(LEXICON_DIR, lang, f) })),
);

describe('lexicon files are data a team lead can edit', () => {
  it('every rule category exists in both languages', () => {
    for (const lang of ['es', 'en']) for (const c of CATEGORIES) expect(files.some((f) => f.lang === lang && f.name === c), `${lang}/${c}.tsv`).toBe(true);
  });

  it('a note the agent sees is a gloss, not a remark for the file\'s editors (those go after a ";")', () => {
    // an editor's remark shown as a flag's reason misleads: "court alone is often a place" on a real threat
    const remark = /^(also|not|alone|often|usually|never|a verb|[a-z]+ alone)\b/i;
    for (const f of files) {
      const min = notesShown(f.name);
      if (min === false) continue;
      for (const r of parseLexicon(readFileSync(f.path, 'utf8')).rows) {
        if (r.weight >= min) expect(shownNote(r.note), `${f.lang}/${f.name}.tsv: ${r.term}`).not.toMatch(remark);
      }
    }
  });

  for (const f of files) {
    it(`${f.lang}/${f.name}.tsv: format(parse(file)) gives the file back, sorted and unique`, () => {
      const text = readFileSync(f.path, 'utf8');
      const parsed = parseLexicon(text);
      expect(formatLexicon(parsed)).toBe(text);
      expect(parsed.rows.map((r) => r.term)).toEqual(sortRows(parsed.rows).map((r) => r.term));
      expect(new Set(parsed.rows.map((r) => r.term)).size).toBe(parsed.rows.length);
      expect(parsed.rows.length).toBeGreaterThan(0);
      // the extension ships the file compacted (vite.config.ts): the same rows, no comment left
      const noteMin = notesShown(f.name);
      const shipped = compactLexicon(text, noteMin);
      expect(shipped.startsWith('#')).toBe(false);
      const shown = (r: { weight: number }) => noteMin !== false && r.weight >= noteMin;
      // (grouped by weight: the same rows in another order)
      expect(sortRows(parseLexicon(shipped).rows)).toEqual(parsed.rows.map((r) => ({ ...r, note: shown(r) ? shownNote(r.note) : '' })));
    });
  }

  it('every @class a phrase uses has its class file', () => {
    for (const f of files.filter((x) => !x.name.startsWith('class-'))) {
      for (const r of parseLexicon(readFileSync(f.path, 'utf8')).rows) {
        for (const tok of r.term.split(' ').filter((t) => t.startsWith('@'))) {
          expect(files.some((x) => x.lang === f.lang && x.name === `class-${tok.slice(1)}`), `${f.lang}/${f.name}: ${r.term}`).toBe(true);
        }
      }
    }
  });

  it('a malformed row is refused with its line number', () => {
    expect(() => parseLexicon('term\tweight\texcept\tnote\nidiota\t2\t\t\n')).toThrow(/line 2: weight/);
    expect(() => parseLexicon('term\tweight\texcept\tnote\nIdiota\t1\t\t\n')).toThrow(/line 2: term/);
    expect(() => parseLexicon('# a comment\nNope\n')).toThrow(/line 2: term/);
    expect(() => parseLexicon('term\tweight\texcept\tnote\nidiota\t1\t\t\textra\n')).toThrow(/line 2: at most 4 tab-separated columns/);
    expect(() => parseLexicon('term\tweight\texcept\tnote\nidiota\t\n')).toThrow(/line 2: weight/);
  });

  it('a source row may leave out empty trailing columns and a weight of 1', () => {
    const rows = parseLexicon('term\tweight\texcept\tnote\nidiota\nlento\t.4\npolla\t1\tpolla gol\n').rows;
    expect(rows).toEqual([
      { term: 'idiota', weight: 1, except: [], note: '' },
      { term: 'lento', weight: 0.4, except: [], note: '' },
      { term: 'polla', weight: 1, except: ['polla gol'], note: '' },
    ]);
  });

  it('a shipped file groups its rows by weight, heaviest first, each row without its weight', () => {
    const shipped = compactLexicon('# c\nterm\tweight\texcept\tnote\nidiota\t1\t\t\nlento\t0.4\t\t\npolla\t1\tpolla gol\t\nx\t0.4\t\tnote\n');
    expect(shipped).toBe('=1\nidiota\npolla\tpolla gol\n=.4\nlento\nx\t\tnote\n');
    expect(parseLexicon(shipped).rows).toEqual([
      { term: 'idiota', weight: 1, except: [], note: '' },
      { term: 'polla', weight: 1, except: ['polla gol'], note: '' },
      { term: 'lento', weight: 0.4, except: [], note: '' },
      { term: 'x', weight: 0.4, except: [], note: 'note' },
    ]);
    expect(() => parseLexicon('=2\nidiota\n')).toThrow(/line 2: weight/);
  });
});
