import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import { assembleMerge, planMerge, unsettled, type MergePick, type MergeRow, type MergeTake } from '../../../shared/review/mergeAssembly';
import { fieldKey, picksFor, rowKeys, type HandPicks } from '../../../shared/review/mergePicks';
import type { MergeSources } from '../../../shared/review/reviewSchemas';
import { call, errorMessage } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { SuggestionList } from './SuggestionList';
import { useSuggestionChoices } from './useSuggestionChoices';

interface Props {
  draftId: string;
  revisionId: string;
  definitions: readonly FieldDefinition[];
  /** The merge is saved: the draft is to be opened afresh. */
  onMerged: () => void;
  onClose: () => void;
}

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

const TAKES: { take: Exclude<MergeTake, 'edited'>; label: string }[] = [
  { take: 'local', label: '用本地' },
  { take: 'imported', label: '用导入' },
  { take: 'both', label: '两者都要' },
];

const SUGGESTION = { local: '只有本机改过这段，建议用本地', imported: '只有导入的一方改过这段，建议用导入' } as const;

function RowPicker({ row, number, pick, onPick }: { row: MergeRow; number: number; pick: MergePick | undefined; onPick: (pick: MergePick) => void }) {
  const name = `merge-row-${number}`;
  return (
    <div className="merge-row__pick" role="group" aria-label={`第 ${number} 处`}>
      {TAKES.map(({ take, label }) => (
        <label key={take}>
          <input type="radio" name={name} checked={pick?.take === take} onChange={() => onPick({ take })} />
          {label}
        </label>
      ))}
      <label>
        <input
          type="radio"
          name={name}
          checked={pick?.take === 'edited'}
          onChange={() => onPick({ take: 'edited', text: (row.local ?? row.imported)!.text })}
        />
        修改
      </label>
      {row.suggested && <span className="merge-row__hint">{SUGGESTION[row.suggested]}</span>}
      {pick?.take === 'edited' && (
        <textarea aria-label={`第 ${number} 处改为`} value={pick.text} onChange={(event) => onPick({ take: 'edited', text: event.target.value })} />
      )}
    </div>
  );
}

/**
 * 逐段合并: the current text and the line from another PC side by side, aligned paragraph by paragraph.
 * Each paragraph that differs is settled with 用本地 / 用导入 / 两者都要 or an edit (where only one side
 * changed it since the lines parted, that side is chosen for the reviewer to confirm); the result is saved
 * as a merge revision with both lines as parents.
 */
export function MergeEditor({ draftId, revisionId, definitions, onMerged, onClose }: Props) {
  const [sources, setSources] = useState<MergeSources | undefined>();
  const [hand, setHand] = useState<HandPicks>({ rows: new Map(), fields: new Map() });
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const body = useRef<HTMLDivElement>(null);

  // An imported 修订稿's line is merged as the clerk settles its suggestions, against the original they were made on.
  const choices = useSuggestionChoices(draftId, revisionId, sources?.imported, definitions);
  const imported = choices.chosen?.imported ?? sources?.imported;
  const plan = useMemo(
    () => sources && imported && planMerge(sources.local, imported, definitions, choices.chosen?.original ?? sources.ancestor ?? undefined),
    [sources, imported, choices.chosen, definitions],
  );

  useEffect(() => {
    call('review.mergeSources', { draftId, revisionId }).then(setSources, (error: unknown) => setProblem(errorMessage(error)));
  }, [draftId, revisionId]);

  // a decision on a suggestion builds a new plan: the clerk's picks follow their rows, by what the rows hold
  const keys = useMemo(() => (plan ? rowKeys(plan) : []), [plan]);
  const { rows: picks, fields: fieldPicks } = useMemo(
    () => (plan ? picksFor(plan, hand) : { rows: new Map<number, MergePick>(), fields: new Map() }),
    [plan, hand],
  );
  const planned = plan !== undefined;
  useEffect(() => {
    if (planned) body.current?.querySelector('.merge-row--differs')?.scrollIntoView({ block: 'center' });
  }, [planned]);

  const pickRow = (index: number, pick: MergePick) => setHand((current) => ({ ...current, rows: new Map(current.rows).set(keys[index], pick) }));
  const pickField = (name: string, take: 'local' | 'imported') => {
    const field = plan?.fields.find((candidate) => candidate.name === name);
    if (field) setHand((current) => ({ ...current, fields: new Map(current.fields).set(fieldKey(field), take) }));
  };
  const pickAll = (take: 'local' | 'imported') => {
    if (!plan) return;
    setHand({
      rows: new Map(plan.rows.flatMap((row, index) => (row.differs ? [[keys[index], { take }] as const] : []))),
      fields: new Map(plan.fields.map((field) => [fieldKey(field), take] as const)),
    });
  };

  const open = plan ? unsettled(plan, picks, fieldPicks) + choices.undecided : 0;
  const save = async () => {
    if (!plan || !sources || !imported) return;
    setSaving(true);
    try {
      const merged = assembleMerge(plan, picks, fieldPicks, sources.local, imported, definitions);
      await call('review.merge', { draftId, revisionId, ...merged, localBase: sources.local.base });
      onMerged();
    } catch (error) {
      setProblem(errorMessage(error));
      setSaving(false);
    }
  };

  let number = 0;
  return (
    <Dialog
      title="逐段合并"
      wide
      onClose={onClose}
      actions={
        <>
          <span className="merge-editor__open" role="status">
            {plan && (open > 0 ? `还有 ${open} 处没有选` : '每一处都已选好')}
          </span>
          <button type="button" onClick={() => pickAll('local')} disabled={!plan}>
            全部用本地
          </button>
          <button type="button" onClick={() => pickAll('imported')} disabled={!plan}>
            全部用导入
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="button" className="primary" disabled={!plan || open > 0 || saving || sources?.locked} onClick={() => void save()}>
            保存合并
          </button>
        </>
      }
    >
      {(problem || choices.problem) && <p role="alert">{problem || choices.problem}</p>}
      <SuggestionList choices={choices} />
      {sources?.locked && <p role="alert">这份答复已签发，正文已锁定，不能把其他修改合并进来。如需合并，请先撤回签发（须写明理由），再合并。</p>}
      {sources && plan && (
        <div className="merge-editor" ref={body}>
          <div className="merge-row merge-row--head">
            <span>本机（当前稿）</span>
            <span>
              导入：{sources.imported.revision.author} 于 {localTime(sources.imported.revision.time)} 的修改
            </span>
          </div>
          {plan.fields.map((field) => (
            <div key={field.name} className="merge-row merge-row--differs">
              <p>
                字段「{field.label}」：{field.local || '（空）'}
              </p>
              <p>
                字段「{field.label}」：{field.imported || '（空）'}
              </p>
              <div className="merge-row__pick" role="group" aria-label={`字段「${field.label}」`}>
                {(['local', 'imported'] as const).map((take) => (
                  <label key={take}>
                    <input
                      type="radio"
                      name={`merge-field-${field.name}`}
                      checked={fieldPicks.get(field.name) === take}
                      onChange={() => pickField(field.name, take)}
                    />
                    {take === 'local' ? '用本地' : '用导入'}
                  </label>
                ))}
              </div>
            </div>
          ))}
          {plan.rows.map((row, index) => {
            if (!row.differs) {
              return (
                <p key={index} className="merge-row merge-row--same">
                  {row.local!.text}
                </p>
              );
            }
            number += 1;
            return (
              <div key={index} className="merge-row merge-row--differs" aria-label={`第 ${number} 处不同`}>
                <p className={row.local ? undefined : 'merge-row__gap'}>{row.local?.text ?? '（本机没有这一段）'}</p>
                <p className={row.imported ? undefined : 'merge-row__gap'}>{row.imported?.text ?? '（导入的稿子没有这一段）'}</p>
                <RowPicker row={row} number={number} pick={picks.get(index)} onPick={(pick) => pickRow(index, pick)} />
              </div>
            );
          })}
        </div>
      )}
    </Dialog>
  );
}
