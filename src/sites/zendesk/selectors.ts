/**
 * Every Zendesk Agent Workspace selector, with the generation it comes from. Sources and trust levels are in
 * ../shared/design/helpdesk-dom.md (section 1). Prefer data-test-id hooks; never styled-components classes.
 */
export const Z = {
  /** Tab bar (2023+) and the active tab carrying the ticket number. */
  activeTab: [
    '[data-test-id="header-tab"][aria-current="page"][data-entity-id]', // 2025-26
    'header div[data-selected="true"][data-entity-id]', // 2021-2022
    '[data-test-id="header-tab"][data-selected="true"][data-entity-id]', // 2022-2024 variant
  ],
  /** The pane of one ticket; several stay mounted, so always scope by ticket id. */
  paneById: (id: string) => [
    `[data-side-conversations-anchor-id="${id}"]`,
    `[data-ticket-id="${id}"]`,
    `[data-test-id="ticket-${id}-standard-layout"]`,
    `[data-test-id="ticket-${id}-custom-layout"]`,
  ],
  /** Fallback when the URL has no id: the pane marked active (2023-09+). */
  activePane: ['.ticket-panes-grid-layout[data-is-active="true"]', 'div[data-test-id^="ticket-"][data-is-active="true"]'],
  log: '[data-test-id="omni-log-container"]',
  item: 'article[data-test-id="omni-log-comment-item"]',
  itemFallback: 'article',
  internalNoteTag: '[data-test-id="omni-log-internal-note-tag"]',
  bubble: '[data-test-id="omni-log-item-message"]',
  content: '[data-test-id="omni-log-message-content"]',
  emailBody: '.zd-comment',
  sender: '[data-test-id="omni-log-item-sender"]', // span until 2024-08, div after
  userLink: '[data-test-id="omni-log-comment-user-link"]',
  time: 'time[datetime]',
  showMore: 'button[data-test-id="convolog-show-more-button"]',
  editor: '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]',
  /** Ticket status control [G]: not in the DOM doc; names seen in public scripts of uncertain origin. */
  status: ['[data-test-id="ticket-status-dropdown"]', '[data-test-id="ticket-status-select"]', '[data-test-id="status_select"]'],
  /** The ticket's whole pane (properties and conversation), to look for its status field in. */
  fullPane: (id: string) => [`.ticket-panes-grid-layout[data-ticket-id="${id}"]`, `[data-test-id="ticket-${id}-standard-layout"]`, `[data-test-id="ticket-${id}-custom-layout"]`, `[data-ticket-id="${id}"]`],
} as const;

export const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
