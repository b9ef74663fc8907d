import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';

type Suggestion = CallOutput<'revisions.suggestions'>[number];

const clipped = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function describe({ kind, before, after }: Suggestion): string {
  switch (kind) {
    case 'insert':
      return `增加「${after}」`;
    case 'delete':
      return `删除「${clipped(before)}」`;
    case 'move':
      return `移动段落「${clipped(after)}」`;
    case 'format':
      return `格式：${before} → ${after}`;
    default:
      return `「${before}」改为「${after}」`;
  }
}

/** What a waiting line suggests, change by change with who made it (an imported 修订稿's 修订), above the merge rows. */
export function SuggestionList({ draftId, revisionId }: { draftId: string; revisionId: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    // the list only explains the rows below; without it the merge works the same
    call('revisions.suggestions', { draftId, revisionId }).then(setSuggestions, () => setSuggestions([]));
  }, [draftId, revisionId]);
  if (suggestions.length === 0) return null;
  return (
    <details className="merge-editor__suggestions" open>
      <summary>修改建议 {suggestions.length} 处</summary>
      <ol aria-label="修改建议">
        {suggestions.map((suggestion, index) => (
          <li key={index}>
            {suggestion.paragraph !== null && `第 ${suggestion.paragraph + 1} 段：`}
            {describe(suggestion)}（{suggestion.author || '未署名'}）
          </li>
        ))}
      </ol>
    </details>
  );
}
