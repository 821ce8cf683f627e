/**
 * An index of the keys that sit in one large text (the compiled lexicon's tables): a key -> where
 * it is in the text. Built without cutting a string per key: an open-addressing hash table of key
 * positions, one 32-bit integer a key.
 *
 * Why not a Map: a worker start fills the index with ~46,000 keys. Slicing each key out of its
 * table and inserting it into a Map took ~34 ms of the ~48 ms classifier start (Node profile). A
 * worker runs this code cold (not yet optimised), where every step counts, and the inserts land at
 * random in the table, each a likely cache miss. So `addLines` finds a table's keys with indexOf
 * (native code), hashes at most eight characters of each, and stores one integer: the key's place
 * in the text, with the hash's top bits above it so that a probe compares characters only when
 * those agree. A key ends where the text says (a '|', a line's end or the text's end), so no length is
 * kept; what the key reads as is found from its place (lexicon.ts), on look-up. 512 kB for the
 * shipped lexicon, where a Map-like slot of hash, start, length and value took 2 MB and a third
 * more time. Lookups hash the query the same way and compare characters in place.
 */

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
const BAR = 124; // '|': between the keys of a line
/**
 * Between the lines of the model's tables (LexiconSection): a character JSON writes as itself,
 * where a '\n' is written "\\n", two bytes, and makes JSON.parse unescape the string (3.5 kB of
 * the gzipped model, #15). No key holds it (keys are letters, digits and spaces).
 */
export const TABLE_LINE_END = ';';
const SEMICOLON = 59; // TABLE_LINE_END
const NEWLINE = 10; // '\n': between the lines of the derived names (name-keys.ts)
/** A character from U+0400 up: Cyrillic, CJK, Hangul... (the keys `deferLines` leaves for later). */
const FAR_CHAR = /[\u0400-\uffff]/;
/**
 * The keys of table lines made of characters below U+0400 only (Latin, Greek), as whole keys (group
 * 1): a key starts at the range's start or after a '|' or a line's end, and ends at one or at the range's end.
 */
const NEAR_KEY = /(?:^|[|;])([^|;\u0400-\uffff]*)(?=[|;]|$)/g;

/**
 * FNV-1a of text[start, end)'s length and at most eight of its characters (a short key's all; of a
 * longer one the first and last three and two inside), so that a key costs the same few steps
 * however long it is. Of the shipped lexicon's 41,384 table keys, 312 share a hash with another.
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

export class KeyIndex {
  /** Per slot: the key's start + 1 (0: an empty slot) in the low bits, the hash's top bits above. */
  private slots: Int32Array;
  /** Ranges [from, to) of table lines whose keys with a FAR_CHAR wait for the first look-up of such a key. */
  private deferred: number[] = [];
  /** Number of slots - 1 (a power of two - 1). */
  private mask: number;
  private count = 0;
  /** The low bits of a slot that hold the start + 1. */
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
    this.slots = new Int32Array(size);
  }

  /**
   * Adds the keys of the table lines in text[from, to): each line "<key>|<key>|...", the lines
   * TABLE_LINE_END-separated. A key there already moves to its new place (the last one counts, as with
   * Map.set). Returns the number of lines read.
   */
  addLines(from: number, to: number): number {
    const text = this.text;
    let lines = 0;
    let bar = text.indexOf('|', from);
    for (let line = from; line < to; lines++) {
      let end = text.indexOf(TABLE_LINE_END, line);
      if (end < 0 || end > to) end = to;
      let start = line;
      for (; bar >= 0 && bar < end; bar = text.indexOf('|', start)) {
        this.insert(start, bar, true);
        start = bar + 1;
      }
      this.insert(start, end, true);
      line = end + 1;
    }
    return lines;
  }

  /**
   * Adds the keys of the table lines in text[from, to) as addLines does, those holding a character
   * from U+0400 up (Cyrillic, CJK, Hangul) on the first look-up of a key holding one: a worker start
   * on a page in a Latin script never reads them. The other keys are added now, so the range must
   * come after every addLines range and before any addNewLines range, whose keys must hold no such
   * character: then every key ends at the place it would have, whenever the range is read.
   */
  deferLines(from: number, to: number): void {
    for (const near of this.text.slice(from, to).matchAll(NEAR_KEY)) {
      const end = from + near.index + near[0].length;
      this.insert(end - near[1]!.length, end, true);
    }
    this.deferred.push(from, to);
  }

  /**
   * Adds the keys of the lines in text[from, to) as addLines does, the lines '\n'-separated (derived
   * names, name-keys.ts), except that a key there already
   * keeps its place, each line's first `lead` characters are no key (a names line's depth digit),
   * and the lines numbered in `skip` (ascending) or holding a tab are not read. Returns the number
   * of lines.
   */
  addNewLines(from: number, to: number, lead: number, skip: readonly number[]): number {
    const text = this.text;
    let lines = 0;
    // The next line not to read (-1: none): no read past the list's end, which slows cold code.
    let nextSkip = 0;
    let skipAt = skip.length ? skip[0]! : -1;
    let tab = text.indexOf('\t', from);
    let bar = text.indexOf('|', from);
    for (let line = from; line < to; lines++) {
      let end = text.indexOf('\n', line);
      if (end < 0 || end > to) end = to;
      if (tab >= 0 && tab < line) tab = text.indexOf('\t', line);
      if (lines === skipAt) skipAt = ++nextSkip < skip.length ? skip[nextSkip]! : -1;
      else if (tab < 0 || tab > end) {
        if (bar >= 0 && bar < line) bar = text.indexOf('|', line);
        let start = line + lead;
        for (; bar >= 0 && bar < end; bar = text.indexOf('|', start)) {
          this.insert(start, bar, false);
          start = bar + 1;
        }
        this.insert(start, end, false);
      }
      line = end + 1;
    }
    return lines;
  }

  /**
   * Adds the key text[start, end), which ends where a key does ('|', a line's end or the text's end),
   * unless it is there already; true when it was added.
   */
  addNew(start: number, end: number): boolean {
    return this.insert(start, end, false);
  }

  /**
   * Places the key text[start, end): hashRange and put in one function, one call per key, which the
   * tables' ~43,000 keys make hot early on a cold start and the names' keys find optimised. The hash
   * is hashRange's, written out (a call per key costs a cold start about as much as the hash; the
   * tests check that every shipped key is found by `get`, which calls hashRange).
   */
  private insert(start: number, stop: number, replace: boolean): boolean {
    const text = this.text;
    const length = stop - start;
    let h = Math.imul(HASH_SEED ^ length, HASH_PRIME);
    if (length <= 8) for (let i = start; i < stop; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
    else {
      h = Math.imul(h ^ text.charCodeAt(start), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(start + 1), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(start + 2), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(start + (length >> 2)), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(start + (length >> 1)), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(stop - 3), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(stop - 2), HASH_PRIME);
      h = Math.imul(h ^ text.charCodeAt(stop - 1), HASH_PRIME);
    }
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    const posMask = this.posMask;
    const word = (h & ~posMask) | (start + 1);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const w = slots[slot]!;
      if (w === 0) {
        slots[slot] = word;
        this.count++;
        return true;
      }
      if (((w ^ word) & ~posMask) === 0 && this.sameKey((w & posMask) - 1, text, start, length)) {
        if (replace) slots[slot] = word;
        return false;
      }
    }
  }

  /** Where the key starts in the text, or undefined. */
  get(key: string): number | undefined {
    if (this.deferred.length && FAR_CHAR.test(key)) this.readDeferred();
    const h = hashRange(key, 0, key.length);
    const tag = h & ~this.posMask;
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = slots[slot]!;
      if (w === 0) return undefined;
      if ((w & ~this.posMask) === tag && this.sameKey((w & this.posMask) - 1, key, 0, key.length))
        return (w & this.posMask) - 1;
    }
  }

  /**
   * Adds the deferred lines' keys, all of them in their order: a key added already, with no FAR_CHAR,
   * is placed again where it is.
   */
  private readDeferred(): void {
    const ranges = this.deferred;
    this.deferred = [];
    for (let i = 0; i < ranges.length; i += 2) this.addLines(ranges[i]!, ranges[i + 1]!);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Whether some deferred lines wait for the first look-up of a key in their script. */
  get waiting(): boolean {
    return this.deferred.length > 0;
  }

  /** The number of keys (those of deferred lines read first). */
  get size(): number {
    if (this.deferred.length) this.readDeferred();
    return this.count;
  }

  /** True when the key stored from text[s] equals other[start, start + length). */
  private sameKey(s: number, other: string, start: number, length: number): boolean {
    const text = this.text;
    for (let i = 0; i < length; i++) if (text.charCodeAt(s + i) !== other.charCodeAt(start + i)) return false;
    const end = s + length;
    if (end === text.length) return true;
    const c = text.charCodeAt(end);
    return c === BAR || c === SEMICOLON || c === NEWLINE;
  }

  /** Twice the slots, each key re-placed (hashed again: a slot keeps only part of its hash). */
  private grow(): void {
    const old = this.slots;
    const text = this.text;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array(this.mask + 1);
    this.count = 0;
    for (const w of old) {
      if (w === 0) continue;
      const start = (w & this.posMask) - 1;
      let end = start;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === BAR || c === SEMICOLON || c === NEWLINE) break;
        end++;
      }
      this.insert(start, end, false);
    }
  }
}
