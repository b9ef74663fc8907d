import type { Segment } from '../../../shared/diff/types';

/**
 * Marked text as React text: deletions struck through (<del>), insertions underlined (<ins>), words whose
 * bold was switched dotted underneath and as bold as they are on this `side` (the later one unless told).
 */
export function Segments({ segments, current, side = 'after' }: { segments: readonly Segment[]; current?: number; side?: 'before' | 'after' }) {
  return (
    <>
      {segments.map((segment, index) => {
        const here = current !== undefined && (segment.change === current || segment.restyled?.change === current) ? { 'data-current': 'true' } : {};
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
        if (segment.restyled) {
          const { bold } = segment.restyled;
          return (
            <span
              key={index}
              className="compare-restyled"
              data-bold={bold === (side === 'after') ? 'true' : 'false'}
              title={bold ? '改为加粗' : '取消加粗'}
              {...here}
            >
              {segment.text}
            </span>
          );
        }
        return (
          <span key={index} {...here}>
            {segment.text}
          </span>
        );
      })}
    </>
  );
}
