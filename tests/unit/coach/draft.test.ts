import { describe, expect, it } from 'vitest';
import { checkDraft, DRAFT_KINDS, type DraftKind } from '../../../src/coach/draft.ts';
import { DRAFT_ADVICE } from '../../../src/coach/playbook/index.ts';
import { classifier } from '../classify/helpers.ts';

const kinds = (text: string) => [...new Set(checkDraft(text, { classifier }).map((f) => f.kind))].sort();

/** [kind, draft, the span that should be marked] */
type Row = [DraftKind, string, string];
const FLAGS: Record<'en' | 'es', Row[]> = {
  en: [
    ['retaliation', 'You are an idiot.', 'idiot'],
    ['retaliation', 'Honestly, that is not my problem.', 'not my problem'],
    ['retaliation', 'Calm down and read the email.', 'Calm down'],
    ['sarcasm', 'As I already said, the refund takes five days.', 'As I already said'],
    ['sarcasm', 'Obviously the order was shipped.', 'Obviously'],
    ['sarcasm', 'Did you even read my last message?', 'Did you even read'],
    ['shouting', 'I HAVE TOLD YOU THIS ALREADY', 'I HAVE TOLD YOU THIS ALREADY'],
    ['shouting', 'Your order has shipped!!!', '!!!'],
    ['shouting', 'The refund is DONE AND CANNOT BE REVERSED now.', 'DONE AND CANNOT BE REVERSED'],
    ['blame', 'You should have read the terms before buying.', 'You should have'],
    ['blame', 'That is your fault, not ours.', 'your fault'],
    ['blame', 'You failed to attach the invoice.', 'You failed to'],
  ],
  es: [
    ['retaliation', 'Es usted un imbécil.', 'imbécil'],
    ['retaliation', 'Cállese y escúcheme.', 'Cállese'],
    ['retaliation', 'Si no le gusta, búsquese la vida.', 'Si no le gusta'],
    ['sarcasm', 'Como ya le dije, el reembolso tarda cinco días.', 'Como ya le dije'],
    ['sarcasm', 'Evidentemente, el pedido ya salió.', 'Evidentemente'],
    ['sarcasm', '¿Acaso no lee los correos?', 'Acaso no lee'],
    ['shouting', 'YA SE LO HE EXPLICADO VARIAS VECES', 'YA SE LO HE EXPLICADO VARIAS VECES'],
    ['shouting', '¡¡¡Su pedido ya está en camino!!!', '¡¡¡'],
    ['blame', 'Es culpa suya por no revisar la dirección.', 'Es culpa suya'],
    ['blame', 'Usted no leyó las condiciones.', 'Usted no leyó'],
    ['blame', 'Debería haber llamado antes.', 'Debería haber'],
  ],
};

const LEAVES_ALONE: Record<'en' | 'es', string[]> = {
  en: [
    'I understand how frustrating this is, and I am sorry.',
    'You should have received a confirmation email by now.',
    'You should have the refund by Friday.',
    'Please send the PDF and the URL to our API team.',
    'Thanks!! That helps.',
    'As I mentioned in my first reply, I have already escalated this.',
    "Here is what I'll do next: check the order and call you back.",
  ],
  es: [
    'Entiendo lo frustrante que es, y lo siento.',
    'Debería haber recibido un correo de confirmación.',
    'Le envío el PDF con el número de pedido y el DNI.',
    '¡Gracias! Me ayuda mucho.',
    'No es culpa suya en absoluto; el error fue nuestro.',
    'Si no le llega mañana, escríbame y lo reviso.',
    'Lo siguiente que haré es revisar el pedido y llamarle.',
  ],
};

describe('draft checker', () => {
  for (const lang of ['en', 'es'] as const) {
    describe(`flags (${lang})`, () => {
      it.each(FLAGS[lang])('%s: %s', (kind, text, span) => {
        const hit = checkDraft(text, { classifier }).find((f) => f.kind === kind);
        expect(hit, kinds(text).join()).toBeDefined();
        expect(hit!.text).toBe(span);
        expect(text.slice(hit!.start, hit!.end)).toBe(span);
        expect(hit!.suggestion).toBe(kind);
      });
    });
    describe(`leaves alone (${lang})`, () => {
      it.each(LEAVES_ALONE[lang])('%s', (text) => {
        expect(kinds(text)).toEqual([]);
      });
    });
  }

  it('works without a classifier (phrases and shouting only)', () => {
    expect(checkDraft('Obviously YOU ARE NOT LISTENING TO ME').map((f) => f.kind).sort()).toEqual(['sarcasm', 'shouting']);
  });

  it('every finding has advice in both languages', () => {
    for (const locale of ['es', 'en'] as const) for (const k of DRAFT_KINDS) expect(DRAFT_ADVICE[locale][k].tip.length).toBeGreaterThan(20);
  });
});
