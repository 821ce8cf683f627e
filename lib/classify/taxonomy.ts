/** The Google Product Taxonomy held as a tree: paths, ancestors, lowest common ancestors. */

/** One taxonomy node as shipped in the model: [id, parent id (0 for a top-level node), name]. */
export type TaxonomyRow = [id: number, parentId: number, name: string];

/**
 * A node as the model ships it: [id, depth (1 = top level), name], depth first, every node right
 * after its parent's earlier children: the parent is the last node one level up. Depths are one
 * digit where parent ids are up to six, which keeps the model within its size budget.
 */
export type TreeRow = [id: number, depth: number, name: string];

/**
 * The tree rows as the model ships them: two strings instead of a list of 5,595 small lists.
 * `ids` holds each id as the base-36 difference from the previous row's id of its band,
 * comma-separated, with "." before the ids of the high band (HIGH_IDS); `names` one line per
 * row, its depth digit then its name. Without the brackets and quotes of a list per row, and with
 * the ids apart from the names, the shipped model is about 5.5 kB smaller gzipped.
 */
/**
 * Between the packed names' lines: a character JSON writes as itself, where a '\n' is written
 * "\\n", two bytes, and makes JSON.parse unescape the string (0.5 kB of the gzipped model, #15).
 * No taxonomy name holds it (packTree checks).
 */
export const NAME_LINE_END = ';';

export interface PackedTree {
  ids: string;
  names: string;
}

/**
 * Google numbered the taxonomy's first nodes below 100,000 and the nodes it added later from
 * 499,000 up, and the two kinds sit side by side in the tree: a difference from the previous id
 * of the same band is a few digits where one across the bands is four or five and its way back
 * as many again (0.7 kB of the gzipped model, #15).
 */
const HIGH_IDS = 100_000;
const HIGH_MARK = '.';

const ACCESSORY_NAME =
  /\b(accessories|parts|cases|covers|chargers|cables|adapters|mounts|straps|protectors|sleeves|holders|stands|replacement)\b/i;

/** The largest node id a taxonomy may hold (Google's go up to 543,703): `at` is indexed by id. */
const MAX_ID = 1 << 22;

/** Google Product Taxonomy id of "Electronics > Electronics Accessories". */
const ELECTRONICS_ACCESSORIES = 2082;

export class Taxonomy {
  /**
   * By id: the node's place in `ids` + 1 (0: no such node). Indexed by the id itself, filled once
   * the ids are read: on a cold worker start 5,595 typed-array writes take 0.2-0.3 ms where as many
   * Map.set took 0.8-1.3 (a fresh Chromium worker). 1.1 MB of mostly untouched zeroed memory for
   * ids up to 543,703.
   */
  private at: Uint16Array | Uint32Array = new Uint16Array(0);
  /** By place: the parent's id (0 for a top-level node). */
  private readonly parents: number[] = [];
  /**
   * By place: the node's name after its first `nameFrom` characters (a packed tree's lines, depth
   * digit first, are kept as split, not cut again per node).
   */
  private names: string[] = [];
  private nameFrom = 0;
  /** Accessory flags, worked out per node on first ask (a worker start does no work per node). */
  private readonly accessory = new Map<number, boolean>();
  readonly ids: number[] = [];

  constructor(rows: TaxonomyRow[]) {
    for (const [id, parentId, name] of rows) {
      this.add(id, parentId);
      this.names.push(name);
    }
    this.index();
  }

  /** The taxonomy of a shipped model's packed rows (see PackedTree). */
  static fromPacked({ ids, names }: PackedTree): Taxonomy {
    const taxonomy = new Taxonomy([]);
    const deltas = ids.split(',');
    const lines = names.split(NAME_LINE_END);
    if (deltas.length !== lines.length) throw new Error('classifier model: node ids and names differ in number');
    taxonomy.names = lines;
    taxonomy.nameFrom = 1;
    const path: number[] = [];
    let low = 0;
    let high = 0;
    // Indexed, no row lists: this loop runs cold on every worker start.
    for (let i = 0; i < lines.length; i++) {
      const delta = deltas[i];
      const id = delta.charCodeAt(0) === 46 ? (high += parseInt(delta.slice(1), 36)) : (low += parseInt(delta, 36));
      const depth = lines[i].charCodeAt(0) - 48;
      path[depth - 1] = id;
      taxonomy.add(id, depth > 1 ? (path[depth - 2] ?? 0) : 0);
    }
    taxonomy.index();
    return taxonomy;
  }

  /** Taxonomy rows (a parent before its children) as tree rows, reordered depth first. */
  static toTree(rows: TaxonomyRow[]): TreeRow[] {
    const children = new Map<number, TaxonomyRow[]>();
    for (const row of rows) children.set(row[1], [...(children.get(row[1]) ?? []), row]);
    const tree: TreeRow[] = [];
    const visit = (parentId: number, depth: number) => {
      for (const [id, , name] of children.get(parentId) ?? []) {
        tree.push([id, depth, name]);
        visit(id, depth + 1);
      }
    };
    visit(0, 1);
    if (tree.length !== rows.length) throw new Error('taxonomy rows: some parent is missing');
    return tree;
  }

  private add(id: number, parentId: number): void {
    this.parents.push(parentId);
    this.ids.push(id);
  }

  /** Fills `at` from `ids` (a later node of the same id wins, as with Map.set). */
  private index(): void {
    const { ids } = this;
    let max = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (!(id >= 1 && id <= MAX_ID && id % 1 === 0)) throw new Error(`taxonomy: node id out of range: ${id}`);
      if (id > max) max = id;
    }
    const at = ids.length < 0xffff ? new Uint16Array(max + 1) : new Uint32Array(max + 1);
    for (let i = 0; i < ids.length; i++) at[ids[i]] = i + 1;
    this.at = at;
  }

  /** The node's place in `ids`, or -1 (any number: an id from a page may be anything). */
  private placeOf(id: number): number {
    return (this.at[id] ?? 0) - 1;
  }

  has(id: number): boolean {
    return this.placeOf(id) >= 0;
  }

  nameOf(id: number): string | null {
    const i = this.placeOf(id);
    return i < 0 ? null : this.names[i].slice(this.nameFrom);
  }

  parentOf(id: number): number {
    const i = this.placeOf(id);
    return i < 0 ? 0 : this.parents[i];
  }

  private readonly chains = new Map<number, number[]>();

  /** The node and its ancestors, top-level first. Empty for an unknown id. */
  ancestors(id: number): number[] {
    const cached = this.chains.get(id);
    if (cached) return cached;
    const out: number[] = [];
    let cur = id;
    while (cur && this.has(cur) && out.length < 12) {
      out.unshift(cur);
      cur = this.parentOf(cur);
    }
    if (this.has(id)) this.chains.set(id, out);
    return out;
  }

  /** 1 for a top-level node, 0 for an unknown id. */
  depth(id: number): number {
    return this.ancestors(id).length;
  }

  pathOf(id: number): string | null {
    if (!this.has(id)) return null;
    return this.ancestors(id)
      .map((a) => this.nameOf(a))
      .join(' > ');
  }

  /**
   * An accessory or part node: itself or an ancestor is named like a part or an accessory.
   * "Electronics Accessories" also holds processors, drives and keyboards: only the names below it
   * decide (chargers, cables and cases are accessories; a CPU is not).
   */
  isAccessory(id: number): boolean {
    let flag = this.accessory.get(id);
    if (flag === undefined) {
      flag = this.ancestors(id).some((a) => a !== ELECTRONICS_ACCESSORIES && ACCESSORY_NAME.test(this.nameOf(a) ?? ''));
      this.accessory.set(id, flag);
    }
    return flag;
  }

  /** Depth of the lowest common ancestor (0 when the nodes share no top-level branch). */
  commonDepth(a: number, b: number): number {
    const pa = this.ancestors(a);
    const pb = this.ancestors(b);
    let d = 0;
    while (d < pa.length && d < pb.length && pa[d] === pb[d]) d++;
    return d;
  }

  /** True when `anc` is `id` or one of its ancestors. */
  isAncestorOrSelf(anc: number, id: number): boolean {
    let cur = id;
    while (cur) {
      if (cur === anc) return true;
      cur = this.parentOf(cur);
    }
    return false;
  }
}

/** Tree rows packed for shipping (see PackedTree). */
export function packTree(tree: TreeRow[]): PackedTree {
  let low = 0;
  let high = 0;
  const ids = tree.map(([id]) => {
    if (id < HIGH_IDS) {
      const delta = (id - low).toString(36);
      low = id;
      return delta;
    }
    const delta = HIGH_MARK + (id - high).toString(36);
    high = id;
    return delta;
  });
  for (const [, depth, name] of tree)
    if (depth < 1 || depth > 9 || name.includes('\n') || name.includes(NAME_LINE_END))
      throw new Error(`taxonomy row cannot be packed: ${name}`);
  return { ids: ids.join(','), names: tree.map(([, depth, name]) => `${depth}${name}`).join(NAME_LINE_END) };
}
