import type { Comparison } from '../../../shared/diff/types';
import { sideBySide, type SideBySideCell } from '../../../shared/diff/views';
import { Segments } from './Segments';

interface Props {
  comparison: Comparison;
  current: number;
  currentRow: number | null;
}

function Cell({ cell, current, note, side }: { cell: SideBySideCell | null; current: number; note?: string; side: 'before' | 'after' }) {
  if (!cell) return <div className="compare-cell compare-cell--gap" aria-label="此处没有对应段落" />;
  return (
    <div className="compare-cell" data-role={cell.paragraph.role}>
      {note && <span className="badge">{note}</span>}
      <Segments segments={cell.segments} current={current} side={side} />
    </div>
  );
}

/** 并排对照: paragraphs aligned, a gap opposite an inserted or deleted paragraph, moves labelled at both ends. */
export function SideBySideView({ comparison, current, currentRow }: Props) {
  return (
    <div className="compare-columns" role="table" aria-label="并排对照">
      <div className="compare-row compare-row--head" role="row">
        <div role="columnheader">修改前</div>
        <div role="columnheader">修改后</div>
      </div>
      {sideBySide(comparison).map((row, index) => {
        const moveNote =
          row.moveRow === undefined
            ? undefined
            : row.kind === 'moved-away'
              ? row.moveRow > index
                ? '已移到下文'
                : '已移到上文'
              : row.moveRow > index
                ? '从下文移来'
                : '从上文移来';
        return (
          <div key={index} role="row" className={`compare-row compare-row--${row.kind}`} data-current-row={index === currentRow ? 'true' : undefined}>
            <Cell cell={row.left} current={current} side="before" note={row.kind === 'moved-away' ? moveNote : undefined} />
            <Cell
              cell={row.right}
              current={current}
              side="after"
              note={row.kind === 'moved-here' ? moveNote : row.format ? `${row.format.before} → ${row.format.after}` : undefined}
            />
          </div>
        );
      })}
    </div>
  );
}
