/** Dotted paths into plain JSON objects ('limits.time.ticketMinutes'). Pure. */

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** A copy of `obj` with `value` at `path`; intermediate objects are copied, never mutated. */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const base = (typeof obj === 'object' && obj !== null ? obj : {}) as Record<string, unknown>;
  const next = rest.length === 0 ? value : setPath(base[head], rest.join('.'), value);
  return { ...base, [head]: next } as T;
}

/** Every leaf path of a plain object (arrays count as leaves). */
export function leafPaths(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return prefix ? [prefix] : [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj)) out.push(...leafPaths(v, prefix ? `${prefix}.${k}` : k));
  return out;
}

export function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** A deep copy of plain JSON data (settings are always JSON). */
export function clone<T>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}
