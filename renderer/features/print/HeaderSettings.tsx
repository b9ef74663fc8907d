import { SECRECY_LEVELS, URGENCY_LEVELS, type PrintSettings } from '../../../shared/print/settings';

interface Props {
  settings: PrintSettings;
  change: <K extends keyof PrintSettings>(key: K, value: PrintSettings[K]) => void;
}

/** 版头 choices of the print preview: 文件格式, 份号, 密级和保密期限, 紧急程度, 上行文 (签发人). */
export function HeaderSettings({ settings, change }: Props) {
  return (
    <>
      {settings.format === 'ordinary' && (
        <label>
          <input type="checkbox" checked={settings.documentHeader} onChange={(e) => change('documentHeader', e.target.checked)} />
          文件格式版头（红色机关标志、发文字号、红线）
        </label>
      )}
      {settings.format === 'ordinary' && settings.documentHeader && (
        <label>
          <input type="checkbox" checked={settings.upward} onChange={(e) => change('upward', e.target.checked)} />
          上行文（印签发人，取自签发记录）
        </label>
      )}
      <label>
        份号
        <input
          inputMode="numeric"
          maxLength={6}
          size={6}
          value={settings.copyNumber}
          onChange={(e) => change('copyNumber', e.target.value.replace(/\D/g, '').slice(0, 6))}
        />
      </label>
      <label>
        密级
        <select value={settings.secrecy} onChange={(e) => change('secrecy', e.target.value as PrintSettings['secrecy'])}>
          <option value="none">不标注</option>
          {SECRECY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </label>
      {settings.secrecy !== 'none' && (
        <label>
          保密期限
          <input size={6} maxLength={12} placeholder="如 1年" value={settings.secrecyTerm} onChange={(e) => change('secrecyTerm', e.target.value)} />
        </label>
      )}
      <label>
        紧急程度
        <select value={settings.urgency} onChange={(e) => change('urgency', e.target.value as PrintSettings['urgency'])}>
          <option value="none">不标注</option>
          {URGENCY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
