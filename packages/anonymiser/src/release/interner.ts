/** Interns values as consecutive integers. */
export class Interner<T> {
  readonly labels: T[] = [];
  private readonly index = new Map<T, number>();

  /** The code of a value already interned. */
  find(label: T): number | undefined {
    return this.index.get(label);
  }

  code(label: T): number {
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.index.set(label, code);
      this.labels.push(label);
    }
    return code;
  }
}

/**
 * Interns sequences of small integers as consecutive integers. A sequence is a path in a trie whose
 * edges — (node, element) → node — live in one open-addressing hash table of typed arrays, so
 * reading a sequence already seen allocates nothing. Each code's label is written once, when the
 * code is made; labels given by `special` share the codes.
 */
export class SequenceInterner {
  readonly labels: string[] = [];
  /** Per node, the code of the sequence that ends there, or -1. */
  private codes = new Int32Array(64).fill(-1);
  private nodes = 1;
  // The edges: slot → parent node + 1 (0: empty), element, child node.
  private parents = new Int32Array(128);
  private elements = new Int32Array(128);
  private children = new Int32Array(128);
  private edges = 0;
  private node = 0;
  private readonly specials = new Map<string, number>();

  /** Starts a sequence. */
  start(): void {
    this.node = 0;
  }

  /** Appends an element (a non-negative integer) to the sequence started. */
  push(element: number): void {
    const mask = this.parents.length - 1;
    let slot = (Math.imul(this.node, 0x9e3779b1) ^ Math.imul(element, 0x85ebca6b)) & mask;
    for (;;) {
      const parent = this.parents[slot]!;
      if (parent === 0) break;
      if (parent === this.node + 1 && this.elements[slot] === element) {
        this.node = this.children[slot]!;
        return;
      }
      slot = (slot + 1) & mask;
    }
    const child = this.nodes++;
    if (child === this.codes.length) {
      const codes = new Int32Array(2 * child).fill(-1);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.parents[slot] = this.node + 1;
    this.elements[slot] = element;
    this.children[slot] = child;
    this.node = child;
    if (2 * ++this.edges > this.parents.length) this.grow();
  }

  /** The code of the sequence pushed since `start`; `label` writes its label the first time. */
  end(label: () => string): number {
    let code = this.codes[this.node]!;
    if (code === -1) {
      code = this.labels.length;
      this.codes[this.node] = code;
      this.labels.push(label());
    }
    return code;
  }

  /** The code of a label that stands for no sequence. */
  special(label: string): number {
    let code = this.specials.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.specials.set(label, code);
      this.labels.push(label);
    }
    return code;
  }

  /** Doubles the table, placing every edge again. */
  private grow(): void {
    const { parents, elements, children } = this;
    const size = 2 * parents.length;
    const mask = size - 1;
    this.parents = new Int32Array(size);
    this.elements = new Int32Array(size);
    this.children = new Int32Array(size);
    for (let old = 0; old < parents.length; old++) {
      const parent = parents[old]!;
      if (parent === 0) continue;
      const element = elements[old]!;
      let slot = (Math.imul(parent - 1, 0x9e3779b1) ^ Math.imul(element, 0x85ebca6b)) & mask;
      while (this.parents[slot] !== 0) slot = (slot + 1) & mask;
      this.parents[slot] = parent;
      this.elements[slot] = element;
      this.children[slot] = children[old]!;
    }
  }
}
