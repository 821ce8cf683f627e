/**
 * A string -> number index over keys that already sit in a few large texts (the compiled lexicon's
 * tables), built without cutting a string per key: an open-addressing hash table of key positions.
 *
 * Why not a Map: a worker start fills the index with ~41,000 keys. Slicing each key out of its
 * table and inserting it into a Map took ~34 ms of the ~48 ms classifier start (Node profile);
 * hashing the characters in place and storing two integers per key takes a few milliseconds, which
 * keeps the classifier's load under its 50 ms budget (#15). Lookups hash the query the same way and
 * compare characters in place. A key added twice keeps its last value, as Map.set does.
 */

/** FNV-1a over UTF-16 code units, as a 32-bit unsigned integer. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class KeyIndex {
  private readonly texts: string[] = [];
  /** Per slot: text number + 1 (0 = empty), key start, key end, value. */
  private textOf: Int32Array;
  private startOf: Int32Array;
  private endOf: Int32Array;
  private valueOf: Int32Array;
  private mask: number;
  private count = 0;

  /** `expected`: about how many keys will be added (the table grows past it if needed). */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.mask = size - 1;
    this.textOf = new Int32Array(size);
    this.startOf = new Int32Array(size);
    this.endOf = new Int32Array(size);
    this.valueOf = new Int32Array(size);
  }

  /** Registers a text whose ranges will be added; returns its number for `add`. */
  addText(text: string): number {
    this.texts.push(text);
    return this.texts.length - 1;
  }

  /** Adds the key text[start, end) of text number `t` with `value` (a non-negative integer). */
  add(t: number, start: number, end: number, value: number): void {
    this.put(t, start, end, value, true);
  }

  /** Adds the key as `add` does unless it is there already; true when it was added. */
  addNew(t: number, start: number, end: number, value: number): boolean {
    return this.put(t, start, end, value, false);
  }

  private put(t: number, start: number, end: number, value: number, replace: boolean): boolean {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const text = this.texts[t] ?? '';
    let slot = hashRange(text, start, end) & this.mask;
    for (;;) {
      const at = this.textOf[slot] ?? 0;
      if (at === 0) {
        this.textOf[slot] = t + 1;
        this.startOf[slot] = start;
        this.endOf[slot] = end;
        this.valueOf[slot] = value;
        this.count++;
        return true;
      }
      if (this.sameRange(slot, text, start, end)) {
        if (replace) this.valueOf[slot] = value;
        return false;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  get(key: string): number | undefined {
    return this.getRange(key, 0, key.length);
  }

  /** The value of the key text[start, end), without cutting it out. */
  getRange(text: string, start: number, end: number): number | undefined {
    let slot = hashRange(text, start, end) & this.mask;
    for (;;) {
      const at = this.textOf[slot] ?? 0;
      if (at === 0) return undefined;
      if (this.sameRange(slot, text, start, end)) return this.valueOf[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.count;
  }

  /** True when the key stored in `slot` equals text[start, end). */
  private sameRange(slot: number, text: string, start: number, end: number): boolean {
    const s = this.startOf[slot] ?? 0;
    const e = this.endOf[slot] ?? 0;
    if (e - s !== end - start) return false;
    const stored = this.texts[(this.textOf[slot] ?? 1) - 1] ?? '';
    for (let i = 0; i < end - start; i++) if (stored.charCodeAt(s + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  private grow(): void {
    const old = { t: this.textOf, s: this.startOf, e: this.endOf, v: this.valueOf };
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.textOf = new Int32Array(size);
    this.startOf = new Int32Array(size);
    this.endOf = new Int32Array(size);
    this.valueOf = new Int32Array(size);
    this.count = 0;
    for (let i = 0; i < old.t.length; i++) {
      const at = old.t[i] ?? 0;
      if (at !== 0) this.add(at - 1, old.s[i] ?? 0, old.e[i] ?? 0, old.v[i] ?? 0);
    }
  }
}
