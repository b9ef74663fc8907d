import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';

/** Transitional and Strict OOXML name the WordprocessingML namespace differently; WPS writes Transitional. */
const W_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

export class XmlError extends Error {}

export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new XmlError(message);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** A WordprocessingML element named `w:<name>`, whatever prefix the file uses. */
export function isW(node: Node, name?: string): node is Element {
  return isElement(node) && W_NAMESPACES.has(node.namespaceURI ?? '') && (name === undefined || node.localName === name);
}

export function wChildren(element: Element, name?: string): Element[] {
  const found: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) if (isW(child, name)) found.push(child);
  return found;
}

export function wChild(element: Element, name: string): Element | undefined {
  for (let child = element.firstChild; child; child = child.nextSibling) if (isW(child, name)) return child;
  return undefined;
}

export function wDescendants(root: Document | Element, name: string): Element[] {
  const found: Element[] = [];
  const nodes = root.getElementsByTagNameNS('*', name);
  for (let index = 0; index < nodes.length; index += 1) if (isW(nodes[index], name)) found.push(nodes[index]);
  return found;
}

/** A `w:`-namespaced attribute such as w:val. */
export function wAttr(element: Element, name: string): string | null {
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes[index];
    if (attribute.localName === name && W_NAMESPACES.has(attribute.namespaceURI ?? '')) return attribute.value;
  }
  return null;
}

/** On/off properties (w:b, w:i): present means on unless w:val says false. */
export function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const value = wAttr(element, 'val');
  return value === null || !['false', '0', 'off', 'none'].includes(value);
}
