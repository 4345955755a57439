/**
 * Runs in the page's own JavaScript world (content_scripts world "MAIN"), because the helpdesks' editors keep
 * their state in JavaScript objects the isolated content script cannot see: CKEditor 5 (Zendesk) drops text
 * that is typed into its DOM behind its back, so wording must go through its model; Froala (Freshdesk) through
 * its instance. This file only listens for Calma's insert requests and answers with the outcome. It reads no
 * customer text and sends nothing anywhere.
 */
import { insertIntoEditor, type InsertRequest } from '../sites/insert/main-world-insert.ts';

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== window) return;
  const d = e.data as InsertRequest | undefined;
  if (!d || d.source !== 'calma-isolated' || d.kind !== 'insert') return;
  let result;
  try {
    result = insertIntoEditor(document, d);
  } catch (err) {
    result = { ok: false as const, method: 'none' as const, reason: String(err) };
  }
  window.postMessage({ source: 'calma-main', kind: 'insert-result', id: d.id, ...result }, '*');
});
