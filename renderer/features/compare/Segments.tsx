import type { Segment } from '../../../shared/diff/types';

/** Marked text as React text: deletions struck through (<del>), insertions underlined (<ins>). */
export function Segments({ segments, current }: { segments: readonly Segment[]; current?: number }) {
  return (
    <>
      {segments.map((segment, index) => {
        const here = current !== undefined && segment.change === current ? { 'data-current': 'true' } : {};
        if (segment.mark === 'removed')
          return (
            <del key={index} {...here}>
              {segment.text}
            </del>
          );
        if (segment.mark === 'added')
          return (
            <ins key={index} {...here}>
              {segment.text}
            </ins>
          );
        return (
          <span key={index} {...here}>
            {segment.text}
          </span>
        );
      })}
    </>
  );
}
