import { PLAYBOOKS } from '../../coach/playbook/index.ts';
import { FlaggedBanner } from '../components/Flag.tsx';
import { useFlag, useTabState } from '../sidepanel/App.tsx';
import type { Connector } from '../shared/connector.ts';
import type { I18n } from '../shared/i18n.ts';

/** Toolbar popup: the level for this tab at a glance (dots and words), the most urgent card, a flagged requester. */
export function Popup({ connector, i18n, openPanel, pinnedTab = null }: { connector: Connector; i18n: I18n; openPanel: () => void; pinnedTab?: number | null }) {
  const { t, locale } = i18n;
  const { state } = useTabState(connector, pinnedTab);
  const { flag } = useFlag(connector, state);
  const level = state?.guidance.level ?? 0;
  const view = state?.view;
  const customers = state?.messages.filter((m) => m.role === 'customer').length ?? 0;
  const top = (state?.gate?.show ?? state?.guidance.situations ?? [])[0];
  return (
    <div class="popup">
      <h1>
        <img src="/icons/icon-32.png" alt="" width={18} height={18} /> {t('panelTitle')}
      </h1>
      {view?.status === 'ticket' ? (
        <>
          {flag && <FlaggedBanner flag={flag} t={t} locale={locale} compact />}
          <p class={`level level-${level}`} data-testid="level">
            <span aria-hidden="true">{'●'.repeat(level) + '○'.repeat(3 - level)}</span> {t(`level_${level}`)}
          </p>
          {top && (
            <p class="top-card" data-testid="top-situation" data-situation={top}>
              {t('popupTop', PLAYBOOKS[locale][top].title)}
            </p>
          )}
          <p class="muted">{t('popupSummary', [String(customers), view.ticketId ?? ''])}</p>
        </>
      ) : (
        <p class="muted">{view?.status === 'unreadable' ? t('unreadableTitle') : t('noTicket')}</p>
      )}
      <button type="button" id="open-panel" class="primary" onClick={openPanel}>
        {t('openPanel')}
      </button>
    </div>
  );
}
