/**
 * A string -> number index over keys that already sit in one large text (the compiled lexicon's
 * tables), built without cutting a string per key: an open-addressing hash table of key positions.
 *
 * Why not a Map: a worker start fills the index with ~46,000 keys. Slicing each key out of its
 * table and inserting it into a Map took ~34 ms of the ~48 ms classifier start (Node profile).
 * Here a key costs a hash of a few of its characters and two integers. A worker runs this code cold
 * (not yet optimised), where every step counts: `addLines` finds a table's keys with indexOf (native
 * code), hashes at most eight characters of each, and a slot keeps part of the hash next to the
 * key's place, so a probe compares characters only when those bits agree. Lookups hash the query
 * the same way and compare characters in place. A key added twice keeps its last
 * value, as Map.set does.
 */

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (what an Int32Array holds). */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const BAR = 124; // '|': between the keys of a line
const NEWLINE = 10; // '\n': between lines

/**
 * The hash of text[start, end): its length and at most eight of its characters (the first and last
 * three, two inside), so that a key costs the same few steps however long it is.
 */
function hashRange(text: string, start: number, end: number): number {
  const length = end - start;
  let h = Math.imul(HASH_SEED ^ length, HASH_PRIME);
  if (length <= 8) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
    return h;
  }
  h = Math.imul(h ^ text.charCodeAt(start), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + 1), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + 2), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + (length >> 2)), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(start + (length >> 1)), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(end - 3), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(end - 2), HASH_PRIME);
  h = Math.imul(h ^ text.charCodeAt(end - 1), HASH_PRIME);
  return h;
}

/**
 * Integers per slot: the key's start in the text + 1 (0: an empty slot) with the hash's top bits
 * above it, and its value. Eight bytes a slot: the ~1 MB table of the shipped lexicon is what a
 * worker start's inserts miss the cache in (a slot of 16 bytes, hash, start, length and value
 * apart, cost a third more there). A key's length is not kept: it ends at '|', '\n' or the text's end.
 */
const STRIDE = 2;

export class KeyIndex {
  private slots: Int32Array;
  /** Number of slots - 1 (a power of two - 1). */
  private mask: number;
  private count = 0;
  /** The low bits of a slot's first integer hold the key's start + 1, the others the hash's. */
  private readonly posMask: number;

  /** `text`: where every key added lies. `expected`: about how many keys (the table grows past it if needed). */
  constructor(
    private readonly text: string,
    expected: number,
  ) {
    const posBits = 32 - Math.clz32(text.length + 1);
    if (posBits > 24) throw new Error('key index: text too long');
    this.posMask = (1 << posBits) - 1;
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
  }

  /**
   * Adds the keys of the table lines in text[from, to): each line "<refs>\t<key>|<key>|...", its
   * lines '\n'-separated, every key with its line's number, counting from `firstLine`; a key
   * already there takes the new value (as Map.set does). Returns the number of lines read.
   * One pass of charCodeAt over the keys finds and hashes them at once (the refs are skipped by
   * indexOf, in native code); one call per table, so that its loop is optimised early.
   */
  addLines(from: number, to: number, firstLine: number): number {
    const text = this.text;
    let line = firstLine;
    let start = from;
    let bar = text.indexOf('|', from);
    while (start < to) {
      let end = text.indexOf('\n', start);
      if (end < 0 || end > to) end = to;
      start = text.indexOf('\t', start) + 1;
      if (start === 0 || start > end) throw new Error('classifier model: a lexicon line without its tab');
      while (bar >= 0 && bar < end) {
        this.put(hashRange(text, start, bar), start, bar - start, line, true);
        start = bar + 1;
        bar = text.indexOf('|', start);
      }
      this.put(hashRange(text, start, end), start, end - start, line, true);
      start = end + 1;
      line++;
    }
    return line - firstLine;
  }

  /**
   * Adds the key text[start, end), which ends where a key does ('|', '\n' or the text's end), with
   * `value` unless it is there already; true when it was added.
   */
  addNew(start: number, end: number, value: number): boolean {
    return this.put(hashRange(this.text, start, end), start, end - start, value, false);
  }

  private put(h: number, start: number, length: number, value: number, replace: boolean): boolean {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const word = (h & ~this.posMask) | (start + 1);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const w = slots[at]!;
      if (w === 0) {
        slots[at] = word;
        slots[at + 1] = value;
        this.count++;
        return true;
      }
      if (((w ^ word) & ~this.posMask) === 0 && this.sameKey((w & this.posMask) - 1, this.text, start, length)) {
        if (replace) slots[at + 1] = value;
        return false;
      }
    }
  }

  get(key: string): number | undefined {
    const h = hashRange(key, 0, key.length);
    const tag = h & ~this.posMask;
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const w = slots[at]!;
      if (w === 0) return undefined;
      if ((w & ~this.posMask) === tag && this.sameKey((w & this.posMask) - 1, key, 0, key.length)) return slots[at + 1];
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.count;
  }

  /** True when the key stored from text[s] equals other[start, start + length). */
  private sameKey(s: number, other: string, start: number, length: number): boolean {
    const text = this.text;
    for (let i = 0; i < length; i++) if (text.charCodeAt(s + i) !== other.charCodeAt(start + i)) return false;
    const end = s + length;
    if (end === text.length) return true;
    const c = text.charCodeAt(end);
    return c === BAR || c === NEWLINE;
  }

  /** Twice the slots, each key re-placed (hashed again: the slots keep only part of its hash). */
  private grow(): void {
    const old = this.slots;
    const text = this.text;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * STRIDE);
    this.count = 0;
    for (let at = 0; at < old.length; at += STRIDE) {
      const w = old[at]!;
      if (w === 0) continue;
      const start = (w & this.posMask) - 1;
      let end = start;
      for (let c = text.charCodeAt(end); end < text.length && c !== BAR && c !== NEWLINE; c = text.charCodeAt(++end));
      this.put(hashRange(text, start, end), start, end - start, old[at + 1]!, false);
    }
  }
}
