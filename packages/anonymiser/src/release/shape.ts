import { FIELDS, type FieldPath, type FieldSpec } from "@redumbrella/questionnaire";
import { dimensions } from "./dimensions.js";

/**
 * A field or group of record v1 as the release sees it, built from `FIELDS`: the form's order, the
 * identifiability class, and where a quasi-identifier dimension sits.
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
  /** The index in `dimensions()` of the quasi-identifier released here, if one is. */
  readonly dimension: number | undefined;
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

function freeze(draft: Draft, dimensionAt: ReadonlyMap<string, number>): ShapeNode {
  const children = draft.children.map((child) => freeze(child, dimensionAt));
  const released = children.length === 0 ? draft.spec?.class !== "direct" : children.some((c) => c.released);
  return { key: draft.key, path: draft.path, spec: draft.spec, children, list: draft.list, dimension: dimensionAt.get(draft.path), released };
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
  // A list dimension (`charges[].date`) sits on its list; leaf and group dimensions on their field.
  const dimensionAt = new Map(
    dimensions().map((dim, index) => [dim.shape === "list" ? dim.path.slice(0, dim.path.indexOf("[]")) : dim.path, index] as const),
  );
  root = top.children.map((child) => freeze(child, dimensionAt));
  return root;
}

/** Whether a path (of `FIELDS`) is part of a quasi-identifier. */
export function isQuasiPath(path: string): boolean {
  return (FIELDS as Readonly<Record<string, FieldSpec>>)[path]?.class === "quasi";
}
