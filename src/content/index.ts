/**
 * Content script entry. Picks the helpdesk adapter by host; on any other page it does nothing at all.
 * It only reads the page (never writes into it, never logs above debug), and fails closed: if the extension
 * is reloaded or updated under it, it disconnects quietly.
 */
import { adapterFor } from '../sites/index.ts';
import { startWatching } from './watch.ts';

const adapter = adapterFor(location.hostname);
if (adapter) startWatching(adapter);
