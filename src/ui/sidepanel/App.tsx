import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale, Playbook } from '../../coach/playbook/types.ts';
import { handoffSummary, incidentRecord, type RecordMessage, type TicketInfo } from '../../coach/records.ts';
import type { Situation } from '../../coach/types.ts';
import type { Card } from '../../coach/playbook/types.ts';
import { checksKey, flagKey, requesterKeyOf, type FlaggedCustomer, type GateState, type TabState } from '../../messaging/protocol.ts';
import { BreathingExercise, Checklist, CopyTextButton, RecordActions } from '../components/CardExtras.tsx';
import { FlagForm, FlaggedBanner } from '../components/Flag.tsx';
import { DraftCheck } from '../components/DraftCheck.tsx';
import { CopyButton, GuidanceCard } from '../components/GuidanceCard.tsx';
import { LimitNote } from '../components/LimitNote.tsx';
import { MessageItem } from '../components/MessageItem.tsx';
import type { Connector } from '../shared/connector.ts';
import type { I18n } from '../shared/i18n.ts';
import { useStored } from '../shared/use-stored.ts';

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

/** The flag of the requester of the ticket a tab shows, if they were flagged in this browser. */
export function useFlag(connector: Connector, state: TabState | null) {
  const view = state?.view;
  const key = view?.status === 'ticket' ? flagKey(view.site, view.requester) : null;
  const [flag, setFlag] = useStored<FlaggedCustomer>(connector.local, key);
  return { key, flag, setFlag };
}

const SERIOUS: Situation[] = ['physical-threat', 'legal-threat'];

/** The cards to render and the held ones, from the worker's gate, minus what the agent just did in this panel. */
function useCards(state: TabState | null) {
  const view = state?.view;
  const ticket = `${view?.site}:${view?.ticketId}`;
  // pulled out of the held list by hand / dismissed here and not yet confirmed by the worker; per ticket
  const [forcedAll, setForced] = useState<{ ticket: string; s: Situation }[]>([]);
  const [dismissed, setDismissed] = useState<{ ticket: string; s: Situation; at: number }[]>([]);
  const forced = forcedAll.filter((f) => f.ticket === ticket).map((f) => f.s);
  const listed = state?.guidance.situations ?? [];
  const gateShow = state?.gate?.show ?? listed;
  const hidden = (s: Situation) => dismissed.some((d) => d.s === s && d.ticket === ticket && d.at === state?.updatedAt);
  const shown = listed.filter((s) => (gateShow.includes(s) || forced.includes(s)) && !hidden(s));
  const held = (state?.gate?.held ?? []).filter((h) => listed.includes(h.situation) && !forced.includes(h.situation));
  return {
    shown,
    held,
    forced,
    force: (s: Situation) => setForced((f) => [...f.filter((x) => x.ticket === ticket), { ticket, s }]),
    dismiss: (s: Situation) => {
      setForced((f) => f.filter((x) => x.ticket === ticket && x.s !== s));
      setDismissed((d) => [...d.filter((x) => x.ticket === ticket), { ticket, s, at: state?.updatedAt ?? 0 }]);
    },
  };
}

/** New cards are read out: threats in the assertive region, the rest politely. Not on first load of a ticket. */
function useAnnouncer(shown: Situation[], ticket: string, loaded: boolean, playbook: Playbook, t: I18n['t']) {
  const seen = useRef<{ ticket: string; list: Situation[] } | null>(null);
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const key = shown.join(',');
  useEffect(() => {
    if (!loaded) return;
    const prev = seen.current;
    seen.current = { ticket, list: shown };
    if (!prev || prev.ticket !== ticket) return;
    const added = shown.filter((s) => !prev.list.includes(s));
    if (!added.length) return;
    const serious = added.filter((s) => SERIOUS.includes(s));
    const rest = added.filter((s) => !SERIOUS.includes(s));
    if (serious.length) setAssertive(t('announceCards', serious.map((s) => playbook[s].title).join('; ')));
    if (rest.length) setPolite(t('announceCards', rest.map((s) => playbook[s].title).join('; ')));
  }, [key, ticket, loaded]);
  return { polite, assertive };
}

const timeOf = (iso: string | null) => (iso ? Date.parse(iso) || null : null);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

/** `playbook`: the cards in the panel's language (main.tsx loads just that one, see loadPlaybook). */
export function App(props: { connector: Connector; pinnedTab: number | null; i18n: I18n; playbook: Playbook; now?: () => number }) {
  const { connector, pinnedTab, i18n, playbook, now = () => Date.now() } = props;
  const { t, locale } = i18n;
  const { state, loaded, tabId } = useTabState(connector, pinnedTab);
  const insert = tabId === null ? undefined : (text: string) => connector.insert(tabId, text);
  const view = state?.view;
  const level = state?.guidance.level ?? 0;
  const customers = (state?.messages ?? []).filter((m) => m.role === 'customer');
  const summarised = (state?.older ?? []).filter((o) => o.split('|')[1] === 'c').length;
  const newestFirst = [...customers].reverse();
  const isTicket = view?.status === 'ticket' && !!view.ticketId;
  const ticket = `${view?.site}:${view?.ticketId}`;
  const { shown, held, forced, force, dismiss } = useCards(state);
  const { polite, assertive } = useAnnouncer(shown, ticket, loaded, playbook, t);
  const { key: flagK, flag, setFlag } = useFlag(connector, state);
  const [checks, setChecks] = useStored<string[]>(connector.session, isTicket ? checksKey(view!.site, view!.ticketId!) : null);
  const fresh = state?.gate?.fresh ?? [];

  const info = (): TicketInfo => ({ ticketId: view?.ticketId ?? '', site: view?.site ?? '', requesterName: view?.requester?.name ?? null, channel: view?.channel ?? null, url: view?.url });
  const recordMessages = (): RecordMessage[] => (state?.messages ?? []).map((m) => ({ id: m.id, role: m.role, time: timeOf(m.time), author: m.author, text: m.text }));
  const facts = state?.guidance.facts;

  const extras = (s: Situation) => {
    const card = playbook[s];
    if (s === 'calming' && card.checklist && isTicket) {
      return (
        <Checklist
          items={card.checklist}
          checked={checks ?? []}
          idPrefix={`chk-${s}`}
          t={t}
          onToggle={(id, on) => setChecks((prev) => [...(prev ?? []).filter((x) => x !== id), ...(on ? [id] : [])])}
        />
      );
    }
    if (s === 'cool-down' && card.breathing) return <BreathingExercise spec={card.breathing} t={t} now={now} />;
    if ((s === 'legal-threat' || s === 'physical-threat') && facts) {
      return (
        <RecordActions
          t={t}
          fileBase={`calma-incident-${view?.site}-${view?.ticketId}-${stamp(now())}`}
          make={() => incidentRecord(info(), recordMessages(), facts.threats, now(), locale)}
        />
      );
    }
    if (s === 'escalation' && facts) {
      return (
        <div class="actions">
          <LimitNote limits={state?.limits ?? []} t={t} />
          <h3>{t('handoffHeading')}</h3>
          <CopyTextButton make={() => handoffSummary(info(), facts, recordMessages(), locale)} label={t('handoffCopy')} t={t} testid="handoff-copy" />
        </div>
      );
    }
    return null;
  };

  return (
    <div class="panel" data-level={level} data-ready={loaded ? 'true' : 'false'}>
      <div class="sr-only" aria-live="polite" data-testid="announce-polite">
        {polite}
      </div>
      <div class="sr-only" aria-live="assertive" data-testid="announce-assertive">
        {assertive}
      </div>
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
          {flag && <FlaggedBanner flag={flag} t={t} locale={locale} onUnflag={() => setFlag(undefined)} />}
          <DraftCheck findings={state?.draft?.findings ?? []} locale={locale} t={t} />
          <section aria-labelledby="guidance-h">
            <h2 id="guidance-h">{t('guidanceHeading')}</h2>
            {shown.length === 0 ? (
              <p class="empty calm" data-testid="all-calm">
                {t('allCalm')}
              </p>
            ) : (
              shown.map((s, i) => (
                <GuidanceCard
                  key={`${ticket}:${s}`}
                  situation={s}
                  card={withTicket(playbook[s], view?.ticketId ?? null)}
                  channel={view?.channel ?? null}
                  open={i === 0 || SERIOUS.includes(s) || forced.includes(s)}
                  fresh={fresh.includes(s)}
                  t={t}
                  insert={insert}
                  onNotHelpful={
                    tabId === null
                      ? undefined
                      : () => {
                          dismiss(s);
                          void connector.notHelpful(tabId, s);
                        }
                  }
                >
                  {extras(s)}
                </GuidanceCard>
              ))
            )}
            {held.length > 0 && <HeldCards held={held} titles={playbook} t={t} locale={locale} onShow={force} />}
          </section>
          {isTicket && !flag && flagK && (
            <div class="flag-row">
              <FlagForm
                name={view?.requester?.name ?? null}
                t={t}
                onFlag={(note) =>
                  setFlag({ site: view!.site, requesterKey: requesterKeyOf(view!.requester)!, name: view?.requester?.name ?? null, note, at: now(), ticketId: view?.ticketId ?? null })
                }
              />
            </div>
          )}
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

/** The one placeholder Calma can fill itself: {ticket}. The others ({summary}, {time}…) are the agent's to write. */
function withTicket(card: Card, ticketId: string | null): Card {
  if (!ticketId || !card.wording.some((w) => w.text.includes('{ticket}'))) return card;
  return { ...card, wording: card.wording.map((w) => ({ ...w, text: w.text.replaceAll('{ticket}', `#${ticketId}`) })) };
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
            </span>{' '}
            <button type="button" class="link" onClick={() => onShow(h.situation)}>
              {t('showNow')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
