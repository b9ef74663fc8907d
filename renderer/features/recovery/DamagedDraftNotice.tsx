import { useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { describeDraftDamage } from '../../../shared/model/draftDamage';
import type { CallInput } from '../../../shared/api/contract';

type Source = CallInput<'drafts.recover'>['source'];

interface Props {
  draft: Draft & { damage: NonNullable<Draft['damage']> };
  /** The clerk's decision; the draft is shown again, editable, once it is carried out. */
  onRecover: (source: Source) => Promise<void>;
}

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * Above a damaged draft shown read-only: what is damaged, what was lost and since when, and the two
 * ways on. Nothing is written until the clerk picks one.
 */
export function DamagedDraftNotice({ draft, onRecover }: Props) {
  const { damage } = draft;
  const [busy, setBusy] = useState(false);
  const decide = async (source: Source) => {
    setBusy(true);
    try {
      await onRecover(source);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="alert damaged-draft" role="alert" aria-label="这份草稿已损坏">
      {describeDraftDamage(damage, localTime).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="damaged-draft__actions">
        {damage.backup && (
          <button type="button" disabled={busy} onClick={() => void decide({ kind: 'backup', name: damage.backup!.name })}>
            从备份恢复这份草稿
          </button>
        )}
        {damage.shown && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void decide({ kind: 'shown', revisionId: damage.shown!.from === 'revision' ? damage.shown!.revisionId : null })}
          >
            {damage.shown.from === 'revision' ? '从这个版本接着写' : '保留现在的正文，接着写'}
          </button>
        )}
      </div>
    </section>
  );
}
