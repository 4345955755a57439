import { describe, expect, it } from 'vitest';
import { collapseRuns, foldChar } from '../../../src/classify/fold.ts';
import { ownTextRanges } from '../../../src/classify/quoted.ts';
import { tokenize } from '../../../src/classify/tokenize.ts';
import { classify, flagsOf } from './helpers.ts';

const norms = (s: string) => tokenize(s, [[0, s.length]]).tokens.map((t) => t.norm);
const own = (s: string) => ownTextRanges(s).map(([a, b]) => s.slice(a, b)).join('\n');

describe('normalisation steps', () => {
  it('folds case and accents but keeps ñ (año is not ano)', () => {
    expect(norms('ÁRBOL Canción año Ñandú')).toEqual(['arbol', 'cancion', 'año', 'ñandu']);
    expect(foldChar('ñ'.codePointAt(0)!)).toBe('ñ');
  });
  it('reads leetspeak and symbols inside words', () => {
    expect(norms('p3nd3j0 m!erda $hit')).toEqual(['pendejo', 'mierda', 'shit']);
  });
  it('shortens elongated letters, keeping a two-letter spelling to try', () => {
    const [t] = tokenize('inútiiiiil', [[0, 10]]).tokens;
    expect(t.norm).toBe('inutil');
    expect(collapseRuns('asssss', 2)).toBe('ass');
    expect(collapseRuns('carro', 1)).toBe('carro');
  });
  it('ignores zero-width and direction characters inside words', () => {
    expect(norms('idi\u200bota est\u200e\u200fúpido')).toEqual(['idiota', 'estupido']);
  });
  it('reads look-alike letters and compatibility forms', () => {
    expect(norms('іdіоt 𝐢𝐝𝐢𝐨𝐭𝐚 ｉｄｉｏｔａ')).toEqual(['idiot', 'idiota', 'idiota']);
  });
  it('reads a sentence spelled out letter by letter, words set apart by wider gaps', () => {
    const s = 'e r e s   u n   i d i o t a';
    const r = classify(s);
    expect(r.flags).toContain('insult');
    expect(r.evidence.some((e) => s.slice(e.start, e.end) === 'i d i o t a')).toBe(true);
    // letters with even gaps stay one word; a few short words in a row are left alone
    expect(flagsOf('m i e r d a')).toContain('vulgarity');
    expect(flagsOf('plan A y B o C a  elegir')).toEqual([]);
  });
  it('gives each rule on each span once, even when both languages know the word', () => {
    const ev = classify('eres un idiota').evidence.map((e) => `${e.flag} ${e.rule} ${e.start}-${e.end}`);
    expect(ev.length).toBeGreaterThan(0);
    expect(new Set(ev).size).toBe(ev.length);
  });
  it('reads a comma between digits as a thousands separator, not the end of a clause', () => {
    for (const fast of [true, false]) {
      const s = 'if the £1,240 is, not';
      const clauses = tokenize(s, [[0, s.length]], undefined, fast).tokens.map((t) => t.clause);
      expect(clauses).toEqual([0, 0, 0, 0, 0, 1]);
    }
  });
  it('keeps spans in the original text', () => {
    const s = '¡Hola, INÚTIL!';
    const t = tokenize(s, [[0, s.length]]).tokens[1];
    expect(s.slice(t.start, t.end)).toBe('INÚTIL');
    expect(t.caps).toBe(true);
  });
});

describe('quoted history and signatures never count', () => {
  it('drops ">" lines', () => {
    expect(own('Sigue sin llegar.\n> eres un idiota\n> dijo')).toBe('Sigue sin llegar.');
  });
  it('cuts at "El … escribió:" and "On … wrote:"', () => {
    expect(own('Gracias.\n\nEl lun, 3 mar 2025 a las 10:12, Soporte <s@x.com> escribió:\nmierda').trim()).toBe('Gracias.');
    expect(own('Thanks.\nOn Mon, Mar 3, 2025 at 10:12 AM Support <s@x.com>\nwrote:\nshit')).toBe('Thanks.');
  });
  it('cuts forwarded blocks, Outlook headers and device signatures', () => {
    expect(own('Mira esto:\n---------- Forwarded message ---------\nFrom: A')).toBe('Mira esto:');
    expect(own('Ver abajo\nDe: Juan\nEnviado: lunes\nPara: soporte\nidiota')).toBe('Ver abajo');
    expect(own('ok\nEnviado desde mi iPhone')).toBe('ok');
  });
  it('cuts the lines under a sign-off (name, title, phone)', () => {
    expect(own('No llega el pedido.\nSaludos,\nJuan Pérez\nGerente de Compras\nTel. 555 123')).toBe('No llega el pedido.\nSaludos,');
  });
  it('cuts a signature that ends in a legal disclaimer', () => {
    const mail =
      'Could you update my billing address?\n\nMany thanks,\n\nHelen Okafor\nSolicitor | Dispute Resolution\nOkafor Brandt LLP\n14 Bedford Row, London\n\n' +
      'This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; any other use may lead to legal action.';
    expect(own(mail)).toBe('Could you update my billing address?\n\nMany thanks,');
    expect(flagsOf(mail)).toEqual([]);
    const correo = 'Les pido emitir la factura a nombre de la sociedad.\n\nSaludos cordiales,\n\nIgnacio V.\nAbogado\nValdivieso & Cía. Abogados\n\nEste correo y sus adjuntos son confidenciales. Si usted lo recibió por error, notifique al remitente; su uso no autorizado podrá dar lugar a acciones legales.';
    expect(flagsOf(correo)).toEqual([]);
  });
  it('a supervisor in the signature is not an escalation request', () => {
    expect(flagsOf('Please check my order.\nRegards,\nAnna\nShift Supervisor, Acme Ltd')).toEqual([]);
  });
});
