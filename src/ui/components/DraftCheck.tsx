import { DRAFT_ADVICE } from '../../coach/playbook/draft-advice.ts';
import type { Locale } from '../../coach/playbook/types.ts';
import type { DraftFinding } from '../../coach/draft.ts';
import type { Translate } from '../shared/i18n.ts';

/**
 * A gentle note about the reply the agent is writing, shown above the cards while the draft has findings.
 * It quotes the words and says why; it never blocks sending. One note per kind (the first occurrence).
 */
export function DraftCheck({ findings, locale, t }: { findings: DraftFinding[]; locale: Locale; t: Translate }) {
  if (!findings.length) return null;
  const firstOfKind = findings.filter((f, i) => findings.findIndex((g) => g.kind === f.kind) === i);
  return (
    <section class="draft-check" data-testid="draft-check" aria-labelledby="draft-check-title" role="status">
      <h2 id="draft-check-title">
        <span aria-hidden="true">✎ </span>
        {t('draftCheckTitle')}
      </h2>
      <ul>
        {firstOfKind.map((f) => {
          const advice = DRAFT_ADVICE[locale][f.suggestion];
          return (
            <li key={f.kind} data-kind={f.kind}>
              <strong>{advice.title}</strong>
              {/* the agent's own words, as text */}
              <q>{f.text.length > 120 ? `${f.text.slice(0, 119)}…` : f.text}</q>
              <p>{advice.tip}</p>
            </li>
          );
        })}
      </ul>
      <p class="draft-check-note">{t('draftCheckNote')}</p>
    </section>
  );
}
