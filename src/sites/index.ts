import { freshdesk } from './freshdesk/adapter.ts';
import type { SiteAdapter } from './types.ts';
import { zendesk } from './zendesk/adapter.ts';

export const ADAPTERS: SiteAdapter[] = [zendesk, freshdesk];

export function adapterFor(hostname: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matchesHost(hostname));
}
