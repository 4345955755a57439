/**
 * Re-reading a 500-message ticket on every DOM change would cost the agent's page real time. The content
 * script marks the ancestors of every mutated node as dirty; adapters re-read only dirty or new items.
 */
export class ItemCache<T> {
  private values = new WeakMap<Element, T>();
  private dirty = new WeakSet<Element>();

  get(el: Element, compute: (el: Element) => T): T {
    if (!this.dirty.has(el) && this.values.has(el)) return this.values.get(el)!;
    const v = compute(el);
    this.values.set(el, v);
    return v;
  }

  /** Mark a mutated node and its ancestors: any cached item that contains it is read again. */
  touch(node: Node | null): void {
    let el: Element | null = node instanceof Element ? node : (node?.parentElement ?? null);
    while (el && !this.dirty.has(el)) {
      this.dirty.add(el);
      el = el.parentElement;
    }
  }

  /** After a scan, everything read is clean again. */
  settle(): void {
    this.dirty = new WeakSet();
  }
}
