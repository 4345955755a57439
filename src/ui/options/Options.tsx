import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { limitsSummary } from '../../limits/summary.ts';
import { teamBounds } from '../../settings/managed.ts';
import { clone, getPath, setPath } from '../../settings/paths.ts';
import { CHANNELS, COOLDOWN, LANGUAGES, LIMIT_PATHS, LIMIT_SPECS, NAME_MAX, RETENTION, SEVERITY, parseSettingsText, serialiseSettings, type LimitPath, type Settings } from '../../settings/schema.ts';
import type { SettingsConnector, SettingsSnapshot } from '../../settings/snapshot.ts';
import type { I18n } from '../shared/i18n.ts';
import { SAMPLE, preview } from './preview.ts';

/** The fields an agent edits on this page (bounds are the team lead's; lexicon terms come with policy files). */
const EDITABLE = ['profile.name', 'profile.language', 'profile.channel', ...LIMIT_PATHS.map((p) => `limits.${p}`), 'coach.cooldownSeconds', 'coach.severityGate', 'retentionDays'] as const;

type Notice = { kind: 'error'; field: string; message: string } | { kind: 'ok'; message: string } | null;

const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;
const limitKey = (p: string) => p.replace('.', '_');

/** Out of the team's range → the field and why (the schema already checked Calma's absolute range). */
function checkTeamBounds(draft: Settings, snap: SettingsSnapshot, locked: ReadonlySet<string>, t: I18n['t']): { field: string; message: string } | null {
  for (const p of LIMIT_PATHS) {
    const path = `limits.${p}`;
    if (locked.has(path)) continue;
    const { min, max } = teamBounds(snap.merged.effective, p);
    const v = getPath(draft, path) as number;
    if (v < min || v > max) return { field: path, message: `${path}: ${t('opt_outsideTeam', [String(min), String(max)])}` };
  }
  return null;
}

export function Options({ connector, i18n }: { connector: SettingsConnector; i18n: I18n }) {
  const { t, locale } = i18n;
  const [snap, setSnap] = useState<SettingsSnapshot | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmWipe, setConfirmWipe] = useState(false);
  const [copied, setCopied] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  // reloads can overlap (a save, a storage change, the policy arriving late): only the latest one may land
  const reloads = useRef(0);
  const reload = async () => {
    const mine = ++reloads.current;
    const s = await connector.load();
    if (mine !== reloads.current) return;
    setSnap(s);
    setDraft(clone(s.merged.effective));
  };
  useEffect(() => {
    void reload();
    return connector.subscribe(() => void reload());
  }, [connector]);

  const steps = useMemo(() => (draft ? preview(draft) : []), [draft]);
  if (!snap || !draft) return <p aria-busy="true">{t('opt_loading')}</p>;
  const locked = snap.merged.locked;
  const isLocked = (path: string) => locked.has(path);

  const set = (path: string, value: unknown) => {
    setDraft(setPath(draft, path, value));
    setNotice(null);
  };

  /** The agent's changes go onto their own settings; untouched fields keep the local value (see managed.ts). */
  const save = async (e: Event) => {
    e.preventDefault();
    let next: Settings = clone(snap.local);
    for (const path of EDITABLE) {
      if (isLocked(path)) continue;
      const v = getPath(draft, path);
      if (JSON.stringify(v) !== JSON.stringify(getPath(snap.merged.effective, path))) next = setPath(next, path, v);
    }
    const team = checkTeamBounds(draft, snap, locked, t);
    if (team) return setNotice({ kind: 'error', ...team });
    const r = await connector.save(next);
    if (!r.ok) return setNotice({ kind: 'error', field: r.field, message: r.message });
    await reload();
    setNotice({ kind: 'ok', message: t('opt_saved') });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = parseSettingsText(await file.text());
    if (!r.ok) return setNotice({ kind: 'error', field: r.field, message: `${t('opt_importRefused', file.name)} ${r.message}` });
    const saved = await connector.save(r.settings);
    if (!saved.ok) return setNotice({ kind: 'error', field: saved.field, message: saved.message });
    // the page shows the imported settings before it says so
    await reload();
    setNotice({ kind: 'ok', message: t('opt_imported', file.name) });
  };

  const exportFile = () => {
    const blob = new Blob([serialiseSettings(snap.local)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'calma-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const wipe = async () => {
    await connector.wipe();
    setConfirmWipe(false);
    await reload();
    setNotice({ kind: 'ok', message: t('opt_wiped') });
  };

  const summary = limitsSummary(snap.merged.effective, draft.profile.language === 'auto' ? locale : draft.profile.language, locked);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById('summary') as HTMLTextAreaElement | null)?.select();
    }
  };

  const errorFor = (path: string) => (notice?.kind === 'error' && (notice.field === path || notice.field.startsWith(`${path}.`)) ? notice.message : null);
  const describedBy = (path: string, extra: string[]) => [...extra, errorFor(path) ? `${fieldId(path)}-error` : ''].filter(Boolean).join(' ') || undefined;

  const lockNote = (path: string) =>
    isLocked(path) ? (
      <span class="locked" id={`${fieldId(path)}-locked`} data-testid="locked-note">
        <span aria-hidden="true">🔒 </span>
        {t('opt_lockedByOrg')}
      </span>
    ) : null;
  const fieldError = (path: string) =>
    errorFor(path) ? (
      <span class="field-error" id={`${fieldId(path)}-error`}>
        <span aria-hidden="true">⚠ </span>
        {errorFor(path)}
      </span>
    ) : null;

  const numberField = (path: string, label: string, hint: string, min: number, max: number, step: number) => (
    <div class="field" data-field={path} data-locked={isLocked(path) ? 'true' : 'false'}>
      <label for={fieldId(path)}>{label}</label>
      <input
        id={fieldId(path)}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={String(getPath(draft, path))}
        disabled={isLocked(path)}
        aria-invalid={errorFor(path) ? 'true' : undefined}
        aria-describedby={describedBy(path, [`${fieldId(path)}-hint`, ...(isLocked(path) ? [`${fieldId(path)}-locked`] : [])])}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          set(path, raw === '' ? Number.NaN : Number(raw));
        }}
      />
      <span class="hint" id={`${fieldId(path)}-hint`}>
        {hint}
      </span>
      {lockNote(path)}
      {fieldError(path)}
    </div>
  );

  const limitField = (p: LimitPath) => {
    const spec = LIMIT_SPECS[p];
    const { min, max } = isLocked(`limits.${p}`) ? { min: spec.min, max: spec.max } : teamBounds(snap.merged.effective, p);
    const narrowed = min !== spec.min || max !== spec.max;
    const hint = `${t(`opt_limitHelp_${limitKey(p)}`)} ${t(narrowed ? 'opt_rangeTeam' : 'opt_range', [String(min), String(max), String(spec.default)])}`;
    return numberField(`limits.${p}`, t(`opt_limit_${limitKey(p)}`), hint, min, max, spec.step);
  };

  const selectField = (path: string, label: string, options: readonly (string | number)[], optLabel: (o: string | number) => string) => (
    <div class="field" data-field={path} data-locked={isLocked(path) ? 'true' : 'false'}>
      <label for={fieldId(path)}>{label}</label>
      <select
        id={fieldId(path)}
        value={String(getPath(draft, path))}
        disabled={isLocked(path)}
        aria-describedby={isLocked(path) ? `${fieldId(path)}-locked` : undefined}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          set(path, typeof options[0] === 'number' ? Number(raw) : raw);
        }}
      >
        {options.map((o) => (
          <option value={String(o)} key={String(o)}>
            {optLabel(o)}
          </option>
        ))}
      </select>
      {lockNote(path)}
    </div>
  );

  const sampleLang = draft.profile.language === 'auto' ? locale : draft.profile.language;
  const hasLocks = locked.size > 0;

  return (
    <div class="options">
      <header>
        <h1>
          <img src="/icons/icon-32.png" alt="" width={24} height={24} /> {t('opt_title')}
        </h1>
        {hasLocks ? (
          <p class="org" data-testid="org-policy">
            <span aria-hidden="true">🔒 </span>
            {t('opt_orgPolicy', String(locked.size))}
          </p>
        ) : null}
        {snap.policyError ? (
          <p class="warn" role="alert" data-testid="policy-error">
            {t('opt_policyRefused')} {snap.policyError}
          </p>
        ) : null}
        {snap.localError ? (
          <p class="warn" role="alert">
            {t('opt_localRefused')} {snap.localError}
          </p>
        ) : null}
      </header>

      <div class="notice" aria-live="polite" data-testid="notice" data-kind={notice?.kind ?? ''} data-field={notice?.kind === 'error' ? notice.field : ''}>
        {notice ? (
          <p class={notice.kind === 'error' ? 'error' : 'ok'} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <strong>{notice.kind === 'error' ? t('opt_errorLabel') : t('opt_okLabel')}</strong> {notice.message}
            {notice.kind === 'error' ? ` ${t('opt_keptOld')}` : ''}
          </p>
        ) : null}
      </div>

      <form onSubmit={(e) => void save(e)} noValidate>
        <fieldset>
          <legend>{t('opt_profile')}</legend>
          <div class="field" data-field="profile.name" data-locked={isLocked('profile.name') ? 'true' : 'false'}>
            <label for={fieldId('profile.name')}>{t('opt_name')}</label>
            <input id={fieldId('profile.name')} type="text" maxLength={NAME_MAX} value={draft.profile.name} disabled={isLocked('profile.name')} autocomplete="name" onInput={(e) => set('profile.name', e.currentTarget.value)} />
            {lockNote('profile.name')}
          </div>
          {selectField('profile.language', t('opt_language'), LANGUAGES, (o) => t(`opt_language_${o}`))}
          {selectField('profile.channel', t('opt_channel'), CHANNELS, (o) => t(`channel_${o}`))}
        </fieldset>

        <fieldset>
          <legend>{t('opt_limits')}</legend>
          <p class="hint">{t('opt_limitsIntro')}</p>
          <h2>{t('opt_family_hostility')}</h2>
          {limitField('hostility.messages')}
          {limitField('hostility.window')}
          {limitField('hostility.anger')}
          <h2>{t('opt_family_time')}</h2>
          {limitField('time.ticketMinutes')}
          {limitField('time.requesterMinutes')}
          <h2>{t('opt_family_complexity')}</h2>
          {limitField('complexity.messages')}
          {limitField('complexity.reopenings')}
          {limitField('complexity.issues')}
        </fieldset>

        <fieldset>
          <legend>{t('opt_coach')}</legend>
          {numberField('coach.cooldownSeconds', t('opt_cooldown'), t('opt_range', [String(COOLDOWN.min), String(COOLDOWN.max), String(COOLDOWN.default)]), COOLDOWN.min, COOLDOWN.max, 60)}
          {selectField('coach.severityGate', t('opt_severity'), [0, 1, 2, 3].filter((n) => n >= SEVERITY.min && n <= SEVERITY.max), (o) => t(`opt_severity_${o}`))}
        </fieldset>

        <fieldset>
          <legend>{t('opt_data')}</legend>
          {numberField('retentionDays', t('opt_retention'), t('opt_range', [String(RETENTION.min), String(RETENTION.max), String(RETENTION.default)]), RETENTION.min, RETENTION.max, 1)}
        </fieldset>

        <div class="actions">
          <button type="submit" class="primary" data-testid="save">
            {t('opt_save')}
          </button>
          <button type="button" onClick={() => (setDraft(clone(snap.merged.effective)), setNotice(null))}>
            {t('opt_revert')}
          </button>
        </div>
      </form>

      <section aria-labelledby="preview-h">
        <h2 id="preview-h">{t('opt_preview')}</h2>
        <p class="hint">{t('opt_previewIntro')}</p>
        <ol class="preview" data-testid="preview">
          {steps.map((st) => {
            const m = SAMPLE[st.index];
            return (
              <li key={st.index} data-crossed={st.crossed.map((c) => c.limit).join(' ')}>
                <q>{m.text[sampleLang]}</q> <span class="muted">{t('opt_atMinute', String(m.minute))}</span>
                {st.crossed.length ? (
                  <ul>
                    {st.crossed.map((c) => (
                      <li key={c.limit} class="crossing">
                        <span aria-hidden="true">⛔ </span>
                        {t('opt_crosses', [t(`opt_limit_${limitKey(c.limit)}`), String(c.value), String(c.threshold)])}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {st.situations.length ? <span class="muted"> {t('opt_cards', st.situations.join(', '))}</span> : null}
              </li>
            );
          })}
        </ol>
        {steps.every((s) => !s.crossed.length) ? <p>{t('opt_previewNone')}</p> : null}
      </section>

      <section aria-labelledby="share-h">
        <h2 id="share-h">{t('opt_share')}</h2>
        <label for="summary">{t('opt_shareIntro')}</label>
        <textarea id="summary" readOnly rows={7} value={summary} data-testid="summary" />
        <button type="button" onClick={() => void copy()}>
          {copied ? t('opt_copied') : t('opt_copy')}
        </button>
      </section>

      <section aria-labelledby="policy-h">
        <h2 id="policy-h">{t('opt_policyFile')}</h2>
        <p class="hint">{t('opt_policyFileIntro')}</p>
        <div class="actions">
          <label for="import-file">{t('opt_import')}</label>
          <input id="import-file" ref={fileRef} type="file" accept="application/json,.json" data-testid="import" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
          <button type="button" onClick={exportFile} data-testid="export">
            {t('opt_export')}
          </button>
        </div>
      </section>

      <section aria-labelledby="wipe-h">
        <h2 id="wipe-h">{t('opt_wipe')}</h2>
        <p class="hint">{t('opt_wipeIntro')}</p>
        {confirmWipe ? (
          <div class="confirm" role="group" aria-label={t('opt_wipeConfirmLabel')}>
            <p>{t('opt_wipeConfirm')}</p>
            <button type="button" class="danger" onClick={() => void wipe()} data-testid="wipe-confirm">
              {t('opt_wipeYes')}
            </button>
            <button type="button" onClick={() => setConfirmWipe(false)} autoFocus>
              {t('opt_cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirmWipe(true)} data-testid="wipe">
            {t('opt_wipe')}
          </button>
        )}
      </section>
    </div>
  );
}
