import { describe, expect, it } from 'vitest';
import { withTeamTerms } from '../../../src/classify/team-terms.ts';
import { createClassifier } from '../../../src/classify/classifier.ts';
import { loadLexicons } from '../../../src/cli/load-lexicons.ts';

const base = loadLexicons();
const team = (es: unknown[] = [], en: unknown[] = []) => ({ es, en }) as never;

describe("the team's own lexicon terms", () => {
  it('a team term raises its flag; its exception leaves it alone', () => {
    const c = createClassifier(withTeamTerms(base, team([{ category: 'insult', term: 'patatero', weight: 0.9, exceptions: ['patatero oficial'], note: 'jerga del equipo' }])));
    expect(c.classify('Eres un patatero, no sabes nada.').flags).toContain('insult');
    expect(c.classify('Quiero el modelo patatero oficial.').flags).not.toContain('insult');
    // the bundled lexicons still work
    expect(c.classify('Sois unos inútiles.').flags).toContain('insult');
  });

  it('a team row replaces the bundled row with the same term (a product called "Garbage" is no insult there)', () => {
    expect(createClassifier(base).classify('You are garbage.').flags).toContain('insult');
    const c = createClassifier(withTeamTerms(base, team([], [{ category: 'insult', term: 'garbage', weight: 0, note: 'our product line' }])));
    expect(c.classify('You are garbage.').flags).not.toContain('insult');
  });

  it('no team terms: the sources are the bundled ones', () => {
    expect(withTeamTerms(base, team())).toEqual(base);
  });
});
