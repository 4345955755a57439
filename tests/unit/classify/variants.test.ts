import { describe, expect, it } from 'vitest';
import { withChatSpellings } from '../../../src/classify/variants.ts';
import { classify } from './helpers.ts';

const row = (term: string, except: string[] = []) => ({ term, weight: 0.7, except, note: 'n' });

describe('Spanish chat spellings are made when the lexicons load', () => {
  it('adds the form without ñ and with "q", keeps weight, note and exceptions, never replaces a row', () => {
    const rows = withChatSpellings('impatience', [row('mañana mismo', ['pasado mañana mismo']), row('hace ~ @plazo que'), row('año'), row('dueño'), row('dueno')]);
    expect(rows.map((r) => r.term)).toEqual(['mañana mismo', 'hace ~ @plazo que', 'año', 'dueño', 'dueno', 'manana mismo', 'hace ~ @plazo q']);
    expect(rows.find((r) => r.term === 'manana mismo')).toMatchObject({ weight: 0.7, note: 'n', except: ['pasado manana mismo'] });
  });
  it('word classes get the form without ñ but no "q" form', () => {
    expect(withChatSpellings('class-staff', [row('compañer*'), row('lo que')]).map((r) => r.term)).toEqual(['compañer*', 'lo que', 'companer*']);
  });
  it('the classifier reads both spellings', () => {
    expect(classify('hace una semana q estoy escribiendo por lo mismo').flags).toContain('impatience');
    expect(classify('esto es un conazo').flags).toContain('vulgarity');
    expect(classify('si vuelvo a ir te voy a apunalar').flags).toContain('physical_threat');
  });
});
