import type { StoredMessage } from '../../messaging/protocol.ts';
import type { Translate } from '../shared/i18n.ts';
import { Highlighted } from './Highlighted.tsx';

const TONE_ICON = { calm: '○', frustrated: '◐', angry: '●' } as const;

export function MessageItem({ message, latest, t }: { message: StoredMessage; latest: boolean; t: Translate }) {
  const a = message.assessment;
  const tone = a?.tone ?? 'calm';
  const flags = a?.flags ?? [];
  const when = message.time ? new Date(message.time) : null;
  return (
    <li class={`msg tone-${tone}${latest ? ' latest' : ''}`} data-testid="message" data-tone={tone} data-flags={flags.join(' ')} data-id={message.id}>
      <div class="msg-head">
        <span class={`chip tone tone-${tone}`}>
          <span aria-hidden="true">{TONE_ICON[tone]}</span> {t(`tone_${tone}`)}
        </span>
        {flags.map((f) => (
          <span class={`chip flag flag-${f}`} key={f}>
            {t(`flag_${f}`)}
          </span>
        ))}
        {latest && <span class="chip latest-chip">{t('latest')}</span>}
        {when && !Number.isNaN(when.getTime()) && (
          <time class="msg-time" dateTime={message.time!}>
            {when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
          </time>
        )}
      </div>
      <Highlighted message={message} t={t} />
      {message.truncated && <p class="note">{t('truncated')}</p>}
    </li>
  );
}
