import { useEffect, useState } from 'preact/hooks';
import type { KeyStore } from './connector.ts';

/** A value in a storage area, kept in sync with other pages (panel, popup, other windows). key null: nothing. */
export function useStored<T>(store: KeyStore, key: string | null): [T | undefined, (v: T | undefined) => void, boolean] {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    setValue(undefined);
    setLoaded(false);
    if (key === null) return;
    let live = true;
    const off = store.watch<T>(key, (v) => live && setValue(v));
    void store.get<T>(key).then((v) => {
      if (!live) return;
      setValue(v);
      setLoaded(true);
    });
    return () => {
      live = false;
      off();
    };
  }, [store, key]);
  const set = (v: T | undefined) => {
    if (key === null) return;
    setValue(v);
    void (v === undefined ? store.remove(key) : store.set(key, v));
  };
  return [value, set, loaded];
}
