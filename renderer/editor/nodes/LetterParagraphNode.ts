import {
  $applyNodeReplacement,
  $getState,
  $getStateChange,
  $setState,
  ParagraphNode,
  createState,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { BLOCK_ROLES, type BlockRole, type HeadingLevel } from '../../../shared/model/document';

const roleState = createState('role', {
  parse: (value): BlockRole => (BLOCK_ROLES.includes(value as BlockRole) ? (value as BlockRole) : 'body'),
});

const levelState = createState('level', {
  parse: (value): HeadingLevel | 0 => ([1, 2, 3, 4].includes(value as number) ? (value as HeadingLevel) : 0),
});

function applyRole(dom: HTMLElement, role: BlockRole, level: HeadingLevel | 0): void {
  dom.dataset.role = role;
  if (level) dom.dataset.level = String(level);
  else delete dom.dataset.level;
}

/** A paragraph of the letter; its role (主送, 标题, 署名…) and heading level are properties, not text. */
export class LetterParagraphNode extends ParagraphNode {
  $config() {
    return this.config('letter-paragraph', {
      extends: ParagraphNode,
      stateConfigs: [
        { stateConfig: roleState, flat: true },
        { stateConfig: levelState, flat: true },
      ],
    });
  }

  getRole(): BlockRole {
    return $getState(this, roleState);
  }

  getLevel(): HeadingLevel | undefined {
    return $getState(this, levelState) || undefined;
  }

  setRole(role: BlockRole, level?: HeadingLevel): this {
    $setState(this, roleState, role);
    return $setState(this, levelState, role === 'heading' ? (level ?? 1) : 0);
  }

  createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    applyRole(dom, $getState(this, roleState, 'direct'), $getState(this, levelState, 'direct'));
    return dom;
  }

  updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if ($getStateChange(this, prevNode, roleState) || $getStateChange(this, prevNode, levelState)) {
      applyRole(dom, $getState(this, roleState, 'direct'), $getState(this, levelState, 'direct'));
    }
    return super.updateDOM(prevNode, dom, config);
  }

  insertNewAfter(selection: RangeSelection, restoreSelection = true): LetterParagraphNode {
    const next = $createLetterParagraphNode('body');
    next.setTextFormat(selection.format);
    next.setDirection(this.getDirection());
    this.insertAfter(next, restoreSelection);
    return next;
  }
}

export function $createLetterParagraphNode(role: BlockRole, level?: HeadingLevel): LetterParagraphNode {
  return $applyNodeReplacement(new LetterParagraphNode()).setRole(role, level);
}

export function $isLetterParagraphNode(node: LexicalNode | null | undefined): node is LetterParagraphNode {
  return node instanceof LetterParagraphNode;
}
