// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { memorySettings } from '../../../src/settings/snapshot.ts';
import { Options } from '../../../src/ui/options/Options.tsx';

const i18n = { locale: 'en' as const, t: (k: string, s?: string | string[]) => [k, ...(Array.isArray(s) ? s : s === undefined ? [] : [s])].join(' ') };
const field = (path: string) => document.getElementById(`f-${path.replace(/\./g, '-')}`) as HTMLInputElement;

afterEach(cleanup);

describe('options page', () => {
  it('shows a locked limit disabled, with its managed value and the organisation note', async () => {
    const c = memorySettings({ version: 2, limits: { time: { ticketMinutes: 20 } } }, { version: 2, limits: { time: { ticketMinutes: 45 } }, locked: ['limits.time.ticketMinutes'] });
    render(<Options connector={c} i18n={i18n} />);
    await waitFor(() => expect(field('limits.time.ticketMinutes')).toBeTruthy());
    expect(field('limits.time.ticketMinutes').disabled).toBe(true);
    expect(field('limits.time.ticketMinutes').value).toBe('45');
    expect(field('limits.time.ticketMinutes').getAttribute('aria-describedby')).toContain('locked');
    expect(document.querySelector('[data-field="limits.time.ticketMinutes"] [data-testid="locked-note"]')?.textContent).toContain('opt_lockedByOrg');
    expect(field('limits.time.requesterMinutes').disabled).toBe(false);
  });

  it('saves a change; an out-of-range value is refused naming the field and nothing is stored', async () => {
    const c = memorySettings();
    render(<Options connector={c} i18n={i18n} />);
    await waitFor(() => expect(field('limits.complexity.messages')).toBeTruthy());
    fireEvent.input(field('limits.complexity.messages'), { target: { value: '9999' } });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('notice').getAttribute('data-field')).toBe('limits.complexity.messages'));
    expect(c.stored()).toBeUndefined();
    expect(field('limits.complexity.messages').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(field('limits.complexity.messages'), { target: { value: '60' } });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('notice').getAttribute('data-kind')).toBe('ok'));
    expect((c.stored() as { limits: { complexity: { messages: number } } }).limits.complexity.messages).toBe(60);
  });

  it('refuses a value outside the team bounds', async () => {
    const c = memorySettings(undefined, { version: 2, bounds: { time: { ticketMinutes: { min: 10, max: 40 } } } });
    render(<Options connector={c} i18n={i18n} />);
    await waitFor(() => expect(field('limits.time.ticketMinutes')).toBeTruthy());
    expect(field('limits.time.ticketMinutes').max).toBe('40');
    fireEvent.input(field('limits.time.ticketMinutes'), { target: { value: '100' } });
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('opt_outsideTeam 10 40'));
    expect(c.stored()).toBeUndefined();
  });

  it('the preview follows the edited settings', async () => {
    const c = memorySettings();
    render(<Options connector={c} i18n={i18n} />);
    await waitFor(() => expect(screen.getByTestId('preview')).toBeTruthy());
    const crossed = () => [...screen.getByTestId('preview').querySelectorAll(':scope > li')].map((li) => li.getAttribute('data-crossed')).join('|');
    expect(crossed()).toContain('hostility.messages');
    fireEvent.input(field('limits.hostility.messages'), { target: { value: '6' } });
    expect(crossed()).not.toContain('hostility.messages');
  });

  it('the summary names the limits', async () => {
    render(<Options connector={memorySettings({ version: 2, limits: { time: { ticketMinutes: 25 } } })} i18n={i18n} />);
    await waitFor(() => expect((screen.getByTestId('summary') as HTMLTextAreaElement).value).toContain('25 active minutes'));
  });
});
