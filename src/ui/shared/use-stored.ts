import { useEffect, useRef, useState } from 'preact/hooks';
import type { KeyStore } from './connector.ts';

type Update<T> = T | undefined | ((prev: T | undefined) => T | undefined);

/**
 * A value in a storage area, kept in sync with other pages (panel, popup, other windows); key null: nothing.
 * The value belongs to its key: switching keys starts from undefined at once (no stale value of the previous
 * ticket), and a change made here before the first read resolves is not overwritten by that read.
 */
export function useStored<T>(store: KeyStore, key: string | null): [T | undefined, (u: Update<T>) => void] {
  const cur = useRef<{ key: string | null; v: T | undefined; touched: boolean }>({ key, v: undefined, touched: false });
  if (cur.current.key !== key) cur.current = { key, v: undefined, touched: false };
  const [, rerender] = useState(0);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const off = store.watch<T>(key, (v) => {
      if (!live) return;
      cur.current = { key, v, touched: true };
      rerender((n) => n + 1);
    });
    void store.get<T>(key).then((v) => {
      if (!live || cur.current.key !== key || cur.current.touched) return;
      cur.current = { key, v, touched: false };
      rerender((n) => n + 1);
    });
    return () => {
      live = false;
      off();
    };
  }, [store, key]);
  const set = (u: Update<T>) => {
    if (key === null || cur.current.key !== key) return;
    const v = typeof u === 'function' ? (u as (p: T | undefined) => T | undefined)(cur.current.v) : u;
    cur.current = { key, v, touched: true };
    rerender((n) => n + 1);
    void (v === undefined ? store.remove(key) : store.set(key, v));
  };
  return [cur.current.v, set];
}
