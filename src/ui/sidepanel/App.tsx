import { useEffect, useState } from 'preact/hooks';
import { PLAYBOOKS } from '../../coach/playbook/index.ts';
import type { Situation } from '../../coach/types.ts';
import type { GateState, TabState } from '../../messaging/protocol.ts';
import type { Locale, Playbook } from '../../coach/playbook/index.ts';
import { CopyButton, GuidanceCard } from '../components/GuidanceCard.tsx';
import { MessageItem } from '../components/MessageItem.tsx';
import type { Connector } from '../shared/connector.ts';
import type { I18n } from '../shared/i18n.ts';

/** Which tab to show: ?tab=<id> pins one (test contract); otherwise the active tab of this window. */
export function useTabState(connector: Connector, pinnedTab: number | null) {
  const [tabId, setTabId] = useState<number | null>(pinnedTab);
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (pinnedTab !== null) return;
    let live = true;
    void connector.activeTabId().then((id) => live && setTabId(id));
    const off = connector.onActiveTabChanged((id) => setTabId(id));
    return () => {
      live = false;
      off();
    };
  }, [connector, pinnedTab]);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    setLoaded(false);
    const off = connector.subscribe(tabId, (s) => live && setState(s));
    void connector.load(tabId).then((s) => {
      if (!live) return;
      setState(s);
      setLoaded(true);
    });
    return () => {
      live = false;
      off();
    };
  }, [connector, tabId]);
  return { tabId, state, loaded };
}

export function App({ connector, pinnedTab, i18n }: { connector: Connector; pinnedTab: number | null; i18n: I18n }) {
  const { t, locale } = i18n;
  const { state, loaded, tabId } = useTabState(connector, pinnedTab);
  const insert = tabId === null ? undefined : (text: string) => connector.insert(tabId, text);
  const view = state?.view;
  const level = state?.guidance.level ?? 0;
  const customers = (state?.messages ?? []).filter((m) => m.role === 'customer');
  const summarised = (state?.older ?? []).filter((o) => o.split('|')[1] === 'c').length;
  const newestFirst = [...customers].reverse();
  const playbook = PLAYBOOKS[locale];
  // cards the agent pulled out of the held list by hand, on this ticket
  const [forced, setForced] = useState<Situation[]>([]);
  const ticketKey = `${view?.site}:${view?.ticketId}`;
  useEffect(() => setForced([]), [ticketKey]);
  const listed = state?.guidance.situations ?? [];
  const gateShow = state?.gate?.show ?? listed;
  const shown = listed.filter((s) => gateShow.includes(s) || forced.includes(s));
  const held = (state?.gate?.held ?? []).filter((h) => listed.includes(h.situation) && !forced.includes(h.situation));

  return (
    <div class="panel" data-level={level} data-ready={loaded ? 'true' : 'false'}>
      <header class="top">
        <div class="brand">
          <img src="/icons/icon-32.png" alt="" width={20} height={20} />
          <h1>{t('panelTitle')}</h1>
        </div>
        {view?.status === 'ticket' && (
          <div class="ticket-meta">
            <span data-testid="ticket-id">{t('ticketLabel', view.ticketId ?? '')}</span>
            {view.channel && <span class="chip">{t(`channel_${view.channel}`)}</span>}
            {view.requester?.name && <span class="requester">{view.requester.name}</span>}
          </div>
        )}
        <p class={`level level-${level}`} data-testid="level" role="status" aria-live="polite">
          <span class="level-dots" aria-hidden="true">
            {'●'.repeat(level) + '○'.repeat(3 - level)}
          </span>{' '}
          {t(`level_${level}`)}
        </p>
      </header>

      {!state || view?.status === 'no-ticket' ? (
        <p class="empty" data-testid="empty">
          {t('noTicket')}
        </p>
      ) : view?.status === 'unreadable' ? (
        <section class="unreadable" data-testid="unreadable">
          <h2>{t('unreadableTitle')}</h2>
          <p>{t('unreadableBody')}</p>
          <CopyButton text={JSON.stringify(view.diagnostics, null, 2)} label={t('copyDiagnostics')} t={t} />
        </section>
      ) : (
        <>
          <section aria-labelledby="guidance-h">
            <h2 id="guidance-h">{t('guidanceHeading')}</h2>
            {shown.length === 0 ? (
              <p class="empty calm" data-testid="all-calm">
                {t('allCalm')}
              </p>
            ) : (
              shown.map((s, i) => (
                <GuidanceCard key={s} situation={s} card={playbook[s]} channel={view?.channel ?? null} open={i === 0} t={t} insert={insert} />
              ))
            )}
            {held.length > 0 && <HeldCards held={held} titles={playbook} t={t} locale={locale} onShow={(x) => setForced((f) => [...f, x])} />}
          </section>
          <section aria-labelledby="messages-h">
            <h2 id="messages-h">
              {t('messagesHeading')} <span class="count">({customers.length + summarised})</span>
            </h2>
            {customers.length === 0 ? (
              <p class="empty">{t('noMessages')}</p>
            ) : (
              <ol class="messages" reversed>
                {newestFirst.map((m, i) => (
                  <MessageItem key={m.id} message={m} latest={i === 0} t={t} />
                ))}
              </ol>
            )}
            {summarised > 0 && <p class="note">{t('summarisedNote', String(summarised))}</p>}
            <p class="note">{t('olderNote')}</p>
          </section>
        </>
      )}
    </div>
  );
}

/** Cards the fatigue gate is holding back, named, with the reason and a way to see them anyway. */
function HeldCards(props: { held: GateState['held']; titles: Playbook; t: I18n['t']; locale: Locale; onShow: (s: Situation) => void }) {
  const { held, titles, t, locale, onShow } = props;
  const time = (ms: number) => new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <details class="held" data-testid="held-list">
      <summary>{t('heldSummary', String(held.length))}</summary>
      <ul>
        {held.map((h) => (
          <li key={h.situation} data-testid="held" data-situation={h.situation} data-reason={h.reason} data-until={h.until ?? ''}>
            <span class="held-title">{titles[h.situation].title}</span>{' '}
            <span class="held-why">
              {h.reason === 'cooldown' && h.until !== null ? t('heldCooldown', time(h.until)) : h.reason === 'not-helpful' ? t('heldNotHelpful') : t('heldBelowGate')}
            </span>
            <button type="button" class="link" onClick={() => onShow(h.situation)}>
              {t('showNow')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
