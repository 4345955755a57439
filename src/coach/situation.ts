/**
 * Kept for callers that only have customer messages (no agent replies, no channel): `assess` is `coach` over
 * them. New callers use `coach` from conversation.ts with the whole ticket.
 */
import type { FlagId, Tone } from '../classify/types.ts';
import { coach } from './conversation.ts';
import type { Guidance } from './types.ts';

export { RECENT_WINDOW } from './conversation.ts';

/** A customer message as the coach sees it: no text, only what the classifier found. */
export interface CoachMessage {
  id: string;
  tone: Tone;
  flags: FlagId[];
}

export interface CoachInput {
  /** customer messages of the ticket, oldest first */
  messages: CoachMessage[];
  /** the ticket was solved or closed after the conversation */
  ended?: boolean;
}

export function assess(input: CoachInput): Guidance {
  return coach({ messages: input.messages.map((m) => ({ ...m, role: 'customer', time: null })), ended: input.ended });
}
