import { useState } from 'react';
import { ruleById } from '../../../shared/proofread/index';
import { canReportFalse } from '../../../shared/proofread/decisions';
import type { ParagraphFinding } from './paragraphTracker';

const SEVERITY_LABELS = { error: '错误', warning: '提醒', info: '建议' } as const;
/** More than this many findings of one kind are counted, not listed, so the panel stays quick. */
const SHOWN_PER_KIND = 30;

interface Props {
  findings: readonly ParagraphFinding[];
  notice: string;
  onJump: (finding: ParagraphFinding) => void;
  onFix: (finding: ParagraphFinding) => void;
  onFixAll: (rule: string) => void;
  onIgnore: (finding: ParagraphFinding) => void;
  onReport: (finding: ParagraphFinding) => void;
  onDisableRule: (rule: string) => void;
  onShowReport: () => void;
}

function groups(findings: readonly ParagraphFinding[]): [string, ParagraphFinding[]][] {
  const byRule = new Map<string, ParagraphFinding[]>();
  for (const finding of findings) {
    const group = byRule.get(finding.rule);
    if (group) group.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  return [...byRule];
}

/** 校对 panel: findings grouped by kind with counts; each with its explanation, 改正, 忽略 and 报告误报. */
export function ProofreadPanel({ findings, notice, onJump, onFix, onFixAll, onIgnore, onReport, onDisableRule, onShowReport }: Props) {
  const [folded, setFolded] = useState(false);
  return (
    <aside className={folded ? 'proofread-panel proofread-panel--folded' : 'proofread-panel'} aria-label="校对">
      <h2>
        校对{findings.length ? `（${findings.length} 处）` : ''}
        <button type="button" className="proofread-panel__fold" onClick={onShowReport}>
          校对报告
        </button>
        <button type="button" className="proofread-panel__fold" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          {folded ? '展开' : '收起'}
        </button>
      </h2>
      {notice && <p className="proofread-panel__notice">{notice}</p>}
      {findings.length === 0 && <p className="muted">没有发现问题。</p>}
      {groups(findings).map(([ruleId, items]) => {
        const rule = ruleById(ruleId);
        const fixable = items.filter((item) => item.fix !== undefined).length;
        return (
          <section key={ruleId} aria-label={rule?.title ?? ruleId} className={`proofread-panel__group proofread-panel__group--${items[0].severity}`}>
            <h3>
              {rule?.title ?? ruleId}{' '}
              <span className="muted">
                {items.length} 处 · {SEVERITY_LABELS[items[0].severity]}
              </span>
            </h3>
            {rule && <p className="proofread-panel__basis">依据：{rule.basis}</p>}
            <div className="proofread-panel__group-actions">
              {fixable > 1 && (
                <button type="button" onClick={() => onFixAll(ruleId)}>
                  全部改正（{fixable} 处）
                </button>
              )}
              <button type="button" onClick={() => onDisableRule(ruleId)}>
                不再检查这一类
              </button>
            </div>
            <ul>
              {items.slice(0, SHOWN_PER_KIND).map((finding) => (
                <li key={`${finding.paragraphKey}:${finding.start}:${finding.end}`}>
                  <button type="button" className="proofread-panel__jump" onClick={() => onJump(finding)}>
                    {finding.excerpt || '（段落末尾）'}
                  </button>
                  <div>{finding.message}</div>
                  {finding.fix !== undefined && <div className="muted">建议改为：「{finding.fix}」</div>}
                  <div className="proofread-panel__actions">
                    {finding.fix !== undefined && (
                      <button type="button" onClick={() => onFix(finding)}>
                        改正
                      </button>
                    )}
                    <button type="button" onClick={() => onIgnore(finding)}>
                      忽略
                    </button>
                    {canReportFalse(finding.rule) && (
                      <button type="button" title="这处不是错误：记入误报清单，由办公室汇总后调整词表" onClick={() => onReport(finding)}>
                        报告误报
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
            {items.length > SHOWN_PER_KIND && <p className="muted">另有 {items.length - SHOWN_PER_KIND} 处未列出，改正上面的之后会继续列出。</p>}
          </section>
        );
      })}
    </aside>
  );
}
