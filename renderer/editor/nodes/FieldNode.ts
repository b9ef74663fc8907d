import { $applyNodeReplacement, $getState, $setState, TextNode, createState, type EditorConfig, type LexicalNode } from 'lexical';

const fieldNameState = createState('field', { parse: (value) => (typeof value === 'string' ? value : '') });
const filledState = createState('filled', { parse: (value) => value === true });

function decorate(dom: HTMLElement, name: string, filled: boolean): void {
  dom.classList.add('letter-field');
  dom.dataset.field = name;
  dom.classList.toggle('letter-field--unfilled', !filled);
}

/**
 * A template field (提案号, 提案者…) inside the text: one unbreakable token showing its value,
 * or its label while unfilled. The value itself lives with the draft, not in this node.
 */
export class FieldNode extends TextNode {
  $config() {
    return this.config('letter-field', {
      extends: TextNode,
      stateConfigs: [
        { stateConfig: fieldNameState, flat: true },
        { stateConfig: filledState, flat: true },
      ],
    });
  }

  getFieldName(): string {
    return $getState(this, fieldNameState);
  }

  isFilled(): boolean {
    return $getState(this, filledState);
  }

  /** Shows a new value of the field; a no-op when it already shows it. */
  show(text: string, filled: boolean): void {
    if (this.getTextContent() !== text) this.setTextContent(text);
    if (this.isFilled() !== filled) $setState(this, filledState, filled);
  }

  createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    decorate(dom, $getState(this, fieldNameState, 'direct'), $getState(this, filledState, 'direct'));
    return dom;
  }

  updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const recreate = super.updateDOM(prevNode, dom, config);
    if (!recreate) decorate(dom, $getState(this, fieldNameState, 'direct'), $getState(this, filledState, 'direct'));
    return recreate;
  }

  canInsertTextBefore(): boolean {
    return false;
  }

  canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createFieldNode(name: string, text: string, filled: boolean): FieldNode {
  const node = $applyNodeReplacement(new FieldNode(text)).setMode('token');
  $setState(node, fieldNameState, name);
  return $setState(node, filledState, filled);
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
