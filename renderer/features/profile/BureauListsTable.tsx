import { useEffect, useState } from 'react';
import { EMPTY_BUREAU_LISTS, type BureauLists } from '../../../shared/proofread/lists/bureauLists';
import { LIST_KIND_LABELS, type ListKind, type ListRow } from '../../../shared/proofread/lists/listRow';
import { describeRefused, validateRows } from '../../../shared/proofread/lists/validateRows';
import { call, errorMessage } from '../../api/client';
import { toBase64 } from '../../components/base64';
import { saveSheet } from '../../components/saveSheet';
import { announceListsChanged, saveBureauLists } from '../proofread/wordListClient';

const KINDS = Object.keys(LIST_KIND_LABELS) as ListKind[];
const BLANK = { kind: 'confusion' as ListKind, wrong: '', right: '', source: '本单位', fires: '', passes: '' };

/**
 * 本单位校对词表 in the 单位信息 editor: the bureau's own 易混淆词 and 规范表述, each with a sentence where
 * it must be flagged and one where it must not; added one by one or from a sheet, and sent out as a sheet.
 */
export function BureauListsTable() {
  const [lists, setLists] = useState<BureauLists>(EMPTY_BUREAU_LISTS);
  const [draft, setDraft] = useState(BLANK);
  const [message, setMessage] = useState('');
  useEffect(() => void call('bureauLists.get', {}).then(setLists, (error) => setMessage(errorMessage(error))), []);

  const store = async (next: BureauLists, said: string) => {
    try {
      setLists(await saveBureauLists(next));
      setMessage(said);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  const add = () => {
    const row = {
      wrong: draft.wrong.trim(),
      right: draft.right.trim(),
      context: '词语',
      source: draft.source.trim(),
      fires: [draft.fires.trim()],
      passes: [draft.passes.trim()],
    };
    const { rows, refused } = validateRows([row], lists[draft.kind].length + 1);
    if (refused.length) return setMessage(describeRefused(refused).join('；'));
    void store({ ...lists, [draft.kind]: [...lists[draft.kind].filter((known) => known.wrong !== row.wrong), ...rows] }, `已添加“${row.wrong}”。`).then(() =>
      setDraft({ ...BLANK, kind: draft.kind }),
    );
  };

  const remove = (kind: ListKind, row: ListRow) => void store({ ...lists, [kind]: lists[kind].filter((known) => known !== row) }, `已删除“${row.wrong}”。`);

  const importSheet = async (file: File) => {
    try {
      const { lists: merged, refused } = await call('bureauLists.importSheet', {
        fileName: file.name,
        base64: toBase64(new Uint8Array(await file.arrayBuffer())),
      });
      setLists(merged);
      announceListsChanged();
      setMessage(`已从「${file.name}」导入。${refused.length ? `有 ${refused.length} 行没有导入：${refused.join('；')}` : ''}`);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  const field = (key: Exclude<keyof typeof BLANK, 'kind'>, label: string, hint: string) => (
    <label className="field-label">
      {label}
      <input value={draft[key]} placeholder={hint} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })} />
    </label>
  );

  return (
    <section aria-label="本单位校对词表" className="bureau-lists">
      <h3>本单位校对词表</h3>
      <p className="dialog__hint">本单位常见的错别字、旧的机构名称和领导不用的说法。每条写一个应提示的例句和一个不应提示的例句；随单位信息文件发给同事。</p>
      <div className="bureau-lists__scroll">
        <table className="bureau-lists__table">
          <thead>
            <tr>
              <th>类别</th>
              <th>错误写法</th>
              <th>正确写法</th>
              <th>出处</th>
              <th>应提示的例句</th>
              <th>不应提示的例句</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {KINDS.flatMap((kind) =>
              lists[kind].map((row) => (
                <tr key={`${kind}:${row.wrong}`}>
                  <td>{LIST_KIND_LABELS[kind]}</td>
                  <td>{row.wrong}</td>
                  <td>{row.right}</td>
                  <td>{row.source}</td>
                  <td>{row.fires.join(' / ')}</td>
                  <td>{row.passes.join(' / ')}</td>
                  <td>
                    <button type="button" onClick={() => remove(kind, row)}>
                      删除
                    </button>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <div className="bureau-lists__add">
        <label className="field-label">
          类别
          <select value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value as ListKind })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {LIST_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        {field('wrong', '错误写法', '例如：市工商局')}
        {field('right', '正确写法', '例如：市市场监督管理局')}
        {field('source', '出处', '本单位')}
        {field('fires', '应提示的例句', '请市工商局协助。')}
        {field('passes', '不应提示的例句', '请市市场监督管理局协助。')}
        <button type="button" onClick={add}>
          添加到词表
        </button>
      </div>
      <div className="bureau-lists__actions">
        <label className="button">
          从表格导入…
          <input type="file" accept=".xlsx" hidden onChange={(event) => event.target.files?.[0] && void importSheet(event.target.files[0])} />
        </label>
        <button type="button" onClick={() => void call('bureauLists.exportSheet', {}).then(saveSheet)}>
          导出为表格
        </button>
        <button type="button" onClick={() => void call('proofread.exportFalseReports', {}).then(saveSheet)}>
          导出误报记录
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
