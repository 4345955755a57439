/** The parts some cards carry besides steps and wording: checklist, breathing, incident record, handoff summary. */
import { useEffect, useState } from 'preact/hooks';
import type { Breathing, ChecklistItem } from '../../coach/playbook/index.ts';
import type { Translate } from '../shared/i18n.ts';

/** Calming checklist: real checkboxes (Space toggles, Tab moves), ticks kept per ticket by the caller. */
export function Checklist(props: { items: ChecklistItem[]; checked: string[]; onToggle: (id: string, on: boolean) => void; t: Translate; idPrefix: string }) {
  const { items, checked, onToggle, t, idPrefix } = props;
  const done = items.filter((i) => checked.includes(i.id)).length;
  return (
    <fieldset class="checklist" data-testid="checklist">
      <legend>
        {t('checklistHeading')} <span class="count">{t('checklistCount', [String(done), String(items.length)])}</span>
      </legend>
      {items.map((i) => {
        const id = `${idPrefix}-${i.id}`;
        return (
          <div class="check" key={i.id}>
            <input type="checkbox" id={id} data-item={i.id} checked={checked.includes(i.id)} onChange={(e) => onToggle(i.id, (e.currentTarget as HTMLInputElement).checked)} />
            <label for={id}>{i.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Where a breathing exercise stands `elapsed` seconds after it started. */
export function breathingAt(spec: Breathing, elapsed: number) {
  const cycle = spec.phases.reduce((n, p) => n + p.seconds, 0) || 1;
  const left = Math.max(0, Math.ceil(spec.totalSeconds - elapsed));
  let pos = elapsed % cycle;
  let i = 0;
  while (i < spec.phases.length - 1 && pos >= spec.phases[i].seconds) pos -= spec.phases[i++].seconds;
  const phase = spec.phases[i];
  return { phase, index: i, phaseLeft: Math.max(1, Math.ceil(phase.seconds - pos)), left, done: elapsed >= spec.totalSeconds };
}

/**
 * One-minute guided breathing: a circle that grows (in), stays (hold) and shrinks (out), with the cue in words
 * and a countdown. With reduced motion there is no circle, only the words.
 */
export function BreathingExercise({ spec, t, now = () => Date.now() }: { spec: Breathing; t: Translate; now?: () => number }) {
  const [start, setStart] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (start === null) return;
    const id = setInterval(() => setTick(now()), 250);
    return () => clearInterval(id);
  }, [start]);
  if (start === null) {
    return (
      <div class="breathing" data-testid="breathing" data-state="idle">
        <p>{spec.intro}</p>
        <button type="button" class="primary-small" onClick={() => (setStart(now()), setTick(now()))}>
          {t('breathingStart')}
        </button>
      </div>
    );
  }
  const at = breathingAt(spec, Math.max(0, (tick || now()) - start) / 1000);
  if (at.done) {
    return (
      <div class="breathing" data-testid="breathing" data-state="done">
        <p role="status">{t('breathingDone')}</p>
        <button type="button" onClick={() => setStart(null)}>
          {t('breathingAgain')}
        </button>
      </div>
    );
  }
  const motion = !reducedMotion();
  const mm = `${Math.floor(at.left / 60)}:${String(at.left % 60).padStart(2, '0')}`;
  return (
    <div class="breathing" data-testid="breathing" data-state="running" data-phase={at.phase.kind}>
      {motion && (
        <div class="breath-stage" aria-hidden="true">
          <div class={`breath-circle breath-${at.phase.kind}`} style={{ transitionDuration: `${at.phase.seconds}s` }} />
        </div>
      )}
      <p class="breath-cue" aria-live="polite">
        <strong>{at.phase.label}</strong>
      </p>
      <p class="breath-count">
        <span aria-hidden="true">{at.phaseLeft}</span>
        <span class="breath-left">{t('breathingLeft', mm)}</span>
      </p>
      <button type="button" onClick={() => setStart(null)}>
        {t('breathingStop')}
      </button>
    </div>
  );
}

/** Save a text as a file the agent downloads (nothing leaves the browser). */
export function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A button that copies a text made on click, and says so. */
export function CopyTextButton({ make, label, t, testid }: { make: () => string; label: string; t: Translate; testid?: string }) {
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        data-testid={testid}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(make());
            setDone(true);
            setTimeout(() => setDone(false), 2000);
          } catch {
            setDone(false);
          }
        }}
      >
        {label}
      </button>
      {done && (
        <span class="done-note" role="status">
          {t('copied')}
        </span>
      )}
    </>
  );
}

/** Incident record of a threat card: copy it, or download it as text and as JSON. */
export function RecordActions({ make, fileBase, t }: { make: () => { text: string; json: string }; fileBase: string; t: Translate }) {
  return (
    <div class="actions" data-testid="record-actions">
      <h3>{t('recordHeading')}</h3>
      <p class="note">{t('recordNote')}</p>
      <CopyTextButton make={() => make().text} label={t('recordCopy')} t={t} testid="record-copy" />
      <button type="button" data-testid="record-txt" onClick={() => download(`${fileBase}.txt`, make().text, 'text/plain;charset=utf-8')}>
        {t('recordDownloadTxt')}
      </button>
      <button type="button" data-testid="record-json" onClick={() => download(`${fileBase}.json`, make().json, 'application/json')}>
        {t('recordDownloadJson')}
      </button>
    </div>
  );
}
