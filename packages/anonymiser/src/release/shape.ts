import { FIELDS, type FieldPath, type FieldSpec } from "@redumbrella/questionnaire";
import { dimensions, isIdentifying } from "./dimensions.js";
import { isWithheld } from "./hierarchies.js";

/**
 * A field or group of record v1 as the release sees it, built from `FIELDS`: the form's order, the
 * identifiability class, and where a dimension sits.
 */
export interface ShapeNode {
  /** The key in the object that holds it. */
  readonly key: string;
  /** Its path as `FIELDS` writes it (`charges[].date`); a list's own node has the path without `[]`. */
  readonly path: string;
  /** The field's spec, when `FIELDS` lists it (every field, and groups like `respondent.residence`). */
  readonly spec: FieldSpec | undefined;
  /** The fields of a group, or of each item of a list. */
  readonly children: readonly ShapeNode[];
  /** The value is a list of objects described by `children`. */
  readonly list: boolean;
  /** The index in `dimensions()` of the leaf, group or list dimension released here, if one is. */
  readonly dimension: number | undefined;
  /** For a field a dimension reads: its index in `dimensions()`, and whether it is free text (never released there). */
  readonly part: { readonly dimension: number; readonly dropped: boolean } | undefined;
  /** The dimensions inside it (itself included): if one of them is `*`, it is written even where the record has nothing. */
  readonly within: readonly number[];
  /** Whether anything of it is released: not a direct identifier, not a group of them only. */
  readonly released: boolean;
}

interface Draft {
  key: string;
  path: string;
  spec: FieldSpec | undefined;
  children: Draft[];
  list: boolean;
}

interface Places {
  readonly roots: ReadonlyMap<string, number>;
  readonly parts: ReadonlyMap<string, { dimension: number; dropped: boolean }>;
  readonly parents: ReadonlyMap<string, number>;
}

function freeze(draft: Draft, places: Places): ShapeNode {
  const children = draft.children.map((child) => freeze(child, places));
  const part = places.parts.get(draft.path);
  const released = isWithheld(draft.path)
    ? false
    : children.length === 0
      ? draft.spec?.class !== "direct" && part?.dropped !== true
      : children.some((c) => c.released);
  const dimension = places.roots.get(draft.path);
  const own = [dimension, places.parents.get(draft.path), part?.dimension].filter((d): d is number => d !== undefined);
  const within = [...new Set([...own, ...children.flatMap((c) => c.within)])];
  return { key: draft.key, path: draft.path, spec: draft.spec, children, list: draft.list, dimension, part, within, released };
}

let root: readonly ShapeNode[] | undefined;

/** The fields of record v1, as a tree in the form's order (built once from `FIELDS`). */
export function recordShape(): readonly ShapeNode[] {
  if (root !== undefined) return root;
  const top: Draft = { key: "", path: "", spec: undefined, children: [], list: false };
  for (const path of Object.keys(FIELDS) as FieldPath[]) {
    let node = top;
    let prefix = "";
    for (const segment of path.split(".")) {
      const list = segment.endsWith("[]");
      const key = list ? segment.slice(0, -2) : segment;
      const own = prefix === "" ? key : `${prefix}.${key}`;
      let child = node.children.find((c) => c.key === key);
      if (child === undefined) {
        child = { key, path: own, spec: undefined, children: [], list };
        node.children.push(child);
      }
      node = child;
      prefix = list ? `${own}[]` : own;
    }
    node.spec = FIELDS[path];
  }
  const dims = dimensions();
  // A list dimension (`charges[]`) sits on its list's node (`charges`), a section's facts (`police`)
  // on the section's node; leaf and group dimensions on their field.
  const places: Places = {
    roots: new Map(
      dims.flatMap((dim, i) => (dim.shape === "parent" ? [] : [[dim.shape === "list" ? dim.path.slice(0, -2) : dim.path, i] as const])),
    ),
    parents: new Map(dims.flatMap((dim, i) => (dim.shape === "parent" ? [[dim.path, i] as const] : []))),
    parts: new Map(dims.flatMap((dim, i) => dim.parts.map((p) => [p.path as string, { dimension: i, dropped: p.dropped }] as const))),
  };
  root = top.children.map((child) => freeze(child, places));
  return root;
}

/** Whether a path (of `FIELDS`) is part of a dimension: a quasi-identifier, or a fact the police hold. */
export function isDimensionField(path: string): boolean {
  return isIdentifying(path);
}
