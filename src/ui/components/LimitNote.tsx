import type { LimitCrossing } from '../../coach/facts.ts';
import type { Translate } from '../shared/i18n.ts';

/**
 * On the escalation card: which of the agent's own limits the ticket crossed, and by how much, said plainly.
 * Limit names are the options page's (opt_limit_<family>_<key>), so the agent sees the same words there and here.
 */
export function LimitNote({ limits, t }: { limits: LimitCrossing[]; t: Translate }) {
  if (!limits.length) return null;
  return (
    <div class="limit-note" data-testid="limit-crossed">
      <p class="limit-note-title">{t('limitCrossedTitle')}</p>
      <ul>
        {limits.map((l) => {
          const key = l.name ? `opt_limit_${l.name.replace('.', '_')}` : '';
          const name = (key && t(key)) || l.limit;
          return (
            <li key={l.name ?? l.limit} data-limit={l.name ?? l.limit}>
              <strong>{name}</strong>: {t('limitCrossedValue', [String(l.value), String(l.threshold)])}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
