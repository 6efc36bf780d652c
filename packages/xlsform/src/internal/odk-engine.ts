// Tests only (not exported): ODK's own XForm engine under jsdom, and a filler that answers a form
// instance from a record the way a documentator would in ODK Collect.
import type { AnyRecord } from "@redumbrella/questionnaire";
import { DECLINED, type GroupNode, getSurvey, NO, NONE, ROOT, type SurveyNode, YES } from "./survey.js";

type Engine = typeof import("@getodk/xforms-engine");
type LoadFormResult = Awaited<ReturnType<Engine["loadForm"]>>;

/** An engine node, as far as the filler uses it. */
interface EngineNode {
  readonly nodeType: string;
  readonly currentState: { readonly reference: string; readonly children: readonly EngineNode[] | null; readonly relevant: boolean };
  setValue?(value: string | number): unknown;
  selectValue?(value: string | null): unknown;
  selectValues?(values: readonly string[]): unknown;
  addInstances?(afterIndex?: number, count?: number): unknown;
}

let engine: Promise<Engine> | undefined;

/** Loads `@getodk/xforms-engine` once, in a jsdom window (its browser build expects one, and `__dirname` and `module` for its WASM loader). */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const { JSDOM } = await import("jsdom");
    const { window } = new JSDOM("<!doctype html><html><body></body></html>");
    const g = globalThis as Record<string, unknown>;
    for (const name of [
      "window",
      "document",
      "DOMParser",
      "XMLSerializer",
      "Node",
      "Element",
      "Document",
      "XPathResult",
      "NodeFilter",
      "Text",
      "Attr",
    ]) {
      g[name] ??= name === "window" ? window : (window as unknown as Record<string, unknown>)[name];
    }
    g.__dirname ??= "/";
    g.module ??= { exports: {} };
    return import("@getodk/xforms-engine");
  })();
  return engine;
}

/** Loads an XForm once; `status` is `"success"` when the engine found nothing wrong. */
export async function loadXForm(xml: string): Promise<LoadFormResult> {
  return (await loadEngine()).loadForm(xml);
}

function find(node: EngineNode, reference: string): EngineNode {
  if (node.currentState.reference === reference) return node;
  for (const child of node.currentState.children ?? []) {
    if (
      reference === child.currentState.reference ||
      reference.startsWith(`${child.currentState.reference}/`) ||
      reference.startsWith(`${child.currentState.reference}[`)
    ) {
      return find(child, reference);
    }
  }
  throw new Error(`no node ${reference} in the form`);
}

type Obj = Record<string, unknown> | undefined;
const isGroup = (node: SurveyNode): node is GroupNode => node.kind === "group" || node.kind === "repeat";

function fill(root: EngineNode, group: GroupNode, obj: Obj, base: string, declined: ReadonlySet<string>): void {
  for (const node of group.children) {
    const ref = `${base}/${node.name}`;
    if (node.kind === "declined") {
      if (declined.has(node.field.path)) find(root, ref).selectValue?.(DECLINED);
      continue;
    }
    if (isGroup(node)) {
      if (node.kind === "group") fill(root, node, node.recordKey === null ? obj : (obj?.[node.name] as Obj), ref, declined);
      else {
        const items = (obj?.[node.name] ?? []) as Record<string, unknown>[];
        if (items.length > 0) find(root, ref).addInstances?.(undefined, items.length);
        items.forEach((item, i) => {
          fill(root, node, item, `${ref}[${i + 1}]`, declined);
        });
      }
      continue;
    }
    if (node.control === "calculate") continue;
    const value = obj?.[node.name];
    const target = (): EngineNode => find(root, ref);
    if (node.declined === "choice" && declined.has(node.field.path)) {
      if (node.control === "select_multiple") target().selectValues?.([DECLINED]);
      else target().selectValue?.(DECLINED);
      continue;
    }
    if (value === undefined) continue;
    if (typeof value === "boolean") target().selectValue?.(value ? YES : NO);
    else if (Array.isArray(value)) target().selectValues?.(value.length === 0 ? [NONE] : (value as string[]));
    else if (node.control === "select_one") target().selectValue?.(value as string);
    else target().setValue?.(typeof value === "number" ? String(value) : (value as string));
  }
}

/** What the engine made of a record: the submission's XML, and the constraints it broke (none when the form accepts the record). */
export interface EngineSubmission {
  readonly status: string;
  readonly violations: readonly string[];
  readonly xml: string;
}

/**
 * An XForm loaded in the engine, reloaded every `instancesPerLoad` instances: the engine keeps every
 * instance of a loaded form alive until the form itself is dropped, so a long property run would
 * otherwise run out of memory.
 */
export class EngineForm {
  private loaded: LoadFormResult | undefined;
  private instances = 0;

  constructor(
    private readonly xml: string,
    private readonly instancesPerLoad = 25,
  ) {}

  /** The loaded form (loading it when it is not, or when it has made `instancesPerLoad` instances). */
  async form(): Promise<LoadFormResult> {
    if (this.loaded === undefined || this.instances >= this.instancesPerLoad) {
      this.loaded = await loadXForm(this.xml);
      this.instances = 0;
    }
    this.instances++;
    return this.loaded;
  }
}

/** Fills a new instance of `form` from `record`, question by question in the form's order, and serialises the submission. */
export async function submitThroughEngine(engineForm: EngineForm, record: AnyRecord): Promise<EngineSubmission> {
  const instance = (await engineForm.form()).createInstance();
  const root = instance.root as unknown as EngineNode;
  const declined = new Set((record as { declined?: readonly string[] }).declined ?? []);
  fill(root, getSurvey().root, record as unknown as Record<string, unknown>, `/${ROOT}`, declined);
  const payload = await instance.root.prepareInstancePayload();
  const file = payload.data[0].get("xml_submission_file");
  const violations = (payload.violations ?? []).map((v) => {
    const violation = v as { reference?: string; violation?: { condition?: string } };
    return `${violation.reference ?? "?"} ${violation.violation?.condition ?? "?"}`;
  });
  return { status: payload.status, violations, xml: await file.text() };
}
