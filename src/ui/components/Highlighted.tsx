import type { StoredMessage } from '../../messaging/protocol.ts';
import type { Translate } from '../shared/i18n.ts';

interface Span {
  start: number;
  end: number;
  kind: string;
  title: string;
}

/**
 * The message text with the words that triggered a flag marked. Text is rendered as text nodes only: a
 * customer's "<script>" stays five harmless characters.
 */
export function Highlighted({ message, t }: { message: StoredMessage; t: Translate }) {
  const a = message.assessment;
  const text = message.text;
  if (!a) return <p class="msg-text">{text}</p>;
  const spans: Span[] = [
    ...a.evidence.map((e) => ({ start: e.start, end: e.end, kind: e.flag, title: `${t(`flag_${e.flag}`)} — ${t('whyFlag', e.reason)}` })),
    ...a.cues.map((c) => ({ start: c.start, end: c.end, kind: 'anger', title: c.term })),
  ]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const parts: (string | preact.JSX.Element)[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue; // overlapping spans: the first (widest) wins
    if (s.start > pos) parts.push(text.slice(pos, s.start));
    parts.push(
      <mark class={`hl hl-${s.kind}`} data-flag={s.kind} title={s.title}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    pos = s.end;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  return <p class="msg-text">{parts}</p>;
}
