/** An element of a parsed XML document: its local name (prefix dropped), children and text. */
export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? whole),
  );

/**
 * Parses a submission's XML (elements and text; attributes, comments and processing instructions
 * skipped) without a DOM, so it runs in browsers and Node alike. Throws a `SyntaxError` naming the
 * offset of the first problem.
 */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at offset ${i}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      const top = stack.at(-1);
      if (top !== undefined) top.text += decode(text);
      else if (text.trim() !== "") fail("text outside the root element");
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith("<?", i)) i = xml.indexOf("?>", i) < 0 ? fail("unterminated declaration") : xml.indexOf("?>", i) + 2;
    else if (xml.startsWith("<!--", i)) i = xml.indexOf("-->", i) < 0 ? fail("unterminated comment") : xml.indexOf("-->", i) + 3;
    else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA");
      const top = stack.at(-1);
      if (top === undefined) fail("CDATA outside the root element");
      (top as XmlElement).text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<!", i)) i = xml.indexOf(">", i) < 0 ? fail("unterminated declaration") : xml.indexOf(">", i) + 1;
    else if (xml.startsWith("</", i)) {
      const end = xml.indexOf(">", i);
      if (end < 0) fail("unterminated end tag");
      const name = xml
        .slice(i + 2, end)
        .trim()
        .replace(/^.*:/, "");
      const open = stack.pop();
      if (open === undefined || open.name !== name) fail(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(i, i + 4096));
      if (match === null) return fail("malformed tag");
      const element: XmlElement = { name: (match[1] as string).replace(/^.*:/, ""), children: [], text: "" };
      const parent = stack.at(-1);
      if (parent !== undefined) parent.children.push(element);
      else if (root === undefined) root = element;
      else fail("a second root element");
      if (match[3] !== "/") stack.push(element);
      i += match[0].length;
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack.at(-1)?.name}>`);
  if (root === undefined) return fail("no root element");
  return root;
}
