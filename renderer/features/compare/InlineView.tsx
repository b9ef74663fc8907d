import type { Comparison } from '../../../shared/diff/types';
import { inlineView } from '../../../shared/diff/views';
import { Segments } from './Segments';

/** 逐段标注, as in Word's compare: deletions struck through, insertions underlined, in the later order. */
export function InlineView({ comparison, current, currentRow }: { comparison: Comparison; current: number; currentRow: number | null }) {
  return (
    <div className="compare-inline" aria-label="逐段标注">
      {inlineView(comparison).map((paragraph) => (
        <p
          key={paragraph.row}
          className={`compare-inline__paragraph compare-row--${paragraph.kind}`}
          data-role={paragraph.paragraph.role}
          data-current-row={paragraph.row === currentRow ? 'true' : undefined}
        >
          {paragraph.kind === 'moved-away' && <span className="badge">已移走</span>}
          {paragraph.kind === 'moved-here' && <span className="badge">移到此处</span>}
          {paragraph.format && <span className="badge">{`${paragraph.format.before} → ${paragraph.format.after}`}</span>}
          <Segments segments={paragraph.segments} current={current} />
        </p>
      ))}
    </div>
  );
}
