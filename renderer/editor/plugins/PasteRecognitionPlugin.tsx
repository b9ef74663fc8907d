import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, COMMAND_PRIORITY_EDITOR, HISTORIC_TAG, HISTORY_PUSH_TAG, type LexicalNode } from 'lexical';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import { recognisePastedText, type PasteRecognition } from '../../../shared/structure/recognisePaste';
import { fieldView } from '../fieldView';
import { $createBlockParagraph } from '../letterBridge';
import { $recordPasteFills, registerPasteFillsHistory } from '../pasteFills';
import { PLAIN_LINES_PASTED_COMMAND, type PlainPaste } from './PastePlugin';

interface Props {
  definitions: readonly FieldDefinition[];
  getFields: () => FieldValues;
  onFieldChange: (name: string, value: string) => void;
}

type Offer = { kind: 'offer'; paste: PlainPaste; text: string } | { kind: 'done'; message: string; warnings: string[] };

const DONE_SHOWN_MS = 10_000;

const $rootText = () => $getRoot().getTextContent();

/** Replaces the pasted paragraphs with the recognised ones; null when they are no longer there. */
function $restructure(paste: PlainPaste, definitions: readonly FieldDefinition[], values: FieldValues): PasteRecognition | null {
  const nodes = paste.paragraphKeys.map((key) => $getNodeByKey(key));
  if (nodes.some((node) => !node?.isAttached())) return null;
  const pasted = nodes as LexicalNode[];
  const recognised = recognisePastedText(pasted.map((node) => node.getTextContent()).join('\n'), definitions, values);
  if (recognised.blocks.length === 0) return null;
  const view = fieldView(definitions, { ...values, ...recognised.filled });
  const paragraphs = recognised.blocks.map((block) => $createBlockParagraph(block, view));
  for (const paragraph of paragraphs) pasted[0].insertBefore(paragraph);
  pasted.forEach((node) => node.remove());
  paragraphs.at(-1)?.selectEnd();
  $recordPasteFills(recognised.filled);
  return recognised;
}

function describe(recognised: PasteRecognition): string {
  if (recognised.filledLabels.length === 0) return '已按公文结构识别。没有空着的要素可填。';
  return `已按公文结构识别，并填入了空着的要素：${recognised.filledLabels.join('、')}。请核对。`;
}

/**
 * After several plain lines are pasted, offers 「按公文结构识别」 beside the letter without insisting:
 * accepting restructures just those paragraphs as one undo step and fills empty fields with the
 * facts found (undo empties them again, redo refills them); the offer goes with the next edit.
 */
export function PasteRecognitionPlugin({ definitions, getFields, onFieldChange }: Props) {
  const [editor] = useLexicalComposerContext();
  const [offer, setOffer] = useState<Offer | undefined>();

  useEffect(
    () =>
      editor.registerCommand(
        PLAIN_LINES_PASTED_COMMAND,
        (paste) => {
          setOffer({ kind: 'offer', paste, text: $rootText() });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  useEffect(() => {
    if (offer?.kind !== 'offer') return;
    return editor.registerUpdateListener(({ editorState }) => {
      if (editorState.read($rootText) !== offer.text) setOffer(undefined);
    });
  }, [editor, offer]);

  useEffect(() => registerPasteFillsHistory(editor, getFields, onFieldChange), [editor, getFields, onFieldChange]);

  useEffect(() => {
    if (offer?.kind !== 'done') return;
    const timer = offer.warnings.length === 0 ? setTimeout(() => setOffer(undefined), DONE_SHOWN_MS) : undefined;
    const stopListening = editor.registerUpdateListener(({ tags }) => {
      if (tags.has(HISTORIC_TAG)) setOffer(undefined);
    });
    return () => {
      clearTimeout(timer);
      stopListening();
    };
  }, [editor, offer]);

  if (!offer) return null;

  const accept = () => {
    if (offer.kind !== 'offer') return;
    const values = getFields();
    const outcome: { recognised?: PasteRecognition | null } = {};
    editor.update(() => void (outcome.recognised = $restructure(offer.paste, definitions, values)), { tag: HISTORY_PUSH_TAG, discrete: true });
    const { recognised } = outcome;
    if (!recognised) return setOffer(undefined);
    for (const [name, value] of Object.entries(recognised.filled)) onFieldChange(name, value);
    setOffer({ kind: 'done', message: describe(recognised), warnings: recognised.warnings });
    editor.focus();
  };

  return (
    <div className="paste-offer" role="status" aria-label="粘贴识别">
      {offer.kind === 'offer' ? (
        <>
          <span>粘贴的是几段纯文字。</span>
          <button type="button" onClick={accept}>
            按公文结构识别
          </button>
          <button type="button" onClick={() => setOffer(undefined)}>
            不用了
          </button>
        </>
      ) : (
        <>
          <span>{offer.message}</span>
          {offer.warnings.length > 0 && <span className="paste-offer__warnings">请核对：{offer.warnings.join('；')}</span>}
          <button type="button" onClick={() => setOffer(undefined)}>
            知道了
          </button>
        </>
      )}
    </div>
  );
}
