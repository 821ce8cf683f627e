/** The Google Product Taxonomy held as a tree: paths, ancestors, lowest common ancestors. */

/** One taxonomy node as shipped in the model: [id, parent id (0 for a top-level node), name]. */
export type TaxonomyRow = [id: number, parentId: number, name: string];

const ACCESSORY_NAME = /\b(accessories|parts|cases|covers|chargers|cables|adapters|mounts|straps|protectors|sleeves|holders|stands|replacement)\b/i;

/** Google Product Taxonomy id of "Electronics > Electronics Accessories". */
const ELECTRONICS_ACCESSORIES = 2082;

export class Taxonomy {
  private readonly parent = new Map<number, number>();
  private readonly name = new Map<number, string>();
  private readonly depthOf = new Map<number, number>();
  private readonly accessory = new Set<number>();
  readonly ids: number[];

  constructor(rows: TaxonomyRow[]) {
    for (const [id, parentId, name] of rows) {
      this.parent.set(id, parentId);
      this.name.set(id, name);
    }
    this.ids = rows.map((r) => r[0]);
    for (const id of this.ids) {
      const chain = this.ancestors(id);
      this.depthOf.set(id, chain.length);
      // An accessory node: itself or an ancestor is named like a part or an accessory.
      // "Electronics Accessories" also holds processors, drives and keyboards: only the names
      // below it decide (chargers, cables and cases are accessories; a CPU is not).
      if (chain.some((a) => a !== ELECTRONICS_ACCESSORIES && ACCESSORY_NAME.test(this.name.get(a) ?? ''))) this.accessory.add(id);
    }
  }

  has(id: number): boolean {
    return this.name.has(id);
  }

  nameOf(id: number): string | null {
    return this.name.get(id) ?? null;
  }

  parentOf(id: number): number {
    return this.parent.get(id) ?? 0;
  }

  private readonly chains = new Map<number, number[]>();

  /** The node and its ancestors, top-level first. Empty for an unknown id. */
  ancestors(id: number): number[] {
    const cached = this.chains.get(id);
    if (cached) return cached;
    const out: number[] = [];
    let cur = id;
    while (cur && this.name.has(cur) && out.length < 12) {
      out.unshift(cur);
      cur = this.parent.get(cur) ?? 0;
    }
    if (this.name.has(id)) this.chains.set(id, out);
    return out;
  }

  /** 1 for a top-level node, 0 for an unknown id. */
  depth(id: number): number {
    return this.depthOf.get(id) ?? 0;
  }

  pathOf(id: number): string | null {
    if (!this.name.has(id)) return null;
    return this.ancestors(id)
      .map((a) => this.name.get(a))
      .join(' > ');
  }

  isAccessory(id: number): boolean {
    return this.accessory.has(id);
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
      cur = this.parent.get(cur) ?? 0;
    }
    return false;
  }
}
