/**
 * `npm run screens`: screenshots of the side panel in every main situation (calming with its checklist, insult,
 * end-conversation, legal threat with the record buttons, escalation with the handoff, cool-down breathing,
 * recognition, friendly swearing that asks for no card, swearing at one's own slip, flagged customer), in Spanish and English, light and dark; and the popup (flagged scene). Each situation's tab state is built here (the real classifier, coach and fatigue gate) and
 * written into the built extension's storage, so the panel renders exactly what the worker would send it.
 * Writes screenshots/ui-*.png and prints the paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../classify/classifier.ts';
import { coach } from '../coach/conversation.ts';
import { candidatesOf, gate } from '../coach/fatigue.ts';
import { checksKey, flagKey, tabKey, type FlaggedCustomer, type PageView, type StoredMessage, type TabState } from '../messaging/protocol.ts';
import { launch, ROOT } from '../../tests/e2e/harness.ts';
import { loadLexicons } from './load-lexicons.ts';

const OUT = join(ROOT, 'screenshots');
const classifier = createClassifier(loadLexicons());

type Line = string | { agent: string };
interface Scene {
  name: string;
  lines: Record<'es' | 'en', Line[]>;
  channel?: 'email' | 'messaging';
  ended?: boolean;
  checks?: string[];
  flagNote?: Record<'es' | 'en', string>;
  breathe?: boolean;
}

const SCENES: Scene[] = [
  {
    name: 'calming',
    lines: { es: ['Llevo dos semanas esperando el reembolso y nadie me responde. Estoy harta.'], en: ['I have been waiting two weeks for my refund and nobody answers. I am fed up.'] },
    checks: ['listen', 'no-interrupt', 'vent'],
  },
  {
    name: 'insult',
    channel: 'messaging',
    lines: { es: ['Sois unos inútiles, no tenéis ni idea de lo que hacéis.'], en: ['You people are useless, you have no idea what you are doing.'] },
  },
  {
    name: 'end-conversation',
    channel: 'messaging',
    lines: {
      es: ['Sois unos inútiles.', { agent: 'Entiendo su enfado, pero le pido que deje de insultar: así no puedo ayudarle.' }, 'Inútiles es lo que sois, panda de idiotas.'],
      en: ['You people are useless.', { agent: 'I understand you are angry, but please stop the insults so I can help.' }, 'Useless idiots, that is what you are.'],
    },
  },
  {
    name: 'legal-threat',
    lines: {
      es: ['Si mañana no tengo mi dinero, os denuncio ante la OCU y hablaré con mi abogado.'],
      en: ['If I do not have my money by tomorrow I will take you to court and talk to my lawyer.'],
    },
  },
  {
    name: 'escalation',
    lines: {
      es: ['Quiero hablar con un supervisor.', { agent: 'Lo estoy revisando, deme un momento.' }, 'Le he dicho que quiero hablar con un supervisor. YA.'],
      en: ['I want to speak to a supervisor.', { agent: 'I am looking into it, give me a moment.' }, 'I said I want to speak to a supervisor. NOW.'],
    },
  },
  {
    name: 'cool-down',
    ended: true,
    breathe: true,
    lines: { es: ['Sois unos inútiles, no tenéis ni idea de lo que hacéis.'], en: ['You people are useless, you have no idea what you are doing.'] },
  },
  {
    name: 'recognition',
    lines: {
      es: ['Estoy harta, esto es una vergüenza.', 'Vale, gracias por explicármelo.', 'Perfecto, quedo a la espera. Un saludo.'],
      en: ['I am fed up, this is a disgrace.', 'OK, thanks for explaining.', 'Great, I will wait for it. Thanks.'],
    },
  },
  {
    // swearing in delight: flagged as swearing (any profanity), but no card asks the agent to set a limit
    name: 'friendly-swearing',
    channel: 'messaging',
    lines: { es: ['jajaja weón qué rápido llegó la tarjeta, mil gracias!!'], en: ['holy shit that was fast, the card is here already. thanks!!'] },
  },
  {
    // swearing at a situation, not at anyone: marked frustrated, not angry; the swearing card still offers one calm request
    name: 'swearing-at-situation',
    channel: 'messaging',
    lines: { es: ['joder, otra vez se ha caído la conexión en mitad de la reunión'], en: ['for fuck sake, the internet dropped out again in the middle of my meeting'] },
  },
  {
    // swearing at one's own slip, then a polite but disappointed follow-up: the first is calm (the swearing still
    // flagged), the second frustrated despite the thanks
    name: 'own-slip',
    channel: 'messaging',
    lines: {
      es: ['Pucha, se me pasó la fecha de pago de la luz. ¿Me van a cobrar interés si pago mañana?', { agent: 'No se preocupe, le quitamos el recargo.' }, 'Gracias, pero la verdad estoy bastante decepcionada: es la segunda vez que la factura llega tarde.'],
      en: ["shit, just realised I gave you the wrong unit number. it's 12/48 not 48/12, sorry!", { agent: 'No problem, I have updated the address.' }, "Thanks for sorting that, but honestly I'm pretty disappointed: the parcel was still sent to the old address."],
    },
  },
  {
    // a legal threat said politely is still frustration, and a menace said sideways is a threat: the legal path card
    // first, then the threat path
    name: 'veiled-threat',
    channel: 'messaging',
    lines: {
      es: ['Por favor, devuélvanme los 45 € del cargo por salida tardía; de lo contrario presentaré una reclamación en Consumo. Gracias.', { agent: 'Lo reviso ahora mismo.' }, 'Y decidle al vigilante del parking que si me vuelve a gritar se las va a ver conmigo.'],
      en: ["Please refund the $45 late exit fee, otherwise I'll report this to the Department of Consumer Affairs. Thanks.", { agent: 'I am looking into it now.' }, "And tell your parking warden that if he shouts at me again he'd better pray he doesn't run into me."],
    },
  },
  {
    name: 'flagged',
    lines: { es: ['Buenas tardes, tengo una duda sobre mi factura de octubre.'], en: ['Good afternoon, I have a question about my October invoice.'] },
    flagNote: { es: 'Insultó a dos compañeros en marzo. Mejor que lo lleve alguien con experiencia.', en: 'Insulted two colleagues in March. Best handled by someone experienced.' },
  },
];

function sceneState(scene: Scene, lang: 'es' | 'en', tabId: number, now: number): TabState {
  const lines = scene.lines[lang];
  const messages: StoredMessage[] = lines.map((l, i) => {
    const time = new Date(now - (lines.length - i) * 3 * 60_000).toISOString();
    const id = String(930001 + i);
    if (typeof l !== 'string') return { id, role: 'agent', author: lang === 'es' ? 'Carlos Ruiz' : 'Carl Reed', time, text: l.agent, truncated: false, assessment: null, seenAt: now };
    const a = classifier.classify(l);
    return { id, role: 'customer', author: lang === 'es' ? 'Lucía Fernández' : 'Laura Finch', time, text: l, truncated: false, assessment: { ...a, cues: a.cues }, seenAt: now };
  });
  const channel = scene.channel ?? 'email';
  const guidance = coach({
    messages: messages.map((m) => ({ id: m.id, role: m.role, time: Date.parse(m.time!), tone: m.assessment?.tone ?? null, flags: m.assessment?.flags ?? [], text: m.role === 'agent' ? m.text : undefined })),
    channel,
    ended: scene.ended,
    now,
  });
  const r = gate({ candidates: candidatesOf(guidance), shown: [], notHelpful: [], now });
  const view: PageView = {
    instance: 'screens',
    site: 'zendesk',
    url: `https://acme.zendesk.com/agent/tickets/${4900 + tabId}`,
    status: 'ticket',
    ticketId: String(4900 + tabId),
    channel,
    requester: { name: lang === 'es' ? 'Lucía Fernández' : 'Laura Finch', id: '555' },
    diagnostics: null,
  };
  return { version: 1, tabId, view, messages, guidance, gate: { show: r.show, fresh: r.fresh, held: r.suppressed, shown: r.shown, recheckAt: r.recheckAt, at: now }, updatedAt: now };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.slice(2);
  const shots: string[] = [];
  for (const lang of ['es', 'en'] as const) {
    const ext = await launch({ lang });
    const now = Date.now();
    // one fake tab id per scene: the panel's ?tab= shows that tab's stored state
    const scenes = SCENES.filter((s) => !only.length || only.includes(s.name));
    for (const [i, scene] of scenes.entries()) {
      const tabId = 900 + i;
      const state = sceneState(scene, lang, tabId, now);
      const session: Record<string, unknown> = { [tabKey(tabId)]: state };
      if (scene.checks) session[checksKey('zendesk', state.view.ticketId!)] = scene.checks;
      const local: Record<string, unknown> = {};
      if (scene.flagNote) {
        const flag: FlaggedCustomer = { site: 'zendesk', requesterKey: '555', name: state.view.requester!.name, note: scene.flagNote[lang], at: now - 9 * 86_400_000, ticketId: '4611' };
        local[flagKey('zendesk', state.view.requester)!] = flag;
      }
      await ext.sw.evaluate(async ([s, l]) => {
        await chrome.storage.session.set(s);
        await chrome.storage.local.set(l);
      }, [session, local] as const);
      for (const scheme of ['light', 'dark'] as const) {
        const panel = await ext.openPanel(tabId);
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.setViewportSize({ width: 400, height: 900 });
        await panel.locator('[data-testid="message"]').first().waitFor();
        if (scene.breathe) {
          await panel.getByText(lang === 'es' ? 'Empezar un minuto de respiración' : 'Start one minute of breathing').click();
          await panel.waitForTimeout(2500);
        }
        const file = join(OUT, `ui-${scene.name}-${lang}-${scheme}.png`);
        await panel.screenshot({ path: file, fullPage: true });
        shots.push(file);
        await panel.close();
      }
      if (scene.flagNote) {
        for (const scheme of ['light', 'dark'] as const) {
          const popup = await ext.context.newPage();
          await popup.emulateMedia({ colorScheme: scheme });
          await popup.setViewportSize({ width: 300, height: 330 });
          await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html?tab=${tabId}`);
          await popup.getByTestId('flagged-banner').waitFor();
          const file = join(OUT, `ui-popup-${lang}-${scheme}.png`);
          await popup.screenshot({ path: file, fullPage: true });
          shots.push(file);
          await popup.close();
        }
      }
      if (scene.flagNote) await ext.sw.evaluate(async (k) => chrome.storage.local.remove(k), Object.keys(local)[0]);
    }
    await ext.close();
  }
  console.log(shots.join('\n'));
}

void main();
