import type { Comparison } from '../../../shared/diff/types';
import { changeTableRows } from './changeTable';
import { Segments } from './Segments';

interface Props {
  comparison: Comparison;
  draftTitle: string;
  beforeLabel: string;
  afterLabel: string;
}

/** 修改对照表: 序号 / 修改前 / 修改后 / 说明, the same table on screen and on paper. */
export function ChangeTableView({ comparison, draftTitle, beforeLabel, afterLabel }: Props) {
  const rows = changeTableRows(comparison);
  return (
    <div className="change-table">
      <h3>《{draftTitle}》修改对照表</h3>
      <p className="change-table__versions">
        修改前：{beforeLabel}
        <br />
        修改后：{afterLabel}
      </p>
      {rows.length === 0 ? (
        <p>两个版本内容相同。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>序号</th>
              <th>修改前</th>
              <th>修改后</th>
              <th>说明</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>{index + 1}</td>
                <td>
                  <Segments segments={row.before} side="before" />
                </td>
                <td>
                  <Segments segments={row.after} />
                </td>
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
