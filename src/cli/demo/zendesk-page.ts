import type { Page } from 'playwright-core';

export interface NewZendeskMessage {
  id: string;
  text: string;
  role?: 'end-user' | 'agent';
  author?: string;
  userId?: string;
}

/**
 * Append a message to a ticket's conversation log the way Agent Workspace renders one (same data-test-id
 * hooks as the real page). Used by the demo (`npm start`) and the end-to-end tests.
 */
export async function appendZendeskMessage(page: Page, ticketId: string, m: NewZendeskMessage): Promise<void> {
  await page.evaluate(
    ({ ticketId, m }) => {
      const pane = document.querySelector(`[data-ticket-id="${ticketId}"], [data-side-conversations-anchor-id="${ticketId}"]`)!;
      const log = pane.querySelector('[data-test-id="omni-log-container"]')!;
      // (no helper functions in here: tsx would wrap them in a __name() the page does not have)
      const article = document.createElement('article');
      article.setAttribute('data-test-id', 'omni-log-comment-item');
      article.setAttribute('data-comment-id', m.id);
      const env = document.createElement('div');
      env.setAttribute('data-test-id', 'ticket-conversation-event-message-envelope-container');
      const sender = document.createElement('div');
      sender.setAttribute('data-test-id', 'omni-log-item-sender');
      const link = document.createElement('a');
      link.setAttribute('data-test-id', 'omni-log-comment-user-link');
      link.href = `/agent/users/${m.userId ?? '555'}`;
      link.textContent = m.author ?? 'María López';
      sender.append(link);
      const time = document.createElement('time');
      time.setAttribute('data-test-id', 'timestamp-relative');
      time.dateTime = new Date().toISOString();
      time.textContent = new Date().toLocaleTimeString();
      env.append(sender, time);
      const bubble = document.createElement('div');
      bubble.setAttribute('data-test-id', 'omni-log-item-message');
      bubble.setAttribute('type', m.role ?? 'end-user');
      bubble.setAttribute('mode', 'standalone');
      const content = document.createElement('div');
      content.setAttribute('data-test-id', 'omni-log-message-content');
      const body = document.createElement('div');
      body.className = 'zd-comment';
      for (const line of m.text.split('\n')) {
        const p = document.createElement('p');
        p.textContent = line;
        body.append(p);
      }
      content.append(body);
      bubble.append(content);
      article.append(env, bubble);
      log.append(article);
      log.scrollTop = log.scrollHeight;
    },
    { ticketId, m },
  );
}
