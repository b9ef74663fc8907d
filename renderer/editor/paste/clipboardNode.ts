/** The little of the DOM the clipboard readers use, so the same code runs on a browser's DOM and in unit tests. */
export interface ClipboardNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ClipboardNode>;
  getAttribute?: (name: string) => string | null;
}

export const tagOf = (node: ClipboardNode) => node.nodeName.toLowerCase().replace(/^.*:/, '');
