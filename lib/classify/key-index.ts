/**
 * A string -> number index over keys that already sit in one large text (the compiled lexicon's
 * tables), built without cutting a string per key: an open-addressing hash table of key positions.
 *
 * Why not a Map: a worker start fills the index with ~46,000 keys. Slicing each key out of its
 * table and inserting it into a Map took ~34 ms of the ~48 ms classifier start (Node profile).
 * Here a key costs its characters' hash and four integers. A worker runs this code cold (not yet
 * optimised), where every call and every pass over a character counts: `addLines` finds a table's
 * keys and hashes them in the same single pass of charCodeAt, and a slot keeps the key's full
 * hash next to its place, so a probe compares characters only when the hashes are equal. Lookups
 * hash the query the same way and compare characters in place. A key added twice keeps its last
 * value, as Map.set does.
 */

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (what an Int32Array holds). */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const BAR = 124; // '|': between the keys of a line
const NEWLINE = 10; // '\n': between lines

function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
  return h;
}

/** Integers per slot: the key's hash, its start in the text, its length, its value + 1 (0: empty). */
const STRIDE = 4;

export class KeyIndex {
  private slots: Int32Array;
  /** Number of slots - 1 (a power of two - 1). */
  private mask: number;
  private count = 0;

  /** `text`: where every key added lies. `expected`: about how many keys (the table grows past it if needed). */
  constructor(
    private readonly text: string,
    expected: number,
  ) {
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
    let i = from;
    while (i < to) {
      i = text.indexOf('\t', i) + 1;
      if (i === 0 || i > to) throw new Error('classifier model: a lexicon line without its tab');
      let start = i;
      let h = HASH_SEED;
      for (; ; i++) {
        const c = i < to ? text.charCodeAt(i) : NEWLINE;
        if (c !== BAR && c !== NEWLINE) {
          h = Math.imul(h ^ c, HASH_PRIME);
          continue;
        }
        this.put(h, start, i - start, line, true);
        if (c === NEWLINE) break;
        start = i + 1;
        h = HASH_SEED;
      }
      i++;
      line++;
    }
    return line - firstLine;
  }

  /** Adds the key text[start, end) with `value` unless it is there already; true when it was added. */
  addNew(start: number, end: number, value: number): boolean {
    return this.put(hashRange(this.text, start, end), start, end - start, value, false);
  }

  private put(h: number, start: number, length: number, value: number, replace: boolean): boolean {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      if (slots[at + 3] === 0) {
        slots[at] = h;
        slots[at + 1] = start;
        slots[at + 2] = length;
        slots[at + 3] = value + 1;
        this.count++;
        return true;
      }
      if (slots[at] === h && this.sameKey(at, this.text, start, length)) {
        if (replace) slots[at + 3] = value + 1;
        return false;
      }
    }
  }

  get(key: string): number | undefined {
    const h = hashRange(key, 0, key.length);
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * STRIDE;
      const value = slots[at + 3]!;
      if (value === 0) return undefined;
      if (slots[at] === h && this.sameKey(at, key, 0, key.length)) return value - 1;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.count;
  }

  /** True when the key in the slot at `at` equals other[start, start + length). */
  private sameKey(at: number, other: string, start: number, length: number): boolean {
    if (this.slots[at + 2] !== length) return false;
    const s = this.slots[at + 1]!;
    const text = this.text;
    for (let i = 0; i < length; i++) if (text.charCodeAt(s + i) !== other.charCodeAt(start + i)) return false;
    return true;
  }

  /** Twice the slots, each key re-placed by its kept hash (no characters read again). */
  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * STRIDE);
    this.count = 0;
    for (let at = 0; at < old.length; at += STRIDE)
      if (old[at + 3] !== 0) this.put(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]! - 1, false);
  }
}
