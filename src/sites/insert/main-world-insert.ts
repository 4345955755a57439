/**
 * Insert text at the END of the reply the agent is writing, through the editor's own API, so the editor's state
 * (what gets sent) has it. Never replaces or reorders the agent's draft. Order of attempts:
 *   1. CKEditor 5 (Zendesk): editable.ckeditorInstance → model.change(insertContent at the end)
 *   2. Froala (Freshdesk): the instance kept on the element ('data-froala.editor') → html.insert at the end
 *   3. a synthetic paste event carrying the text (DataTransfer built here, in the page's world)
 * and each is verified by reading the editor back. If none worked, the caller falls back to the clipboard.
 */

export interface InsertRequest {
  source: 'calma-isolated';
  kind: 'insert';
  id: string;
  site: 'zendesk' | 'freshdesk';
  ticketId: string | null;
  text: string;
}

export type InsertMethod = 'ckeditor' | 'froala' | 'paste' | 'none';
export type InsertResult = { ok: true; method: InsertMethod } | { ok: false; method: 'none'; reason: string };

const ZENDESK_EDITOR = '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"], .ck-editor__editable[data-test-id="omnicomposer-plain-text-ckeditor"]';
const FRESHDESK_EDITOR = '.fr-element.fr-view[contenteditable="true"]';

interface CkEditor {
  model: {
    document: { getRoot(): unknown };
    change(fn: (writer: CkWriter) => void): void;
    insertContent(content: unknown, where?: unknown): void;
  };
  getData(): string;
}
interface CkWriter {
  createText(text: string): unknown;
  createElement(name: string): unknown;
  insert(item: unknown, where: unknown): void;
  append(item: unknown, parent: unknown): void;
  createPositionAt(parent: unknown, offset: 'end' | number): unknown;
}
interface FroalaEditor {
  html: { get(): string; insert(html: string, clean?: boolean): void };
  selection?: { setAtEnd(el: Element): void; restore(): void };
  undo?: { saveStep(): void };
  el?: Element;
  events?: { focus?(): void };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text of an HTML string, parsed inertly (DOMParser runs no scripts and loads nothing). */
function textOfHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html.replace(/<\/p>/g, '</p> ')}</body>`, 'text/html');
  return normalise(doc.body.textContent ?? '');
}

function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The editor of the ticket on screen: Zendesk keeps one composer per open tab. */
function findEditor(doc: Document, req: InsertRequest): HTMLElement | null {
  if (req.site === 'zendesk') {
    const panes = req.ticketId
      ? [...doc.querySelectorAll(`[data-side-conversations-anchor-id="${req.ticketId}"], [data-ticket-id="${req.ticketId}"]`)]
      : [];
    for (const p of panes) {
      const ed = p.querySelector<HTMLElement>(ZENDESK_EDITOR);
      if (ed) return ed;
    }
    return doc.querySelector<HTMLElement>(ZENDESK_EDITOR);
  }
  return doc.querySelector<HTMLElement>(FRESHDESK_EDITOR);
}

function viaCkEditor(el: HTMLElement, text: string): boolean {
  const editor = (el as unknown as { ckeditorInstance?: CkEditor }).ckeditorInstance;
  if (!editor?.model) return false;
  editor.model.change((writer) => {
    const root = editor.model.document.getRoot();
    for (const line of text.split('\n')) {
      const p = writer.createElement('paragraph');
      writer.insert(writer.createText(line), writer.createPositionAt(p, 0));
      writer.append(p, root);
    }
  });
  return textOfHtml(editor.getData()).includes(normalise(text));
}

function froalaOf(el: HTMLElement): FroalaEditor | null {
  for (let n: HTMLElement | null = el; n; n = n.parentElement) {
    const ed = (n as unknown as Record<string, unknown>)['data-froala.editor'] as FroalaEditor | undefined;
    if (ed?.html) return ed;
  }
  return null;
}

function viaFroala(el: HTMLElement, text: string): boolean {
  const ed = froalaOf(el);
  if (!ed) return false;
  ed.selection?.setAtEnd(ed.el ?? el);
  ed.selection?.restore();
  ed.html.insert(text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join(''), true);
  ed.undo?.saveStep();
  return textOfHtml(ed.html.get()).includes(normalise(text));
}

function viaPaste(el: HTMLElement, text: string): boolean {
  const before = normalise(el.innerText || el.textContent || '');
  el.focus();
  const sel = el.ownerDocument.getSelection();
  if (sel) {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    range.collapse(false); // at the end: the agent's draft stays as it is
    sel.removeAllRanges();
    sel.addRange(range);
  }
  const dt = new DataTransfer();
  dt.setData('text/plain', text);
  dt.setData('text/html', text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join(''));
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  const after = normalise(el.innerText || el.textContent || '');
  return after !== before && after.includes(normalise(text));
}

export function insertIntoEditor(doc: Document, req: InsertRequest): InsertResult {
  const el = findEditor(doc, req);
  if (!el) return { ok: false, method: 'none', reason: 'no reply editor is open' };
  if (req.site === 'zendesk' && viaCkEditor(el, req.text)) return { ok: true, method: 'ckeditor' };
  if (req.site === 'freshdesk' && viaFroala(el, req.text)) return { ok: true, method: 'froala' };
  if (viaPaste(el, req.text)) return { ok: true, method: 'paste' };
  return { ok: false, method: 'none', reason: 'the editor did not accept the text' };
}
