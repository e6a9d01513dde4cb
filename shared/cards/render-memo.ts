/**
 * A small bounded memo for the platform renderers: the same card block in, the same platform JSON
 * out. A broadcast sends one card per recipient, and most of it (the heading, the body, the small
 * print) is the same for every recipient who reads that language; only a few parts differ (a
 * tracked link signed for the person, their own vote or acknowledgement). Keyed by the block's own
 * JSON, each distinct block is parsed, escaped and fitted once per platform and text cap, the
 * per-person blocks are simply other keys, and an edit (new text) needs no invalidation.
 *
 * Values are deep-frozen: a caller that mutated a rendering shared between recipients would throw
 * (modules are strict) instead of leaking one person's output into another's message.
 */

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class RenderMemo<V> {
  private readonly entries = new Map<string, V>();

  /** `capacity`: entries kept, least recently used dropped first */
  constructor(private readonly capacity: number) {}

  get(key: string, render: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // refreshed as most recently used
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = deepFreeze(render());
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }
}
