import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Card } from '../../coach/playbook/index.ts';
import type { Situation } from '../../coach/types.ts';
import type { InsertOutcome } from '../../messaging/protocol.ts';
import type { Channel } from '../../sites/types.ts';
import type { Translate } from '../shared/i18n.ts';

const ICON: Record<Situation, string> = {
  'physical-threat': '⚠',
  'legal-threat': '§',
  'end-conversation': '⊘',
  escalation: '⇧',
  insult: '!',
  vulgarity: '#',
  calming: '~',
  recognition: '✓',
  'cool-down': '○',
};

export function CopyButton({ text, label, t }: { text: string; label: string; t: Translate }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      class="copy"
      aria-label={label}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setDone(true);
          setTimeout(() => setDone(false), 1500);
        } catch {
          setDone(false);
        }
      }}
    >
      {done ? t('copied') : t('copy')}
    </button>
  );
}

/** Insert at the end of the agent's reply; if the editor refuses, copy instead and say how to paste. */
export function InsertButton({ text, t, insert }: { text: string; t: Translate; insert: (text: string) => Promise<InsertOutcome> }) {
  const [state, setState] = useState<'idle' | 'done' | 'copied'>('idle');
  return (
    <>
      <button
        type="button"
        class="insert"
        aria-label={t('insertWording')}
        data-testid="insert"
        onClick={async () => {
          const r = await insert(text);
          if (r.ok) setState('done');
          else {
            await navigator.clipboard.writeText(text).catch(() => undefined);
            setState('copied');
          }
          setTimeout(() => setState('idle'), 4000);
        }}
      >
        {t('insert')}
      </button>
      {state !== 'idle' && (
        <span class="insert-status" role="status" data-testid="insert-status" data-state={state}>
          {state === 'done' ? t('inserted') : t('insertFallback')}
        </span>
      )}
    </>
  );
}

/** `cool-down` wording is for the agent's colleagues, not the customer: copy only, never into the reply. */
export function GuidanceCard(props: {
  situation: Situation;
  card: Card;
  channel: Channel | null;
  open: boolean;
  t: Translate;
  insert?: (text: string) => Promise<InsertOutcome>;
  /** appeared in the latest evaluation */
  fresh?: boolean;
  /** checklist, breathing, record or handoff actions, shown after the steps */
  children?: ComponentChildren;
  onNotHelpful?: () => void;
}) {
  const { situation, card, channel, open, t, insert, fresh, children, onNotHelpful } = props;
  return (
    <details class={`card card-${situation}`} data-testid="guidance" data-situation={situation} data-fresh={fresh ? 'true' : undefined} open={open}>
      <summary>
        <span class="card-icon" aria-hidden="true">
          {ICON[situation]}
        </span>
        <span class="card-title">{card.title}</span>
        {fresh && <span class="chip new-chip">{t('newCard')}</span>}
      </summary>
      <div class="card-body">
        <p class="lead">{card.lead}</p>
        {card.byChannel && channel && (
          <p class="channel-note">
            <strong>{channel === 'email' ? t('byEmail') : t('byChat')}</strong> {channel === 'email' ? card.byChannel.email : card.byChannel.messaging}
          </p>
        )}
        <h3>{t('stepsHeading')}</h3>
        <ol class="steps">
          {card.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        {children}
        {card.wording.length > 0 && (
          <>
            <h3>{t('wordingHeading')}</h3>
            <ul class="wording">
              {card.wording.map((w) => (
                <li key={`${w.id}-${w.register ?? ''}`}>
                  <q>{w.text}</q>
                  {w.register && <span class="register">{t(w.register)}</span>}
                  {insert && situation !== 'cool-down' && <InsertButton text={w.text} t={t} insert={insert} />}
                  <CopyButton text={w.text} label={t('copyWording')} t={t} />
                </li>
              ))}
            </ul>
          </>
        )}
        {onNotHelpful && (
          <p class="card-foot">
            <button type="button" class="link" data-testid="not-helpful" aria-label={t('notHelpfulLabel', card.title)} onClick={onNotHelpful}>
              {t('notHelpful')}
            </button>
          </p>
        )}
      </div>
    </details>
  );
}
