import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coach } from '../../../src/coach/conversation.ts';
import type { ConvMessage } from '../../../src/coach/facts.ts';
import { classifier } from '../classify/helpers.ts';

/**
 * The fixture tickets through the worker's path (customer messages classified, agent replies read as text):
 * the cards the e2e suites expect, and what the agents' replies are found to do.
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'pages');
const pages = ['zendesk', 'freshdesk'].flatMap((site) =>
  readdirSync(join(DIR, site))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => ({ name: `${site}/${f}`, page: JSON.parse(readFileSync(join(DIR, site, f), 'utf8')) })),
);

function guidanceOf(page: { channel: 'email' | 'messaging'; messages: { id: string; role: string; time: string | null; text: string }[] }) {
  const messages: ConvMessage[] = page.messages.map((m) => {
    const a = m.role === 'customer' ? classifier.classify(m.text) : null;
    return { id: m.id, role: m.role, time: m.time ? Date.parse(m.time) : null, tone: a?.tone ?? null, flags: a?.flags ?? [], text: m.role === 'agent' ? m.text : undefined };
  });
  return coach({ messages, channel: page.channel });
}

describe('fixture tickets through the coach', () => {
  it.each(pages)('$name: abuse and calming cards, and the agent replies are read', ({ page }) => {
    const g = guidanceOf(page);
    expect(g.situations).toEqual(expect.arrayContaining(['insult', 'calming']));
    expect(g.situations).not.toContain('end-conversation'); // no agent asked the customer to stop
    expect(Object.keys(g.facts!.agentActs).length).toBeGreaterThan(0);
  });

  it('zendesk 2025-11 shows what the e2e suite expects, and the agent apologised and escalated', () => {
    const { page } = pages.find((p) => p.name === 'zendesk/agent-workspace-2025-11.expected.json')!;
    const g = guidanceOf(page);
    expect(g.situations).toEqual(['legal-threat', 'insult', 'calming']);
    expect(g.facts!.agentActs['900005']).toEqual(expect.arrayContaining(['acknowledge', 'escalate']));
    expect(g.facts!.calmingTried).toBe(true);
  });
});
