/**
 * A compact administrative hierarchy for indicator roll-ups: one vintage of units (country →
 * province → commune → village, or any depth) laid out in topological order, so that every unit's
 * parent has a smaller index. Aggregating is then one reverse pass over flat typed arrays, with no
 * maps, no recursion and no per-unit objects (DESIGN.md: hot roll-ups run over typed arrays).
 *
 * Codes are unique inside one tree: a tree holds one vintage of the hierarchy, because codes are
 * reused across the 1 July 2025 reorganisation (province 19 before and after).
 */

/** One unit as the caller gives it. `level` is free text (`province`, `commune`, `village`, …). */
export interface TreeUnitInput {
  code: string;
  /** Code of the parent in the same tree; null for a root (the country `VN`). */
  parentCode: string | null;
  level: string;
}

export class UnitTree {
  /** Number of units. */
  readonly size: number;
  /** Code of the unit at each index; parents come before their children (breadth-first order). */
  readonly codes: readonly string[];
  /** Level of the unit at each index, as given. */
  readonly levels: readonly string[];
  /** Index of each unit's parent, -1 for a root; always smaller than the unit's own index. */
  readonly parent: Int32Array;
  /** Distance from the root (0 for the country). */
  readonly depth: Int32Array;
  /**
   * Structural leaves (units without children) in each unit's subtree, itself included for a leaf.
   * A roll-up's coverage equals this when no leaf value is missing (see rollup.ts).
   */
  readonly leafCount: Int32Array;
  readonly #index: Map<string, number>;

  private constructor(codes: string[], levels: string[], parent: Int32Array, index: Map<string, number>) {
    this.size = codes.length;
    this.codes = codes;
    this.levels = levels;
    this.parent = parent;
    this.#index = index;
    this.depth = new Int32Array(this.size);
    this.leafCount = new Int32Array(this.size);
    const hasChild = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const p = parent[i] ?? -1;
      if (p >= 0) {
        this.depth[i] = (this.depth[p] ?? 0) + 1;
        hasChild[p] = 1;
      }
    }
    // Reverse topological order: children are final before their parent reads them.
    for (let i = this.size - 1; i >= 0; i--) {
      if (hasChild[i] === 0) this.leafCount[i] = 1;
      const p = parent[i] ?? -1;
      if (p >= 0) this.leafCount[p] = (this.leafCount[p] ?? 0) + (this.leafCount[i] ?? 0);
    }
  }

  /**
   * Builds the tree from units in any order. Throws on a duplicate code, a parent code that is not
   * in the list, or a cycle: these are integrity faults of the caller's data, not user input, and a
   * roll-up over a broken tree would silently drop or double-count values.
   */
  static build(units: readonly TreeUnitInput[]): UnitTree {
    const inputIndex = new Map<string, number>();
    units.forEach((unit, i) => {
      if (inputIndex.has(unit.code)) throw new Error(`UnitTree: duplicate unit code "${unit.code}"`);
      inputIndex.set(unit.code, i);
    });
    const children: number[][] = units.map(() => []);
    const roots: number[] = [];
    units.forEach((unit, i) => {
      if (unit.parentCode === null) {
        roots.push(i);
        return;
      }
      const p = inputIndex.get(unit.parentCode);
      if (p === undefined)
        throw new Error(`UnitTree: unit "${unit.code}" names unknown parent "${unit.parentCode}"`);
      children[p]?.push(i);
    });
    // Breadth-first from the roots: each level is contiguous and parents precede children.
    const order: number[] = [...roots];
    for (let head = 0; head < order.length; head++) {
      for (const child of children[order[head] ?? 0] ?? []) order.push(child);
    }
    if (order.length !== units.length) {
      const reached = new Set(order);
      const stuck = units.find((_, i) => !reached.has(i));
      throw new Error(`UnitTree: unit "${stuck?.code}" is on a parent cycle, not below a root`);
    }
    const position = new Int32Array(units.length);
    order.forEach((inputPos, treePos) => {
      position[inputPos] = treePos;
    });
    const codes: string[] = new Array(order.length);
    const levels: string[] = new Array(order.length);
    const parent = new Int32Array(order.length);
    const index = new Map<string, number>();
    order.forEach((inputPos, treePos) => {
      const unit = units[inputPos] as TreeUnitInput;
      codes[treePos] = unit.code;
      levels[treePos] = unit.level;
      index.set(unit.code, treePos);
      const p = unit.parentCode === null ? undefined : inputIndex.get(unit.parentCode);
      parent[treePos] = p === undefined ? -1 : (position[p] ?? -1);
    });
    return new UnitTree(codes, levels, parent, index);
  }

  /** Index of a unit code, or -1 when the tree does not hold it. */
  indexOf(code: string): number {
    return this.#index.get(code) ?? -1;
  }

  /**
   * A column of one value per unit, all missing (NaN). Missing is the default on purpose: a unit
   * nobody reported for must not count as zero (rollup.ts reports it through coverage instead).
   */
  column(): Float64Array {
    return new Float64Array(this.size).fill(Number.NaN);
  }
}
