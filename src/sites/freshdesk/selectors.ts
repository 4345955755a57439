/**
 * Freshdesk (Mint / Ember agent UI, /a/ routes) selectors, with the generation each comes from. Sources and
 * trust levels: ../shared/design/helpdesk-dom.md (section 2).
 */
export const F = {
  /** One per message; the reply box carries the same class and must be filtered out. */
  item: '.ticket-details__item',
  replyBox: '.rich-editor',
  requestor: 'ticket-details__requestor',
  privateNote: 'ticket-details__privatenote',
  agentMarker: '[data-test-is-agent]',
  description: ['[data-test-id="ticket-description"]', '.requestor-wrap[data-album^="ticket_"]'],
  descriptionBody: ['#ticket_original_request', '.ticket-details__item__content', '.text-content-wrapper'],
  body: ['[data-test-conversation="conversation-text"]', '[data-test-id="conversation-content-wrapper"]', '.ticket_note', '.text-content-wrapper'],
  noteId: '[data-note-id]',
  album: '[data-album^="note_"]',
  author: ['[data-test-id="user-name"]', '.sender-info', '.user'],
  contactLink: 'a[href*="/a/contacts/"]',
  timeAgo: '[data-test-id="time-ago"]',
  time: 'time[datetime]',
  subject: '.ticket-subject-heading',
  shadowHosts: ['ticket-details', 'fw-unified-mfe--contact-info'],
  editor: '.fr-element.fr-view[contenteditable="true"]',
  /** Status: the status card [S] (Pepperoni-mc better-viewlift), the properties field [G]. */
  status: ['[data-test-id="ticket-status"]', '[data-test-id="tkt-properties-status"] .ember-power-select-selected-item', '[data-test-id="tkt-properties-status"]'],
} as const;

export const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)(?:\/|$)/;
