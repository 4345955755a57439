/**
 * Visible text of a message body, as an agent reads it: block elements start new lines, runs of
 * whitespace collapse, lines are trimmed and empty ones dropped. Quoted history, signatures, icons and
 * buttons are left out. Uses textContent only: nothing from the page is ever parsed or executed.
 */

const BLOCK = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'PRE', 'SECTION', 'ARTICLE', 'HR', 'DL', 'DT', 'DD']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'BLOCKQUOTE', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'svg']);
export const QUOTED_SELECTOR = '.x_freshdesk_quote, .freshdesk_quote, .gmail_quote, .zd-quoted, .quoted-text, .signature, [data-test-id="convo-log-item-read-indicator"], [data-test-id="convo-log-item-delivered-indicator"], .yahoo_quoted, #divRplyFwdMsg, #appendonsend';

/** Hard cap on one message's text: a megabyte paste is still read, but not more than this. */
export const MAX_MESSAGE_CHARS = 200_000;

export function visibleText(root: Element, skip: string = QUOTED_SELECTOR): string {
  // One query per message for the parts to leave out: Element.matches() with this long selector list on every
  // element cost ~20 ms on a 500-message ticket in Chromium, a query over the message costs next to nothing.
  const found = root.querySelectorAll(skip);
  const skipped = found.length ? new Set(found) : null;
  const lines: string[] = [];
  let line = '';
  let total = 0;
  const breakLine = () => {
    // most lines are already clean: only whitespace runs, tabs, newlines or no-break spaces need the regex
    const t = (NEEDS_SPACING.test(line) ? line.replace(SPACING, ' ') : line).trim();
    if (t) {
      lines.push(t);
      total += t.length + 1;
    }
    line = '';
  };
  const walk = (node: Node) => {
    if (total > MAX_MESSAGE_CHARS) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        line += (child as Text).data;
        if (line.length > MAX_MESSAGE_CHARS) breakLine();
      } else if (type === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if (SKIP_TAGS.has(tag) || skipped?.has(el) || el.getAttribute('aria-hidden') === 'true') continue;
        const block = BLOCK.has(tag);
        if (block) breakLine();
        if (el.firstChild) walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  breakLine();
  const text = lines.join('\n');
  return text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
}

const SPACING = /[ \t\r\n\f\u00a0]+/g;
/** leading or trailing space, two spaces, or any other kind of white space */
const NEEDS_SPACING = /^[ \t\r\n\f\u00a0]|[ \t\r\n\f\u00a0]$|[ \t\r\n\f\u00a0]{2}|[\t\r\n\f\u00a0]/;

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first element matching any of the selectors, tried in order (newest page generation first). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}
