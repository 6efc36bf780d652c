import type { Label } from "@redumbrella/questionnaire";
import { FORM_ID, FORM_LANGUAGES, type FormOptions, formSettings, INSTANCE_NAME } from "./form-settings.js";
import { type Control, type GroupNode, getSurvey, ROOT, relativise, type SurveyNode, type Text } from "./internal/survey.js";
import { XLSFORM_MESSAGES } from "./messages.js";

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const BIND_TYPE: Readonly<Record<Control, string>> = {
  select_one: "string",
  select_multiple: "string",
  integer: "int",
  decimal: "decimal",
  text: "string",
  date: "date",
  calculate: "string",
};

/** The texts of the form by itext id, in each language. */
type Itext = Map<string, readonly string[]>;

const fromLabel = (label: Label): string[] => FORM_LANGUAGES.map((l) => label[l.locale]);
const fromTexts = (texts: readonly Text[]): string[] =>
  FORM_LANGUAGES.map((l) => texts.map((t) => XLSFORM_MESSAGES.format(t.key, t.params, l.locale)).join(" "));

interface Writer {
  readonly itext: Itext;
  readonly binds: string[];
  readonly lists: ReadonlyMap<string, readonly { value: string; label: Label }[]>;
}

/** The instance's elements for the nodes under `group` (a repeat's template marked `jr:template`). */
function instanceOf(group: GroupNode, indent: string): string {
  return group.children
    .map((node) => {
      if (node.kind === "group" || node.kind === "repeat") {
        const template = node.kind === "repeat" ? ' jr:template=""' : "";
        return `${indent}<${node.name}${template}>\n${instanceOf(node, `${indent}  `)}${indent}</${node.name}>\n`;
      }
      return `${indent}<${node.name}/>\n`;
    })
    .join("");
}

function bind(w: Writer, ref: string, depth: number, attributes: Readonly<Record<string, string | undefined>>): void {
  const parts = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(name === "type" || name === "jr:constraintMsg" ? value : relativise(value, depth))}"`);
  w.binds.push(`<bind nodeset="${ref}"${parts.join("")}/>`);
}

function labelled(w: Writer, id: string, texts: readonly string[], element = "label"): string {
  w.itext.set(`${id}:${element}`, texts);
  return `<${element} ref="jr:itext('${id}:${element}')"/>`;
}

/** The body controls for the nodes under `group` at `path`, their binds and texts collected in `w`. */
function bodyOf(w: Writer, group: GroupNode, path: string, depth: number): string {
  return group.children.map((node) => controlOf(w, node, `${path}/${node.name}`, depth + 1)).join("");
}

function controlOf(w: Writer, node: SurveyNode, ref: string, depth: number): string {
  switch (node.kind) {
    case "group":
    case "repeat": {
      if (node.relevant !== undefined) bind(w, ref, depth, { relevant: node.relevant });
      const label = labelled(w, ref, fromLabel(node.label));
      const inner = bodyOf(w, node, ref, depth);
      return node.kind === "group"
        ? `<group ref="${ref}">${label}\n${inner}</group>\n`
        : `<group ref="${ref}">${label}\n<repeat nodeset="${ref}">\n${inner}</repeat>\n</group>\n`;
    }
    case "declined": {
      bind(w, ref, depth, { type: "string", relevant: node.relevant });
      const label = labelled(
        w,
        ref,
        FORM_LANGUAGES.map((l) => XLSFORM_MESSAGES.format("declined.label", { label: node.field.label[l.locale] }, l.locale)),
      );
      const hint = labelled(
        w,
        ref,
        FORM_LANGUAGES.map((l) => XLSFORM_MESSAGES.format("declined.hint", {}, l.locale)),
        "hint",
      );
      return `<select1 ref="${ref}">${label}${hint}${items(w, "declined")}</select1>\n`;
    }
    case "question": {
      const messages = node.constraintMessages ?? [];
      if (messages.length > 0) w.itext.set(`${ref}:jr:constraintMsg`, fromTexts(messages));
      bind(w, ref, depth, {
        type: BIND_TYPE[node.control],
        required: node.required,
        relevant: node.relevant,
        constraint: node.constraint,
        "jr:constraintMsg": messages.length > 0 ? `jr:itext('${ref}:jr:constraintMsg')` : undefined,
        calculate: node.calculation,
        readonly: node.control === "calculate" ? "true()" : undefined,
      });
      if (node.control === "calculate") return "";
      const label = labelled(w, ref, fromLabel(node.field.label));
      const question = node.field.question;
      const hint =
        question === null
          ? ""
          : labelled(
              w,
              ref,
              FORM_LANGUAGES.map((l) => XLSFORM_MESSAGES.format("hint.question", { question }, l.locale)),
              "hint",
            );
      if (node.control === "select_one" || node.control === "select_multiple") {
        const element = node.control === "select_one" ? "select1" : "select";
        return `<${element} ref="${ref}">${label}${hint}${items(w, node.list as string)}</${element}>\n`;
      }
      return `<input ref="${ref}">${label}${hint}</input>\n`;
    }
  }
}

function items(w: Writer, list: string): string {
  const choices = w.lists.get(list) ?? [];
  return choices
    .map((choice) => {
      const id = `${list}-${choice.value}`;
      w.itext.set(`${id}:label`, fromLabel(choice.label));
      return `<item><label ref="jr:itext('${id}:label')"/><value>${escapeXml(choice.value)}</value></item>`;
    })
    .join("");
}

/**
 * The questionnaire as an ODK XForm (XForms 1.0 XML), the same form as `toXlsform`'s: for ODK
 * Central, Enketo or ODK Web Forms without a conversion step.
 *
 * @example
 * import { writeFileSync } from "node:fs";
 * import { toXForm } from "@redumbrella/xlsform";
 *
 * writeFileSync("redumbrella.xml", toXForm());
 */
export function toXForm(options: FormOptions = {}): string {
  const { version, defaultLanguage } = formSettings(options);
  const { root, lists } = getSurvey();
  const w: Writer = { itext: new Map(), binds: [], lists: new Map(lists.map((l) => [l.name, l.choices])) };
  const body = bodyOf(w, root, `/${ROOT}`, 0);
  bind(w, `/${ROOT}/meta/instanceID`, 2, { type: "string", readonly: "true()", "jr:preload": "uid" });
  bind(w, `/${ROOT}/meta/instanceName`, 2, { type: "string", calculate: INSTANCE_NAME });
  const translations = FORM_LANGUAGES.map((language, i) => {
    const texts = [...w.itext]
      .map(([id, values]) => `<text id="${escapeXml(id)}"><value>${escapeXml(values[i] as string)}</value></text>`)
      .join("\n");
    const isDefault = language.locale === defaultLanguage ? ' default="true()"' : "";
    return `<translation lang="${escapeXml(language.name)}"${isDefault}>\n${texts}\n</translation>`;
  }).join("\n");
  const title = XLSFORM_MESSAGES.format("form.title", {}, defaultLanguage);
  return `<?xml version="1.0" encoding="UTF-8"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms" xmlns:odk="http://www.opendatakit.org/xforms">
<h:head>
<h:title>${escapeXml(title)}</h:title>
<model odk:xforms-version="1.0.0">
<itext>
${translations}
</itext>
<instance>
<${ROOT} id="${FORM_ID}" version="${version}">
${instanceOf(root, "  ")}  <meta>
    <instanceID/>
    <instanceName/>
  </meta>
</${ROOT}>
</instance>
${w.binds.join("\n")}
</model>
</h:head>
<h:body>
${body}</h:body>
</h:html>
`;
}
