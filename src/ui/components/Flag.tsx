/** Flag a requester as difficult (kept in this browser only) and the banner shown on their next tickets. */
import { useState } from 'preact/hooks';
import { DIFFICULT_TAG, type FlaggedCustomer } from '../../messaging/protocol.ts';
import type { Translate } from '../shared/i18n.ts';
import { CopyButton } from './GuidanceCard.tsx';

export const NOTE_MAX = 500;

export function FlaggedBanner({ flag, t, locale, onUnflag, compact }: { flag: FlaggedCustomer; t: Translate; locale: string; onUnflag?: () => void; compact?: boolean }) {
  const date = new Date(flag.at).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  return (
    <section class="flagged" data-testid="flagged-banner" aria-labelledby="flagged-h">
      <h2 id="flagged-h">
        <span aria-hidden="true">⚑ </span>
        {t('flaggedTitle')}
      </h2>
      <p>
        {flag.ticketId ? t('flaggedWhenTicket', [date, flag.ticketId]) : t('flaggedWhen', date)}
      </p>
      {flag.note && (
        <blockquote class="flag-note" data-testid="flag-note">
          {flag.note}
        </blockquote>
      )}
      {!compact && (
        <>
          <p class="tag-line">
            {t('flaggedTag')} <code data-testid="flag-tag">{DIFFICULT_TAG}</code> <CopyButton text={DIFFICULT_TAG} label={t('copyTag')} t={t} />
          </p>
          {onUnflag && (
            <button type="button" data-testid="unflag" onClick={onUnflag}>
              {t('unflag')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** "Flag this customer": a button that opens a short form with an optional note. */
export function FlagForm({ name, t, onFlag }: { name: string | null; t: Translate; onFlag: (note: string) => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!open) {
    return (
      <button type="button" class="flag-open" data-testid="flag-customer" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⚑ </span>
        {t('flagCustomer')}
      </button>
    );
  }
  return (
    <form
      class="flag-form"
      data-testid="flag-form"
      onSubmit={(e) => {
        e.preventDefault();
        onFlag(note.trim().slice(0, NOTE_MAX));
        setOpen(false);
        setNote('');
      }}
    >
      <p class="note">{name ? t('flagExplainNamed', name) : t('flagExplain')}</p>
      <label for="flag-note">{t('flagNoteLabel')}</label>
      <textarea id="flag-note" data-testid="flag-note-input" rows={3} maxLength={NOTE_MAX} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="row">
        <button type="submit" class="primary-small" data-testid="flag-save">
          {t('flagSave')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
