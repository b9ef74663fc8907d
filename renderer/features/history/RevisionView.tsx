import { makeFieldRenderer } from '../../../shared/fields/formatField';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { blockText } from '../../../shared/model/document';
import { Dialog } from '../../components/Dialog';
import type { LoadedVersion } from '../compare/versions';

interface Props {
  version: LoadedVersion;
  definitions: readonly FieldDefinition[];
  onCompare: () => void;
  onRestore: () => void;
  onClose: () => void;
}

/** An old version, read-only, laid out like the letter; it can be compared with the current text or restored. */
export function RevisionView({ version, definitions, onCompare, onRestore, onClose }: Props) {
  const render = makeFieldRenderer(definitions, version.fields);
  return (
    <Dialog
      title="查看版本"
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onCompare}>
            与当前稿比较
          </button>
          <button type="button" onClick={onRestore}>
            恢复此版本
          </button>
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </>
      }
    >
      <p className="muted">{version.label}（只读）</p>
      <article className="revision-view" aria-label="版本内容" aria-readonly="true">
        {version.content.blocks.map((block, index) => (
          <p key={index} className="letter-paragraph" data-role={block.role} data-level={block.level}>
            {blockText(block, render)}
          </p>
        ))}
      </article>
    </Dialog>
  );
}
