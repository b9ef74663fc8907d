import { useEffect, useState } from 'react';
import type { WordListEntry } from '../../../shared/proofread/index';
import { mergeEntries, parseWordListLines, splitNames, WORD_KIND_LABELS } from '../../../shared/proofread/wordList';
import { errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { loadWordList, saveWordList } from './wordListClient';

type Kind = WordListEntry['kind'];
const KINDS = Object.keys(WORD_KIND_LABELS) as Kind[];

function KindSelect({ value, onChange, label }: { value: Kind; onChange: (kind: Kind) => void; label: string }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Kind)}>
      {KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {WORD_KIND_LABELS[kind]}
        </option>
      ))}
    </select>
  );
}

/**
 * 校对词表: the bureau's organisation names, people and terms, with the short forms it accepts. The
 * checker flags near-misses of these names and forms that differ within one letter. Every change is saved at once.
 */
export function WordListDialog({ onClose }: { onClose: () => void }) {
  const [entries, setEntries] = useState<WordListEntry[] | undefined>();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('organisation');
  const [aliases, setAliases] = useState('');
  const [pasted, setPasted] = useState('');
  const [pastedKind, setPastedKind] = useState<Kind>('organisation');
  const [message, setMessage] = useState('');

  useEffect(() => void loadWordList().then(setEntries, (error: unknown) => setMessage(errorMessage(error))), []);

  const save = async (next: WordListEntry[], done: string) => {
    try {
      setEntries(await saveWordList(next));
      setMessage(done);
      return true;
    } catch (error) {
      setMessage(errorMessage(error));
      return false;
    }
  };

  const add = async () => {
    const shortForms = splitNames(aliases).filter((alias) => alias !== name.trim());
    const entry: WordListEntry = shortForms.length ? { name: name.trim(), kind, aliases: shortForms } : { name: name.trim(), kind };
    if (await save(mergeEntries(entries ?? [], [entry]), `已加入“${entry.name}”。`)) {
      setName('');
      setAliases('');
    }
  };

  const importPasted = async () => {
    const found = parseWordListLines(pasted, pastedKind);
    if (found.length === 0) return setMessage('没有读到名称：请每行写一个名称，简称写在同一行，用空格或顿号隔开。');
    if (await save(mergeEntries(entries ?? [], found), `已导入 ${found.length} 条。`)) setPasted('');
  };

  return (
    <Dialog
      title="校对词表"
      wide
      onClose={onClose}
      actions={
        <button type="button" onClick={onClose}>
          关闭
        </button>
      }
    >
      <div className="word-list">
        <p className="muted">
          写入本单位常用的单位名称、人名和术语。校对时，与词表只差一两个字的写法（如“柳州市市场监管管理局”）会标出并可一键改正；同一单位在一份答复中写法不一也会提醒。单位信息中的机关全称、简称和草稿的提案者自动算在内。
        </p>
        <form
          className="word-list__add"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <input aria-label="名称" placeholder="名称，如 柳州市市场监督管理局" value={name} maxLength={60} onChange={(event) => setName(event.target.value)} />
          <KindSelect label="类别" value={kind} onChange={setKind} />
          <input aria-label="简称" placeholder="可用的简称（可不填，多个用顿号隔开）" value={aliases} onChange={(event) => setAliases(event.target.value)} />
          <button type="submit" disabled={name.trim().length < 2}>
            加入词表
          </button>
        </form>
        {message && (
          <p role="status" className="word-list__message">
            {message}
          </p>
        )}
        {entries && entries.length === 0 && <p className="muted">词表还是空的。</p>}
        {entries && entries.length > 0 && (
          <table className="word-list__table" aria-label="词表">
            <thead>
              <tr>
                <th>名称</th>
                <th>类别</th>
                <th>简称</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.name}>
                  <td>{entry.name}</td>
                  <td>{WORD_KIND_LABELS[entry.kind]}</td>
                  <td>{entry.aliases?.join('、') ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`删除 ${entry.name}`}
                      onClick={() =>
                        void save(
                          entries.filter((other) => other !== entry),
                          `已删除“${entry.name}”。`,
                        )
                      }
                    >
                      删除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <details className="word-list__paste">
          <summary>粘贴导入</summary>
          <textarea
            aria-label="粘贴的名称"
            rows={6}
            placeholder={'每行一个名称；简称写在同一行，用空格或顿号隔开，例如：\n柳州市市场监督管理局 柳州市市场监管局'}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <div>
            类别 <KindSelect label="导入的类别" value={pastedKind} onChange={setPastedKind} />
            <button type="button" onClick={() => void importPasted()} disabled={pasted.trim() === ''}>
              导入
            </button>
          </div>
        </details>
      </div>
    </Dialog>
  );
}
