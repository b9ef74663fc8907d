import { useState, type DragEvent } from 'react';
import { ApiError } from '../../../shared/api/errors';

/** A kind of file that becomes a new draft when dropped: Word documents, plain-text letters. */
export interface DroppableKind {
  accepts: (file: File) => boolean;
  importDraft: (file: File) => void;
}

/** Drop a letter file on the draft list and it becomes a new draft, whichever kind it is. */
export function useDraftFileDrop(kinds: readonly DroppableKind[], onError: (error: unknown) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      setDragging(false);
      if (!file) return;
      event.preventDefault();
      const kind = kinds.find((candidate) => candidate.accepts(file));
      if (kind) kind.importDraft(file);
      else onError(new ApiError('invalid_input', `「${file.name}」不是 Word 文档（.docx）或文本文件（.txt），不能导入为草稿。`));
    },
    'data-dropping': dragging || undefined,
  };
}
