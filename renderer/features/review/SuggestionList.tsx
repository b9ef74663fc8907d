import type { SuggestionChoices, Suggestion } from './useSuggestionChoices';

const clipped = (text: string) => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function describe({ kind, before, after, bold }: Suggestion): string {
  switch (kind) {
    case 'bold':
      return `${bold ? '加粗' : '取消加粗'}：「${clipped(after)}」`;
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

const DECISIONS = [
  { decision: 'accept', label: '接受' },
  { decision: 'reject', label: '不接受' },
] as const;

/**
 * What a waiting line suggests, change by change with who made it; an imported 修订稿's 修订 are each
 * accepted or rejected on its own or all at once, and the merge rows below show the result.
 */
export function SuggestionList({ choices }: { choices: SuggestionChoices }) {
  const { suggestions, decidable, decisions, decide, decideAll, undecided } = choices;
  if (suggestions.length === 0) return null;
  return (
    <details className="merge-editor__suggestions" open>
      <summary>
        修改建议 {suggestions.length} 处{decidable && (undecided > 0 ? `，还有 ${undecided} 处没有决定` : '，都已决定')}
      </summary>
      {decidable && (
        <div className="merge-editor__suggestion-actions">
          <button type="button" onClick={() => decideAll('accept')}>
            全部接受
          </button>
          <button type="button" onClick={() => decideAll('reject')}>
            全部不接受
          </button>
        </div>
      )}
      <ol aria-label="修改建议">
        {suggestions.map((suggestion, index) => (
          <li key={index}>
            <span>
              {suggestion.place !== null && `${suggestion.place}：`}
              {describe(suggestion)}（{suggestion.author || '未署名'}）
            </span>
            {decidable && (
              <span className="merge-row__pick" role="group" aria-label={`第 ${index + 1} 条修改建议`}>
                {DECISIONS.map(({ decision, label }) => (
                  <label key={decision}>
                    <input type="radio" name={`suggestion-${index}`} checked={decisions.get(index) === decision} onChange={() => decide(index, decision)} />
                    {label}
                  </label>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
