import { Component } from 'preact';
import type { StoredMessage } from '../../messaging/protocol.ts';
import type { Translate } from '../shared/i18n.ts';
import { Highlighted } from './Highlighted.tsx';

const TONE_ICON = { calm: '○', frustrated: '◐', angry: '●' } as const;

interface Props {
  message: StoredMessage;
  latest: boolean;
  t: Translate;
}

/** What decides how a message looks: each new state arrives as a fresh copy over the port, so compare by content. */
function sameLook(a: StoredMessage, b: StoredMessage): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.text !== b.text || a.time !== b.time || a.truncated !== b.truncated) return false;
  const x = a.assessment;
  const y = b.assessment;
  if (!x || !y) return x === y;
  return x.tone === y.tone && x.flags.join() === y.flags.join() && x.evidence.length === y.evidence.length && x.cues.length === y.cues.length;
}

/**
 * One customer message. A long ticket re-renders on every new message; unchanged messages skip their render
 * (time formatting and highlighting are the panel's main cost on a 150-message ticket).
 */
export class MessageItem extends Component<Props> {
  shouldComponentUpdate(next: Props): boolean {
    return next.latest !== this.props.latest || next.t !== this.props.t || !sameLook(next.message, this.props.message);
  }
  render() {
    return <MessageView {...this.props} />;
  }
}

function MessageView({ message, latest, t }: Props) {
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
