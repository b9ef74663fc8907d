import { useEffect, useRef, useState } from 'react';
import { EMPTY_PROFILE, type BureauProfile } from '../../../shared/profile/bureauProfile';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { saveFile } from '../../components/saveFile';
import { BureauListsTable } from './BureauListsTable';

type TextKey = Exclude<keyof BureauProfile, 'replyTypeCodes'>;

const ROWS: readonly [TextKey, string, string][] = [
  ['fullName', '机关全称', '柳州市市场监督管理局'],
  ['shortName', '机关简称', '柳州市市场监管局'],
  ['signature', '署名（不填则用全称）', ''],
  ['docNumberSeries', '发文字号格式', '柳市监函〔{年}〕{号}号'],
  ['defaultCc', '默认抄送', '市政协提案委，市政府督查室'],
  ['letterHeader', '信函格式版头', '柳州市市场监督管理局'],
];

/** 单位信息: set once, read by every new draft, handed round the office as a file. */
export function ProfileDialog({ onClose }: { onClose: () => void }) {
  const [profile, setEdited] = useState<BureauProfile>(EMPTY_PROFILE);
  const [message, setMessage] = useState<string | undefined>();
  // The 校对词表 tab: the bureau's own rows, which the exported file carries with the profile.
  const [tab, setTab] = useState<'profile' | 'lists'>('profile');
  // The stored profile arrives after the dialog opens; it must not overwrite what the clerk typed or imported meanwhile.
  const touched = useRef(false);
  const setProfile = (next: BureauProfile) => {
    touched.current = true;
    setEdited(next);
  };
  useEffect(
    () =>
      void call('profile.get', {}).then(
        (stored) => touched.current || setEdited(stored),
        (error) => setMessage(errorMessage(error)),
      ),
    [],
  );

  const save = async () => {
    try {
      await call('profile.save', profile);
      onClose();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  const exportFile = async () => {
    const { fileName, text } = await call('profile.save', profile).then(() => call('profile.export', {}));
    saveFile(fileName, text, 'application/json');
  };
  const importFile = async (file: File) => {
    try {
      const { profile: imported, refused } = await call('profile.import', { text: await file.text() });
      setProfile(imported);
      setMessage(`已导入「${file.name}」，新建的答复将使用这些信息。${refused.length ? `有 ${refused.length} 条词没有导入：${refused.join('；')}` : ''}`);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  return (
    <Dialog
      title="单位信息"
      wide
      onClose={onClose}
      actions={
        <>
          <label className="button">
            从文件导入…
            <input type="file" accept=".json,application/json" hidden onChange={(event) => event.target.files?.[0] && void importFile(event.target.files[0])} />
          </label>
          <button type="button" onClick={() => void exportFile()}>
            导出为文件
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" onClick={() => void save()}>
            保存
          </button>
        </>
      }
    >
      <div role="tablist" aria-label="单位信息的内容" className="dialog__tabs">
        <button type="button" role="tab" aria-selected={tab === 'profile'} onClick={() => setTab('profile')}>
          机关信息
        </button>
        <button type="button" role="tab" aria-selected={tab === 'lists'} onClick={() => setTab('lists')}>
          校对词表
        </button>
      </div>
      {tab === 'lists' ? (
        <BureauListsTable />
      ) : (
        <>
          <p className="dialog__hint">这里填一次，以后新建的答复自动带上署名、抄送和本单位的答复类型代码。导出的文件可发给同事导入。</p>
          {ROWS.map(([key, label, example]) => (
            <label key={key} className="field-label">
              {label}
              <input
                value={profile[key]}
                placeholder={example && `例如：${example}`}
                onChange={(event) => setProfile({ ...profile, [key]: event.target.value })}
              />
            </label>
          ))}
          <label className="field-label">
            答复类型代码（用顿号或逗号分隔，按解决程度排列）
            <input
              value={profile.replyTypeCodes.join('、')}
              onChange={(event) => setProfile({ ...profile, replyTypeCodes: event.target.value.split(/[、,，\s]+/).filter(Boolean) })}
            />
          </label>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </Dialog>
  );
}
