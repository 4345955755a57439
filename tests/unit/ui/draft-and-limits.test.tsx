// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/coach/draft.ts';
import { DraftCheck } from '../../../src/ui/components/DraftCheck.tsx';
import { LimitNote } from '../../../src/ui/components/LimitNote.tsx';
import { classifier } from '../classify/helpers.ts';

const strings: Record<string, string> = {
  draftCheckTitle: 'Before you send',
  draftCheckNote: 'Only a suggestion',
  limitCrossedTitle: 'You have crossed your limit',
  limitCrossedValue: '$1 (your limit: $2)',
  opt_limit_hostility_messages: 'Hostile messages',
};
const t = (k: string, s?: string | string[]) => {
  const subs = Array.isArray(s) ? s : s === undefined ? [] : [s];
  return (strings[k] ?? '').replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
};

afterEach(cleanup);

describe('draft check in the panel', () => {
  it('one note per kind, quoting the agent’s words as text, in the panel’s language', () => {
    const draft = 'COMO YA LE DIJE, ESTO NO ES CULPA NUESTRA!!! <img src=x onerror=alert(1)>';
    const findings = checkDraft(draft, { classifier });
    expect(findings.length).toBeGreaterThan(0);
    render(<DraftCheck findings={findings} locale="es" t={t} />);
    const box = document.querySelector('[data-testid="draft-check"]')!;
    const kinds = [...box.querySelectorAll('li')].map((li) => li.getAttribute('data-kind'));
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toContain('shouting');
    expect(box.textContent).toContain('Before you send');
    expect(box.querySelector('img')).toBeNull(); // the draft is shown as text
  });
  it('nothing to say: nothing rendered', () => {
    render(<DraftCheck findings={checkDraft('Gracias por su paciencia, ya está solucionado.', { classifier })} locale="es" t={t} />);
    expect(document.querySelector('[data-testid="draft-check"]')).toBeNull();
  });
});

describe('limit note on the escalation card', () => {
  it('names the limit in the options page’s words and says by how much', () => {
    render(<LimitNote limits={[{ limit: 'hostility', value: 3, threshold: 2, name: 'hostility.messages' }]} t={t} />);
    const li = document.querySelector('[data-testid="limit-crossed"] li')!;
    expect(li.getAttribute('data-limit')).toBe('hostility.messages');
    expect(li.textContent).toBe('Hostile messages: 3 (your limit: 2)');
  });
  it('an unnamed crossing still says which family', () => {
    render(<LimitNote limits={[{ limit: 'time', value: 45, threshold: 30 }]} t={t} />);
    expect(document.querySelector('[data-testid="limit-crossed"] li')!.textContent).toContain('time');
  });
});
