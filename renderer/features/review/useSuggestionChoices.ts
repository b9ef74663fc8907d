import { useEffect, useMemo, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { compareLetters } from '../../../shared/diff/compare';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { MergeSide } from '../../../shared/review/mergeAssembly';
import { applySuggestions } from '../../../shared/review/suggestionChoice';
import { call, errorMessage } from '../../api/client';

export type Suggestion = CallOutput<'revisions.suggestions'>['suggestions'][number];
export type Decision = 'accept' | 'reject';

export interface SuggestionChoices {
  suggestions: Suggestion[];
  /** An imported 修订稿's suggestions are accepted or rejected one by one; another line's only explain the merge rows. */
  decidable: boolean;
  decisions: ReadonlyMap<number, Decision>;
  decide: (index: number, decision: Decision) => void;
  decideAll: (decision: Decision) => void;
  /** Suggestions not yet accepted or rejected: the merge waits for them. */
  undecided: number;
  /**
   * The waiting line as the clerk has settled it so far (the original with the accepted suggestions)
   * and the original it departs from, to merge with the draft's own line; undefined while loading or
   * when the line makes no suggestions.
   */
  chosen?: { imported: MergeSide; original: MergeSide };
  problem: string;
}

/** A waiting line's suggestions; an imported 修订稿's are each accepted or rejected by the clerk, and nothing is taken until chosen. */
export function useSuggestionChoices(
  draftId: string,
  revisionId: string,
  imported: MergeSide | undefined,
  definitions: readonly FieldDefinition[],
): SuggestionChoices {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [original, setOriginal] = useState<MergeSide | undefined>();
  const [decisions, setDecisions] = useState(new Map<number, Decision>());
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let current = true;
    (async () => {
      const line = await call('revisions.suggestions', { draftId, revisionId });
      const start = line.original && line.suggestions.length > 0 ? await call('revisions.get', { revisionId: line.original }) : undefined;
      if (!current) return;
      if (start) setOriginal({ content: start.content, fields: start.fields });
      setSuggestions(line.suggestions);
    })().catch((error: unknown) => current && setProblem(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [draftId, revisionId]);

  const sides = useMemo(() => {
    if (!original || !imported) return undefined;
    const [from, to] = [
      { ...original, definitions },
      { ...imported, definitions },
    ];
    return { from, to, comparison: compareLetters(from, to) };
  }, [original, imported, definitions]);
  const chosen = useMemo(() => {
    if (!sides || !original) return undefined;
    const accepted = new Set([...decisions].flatMap(([index, decision]) => (decision === 'accept' ? [index] : [])));
    return { imported: applySuggestions(sides.from, sides.to, accepted, sides.comparison), original };
  }, [sides, original, decisions]);

  return {
    suggestions,
    decisions,
    decide: (index, decision) => setDecisions((current) => new Map(current).set(index, decision)),
    decideAll: (decision) => setDecisions(new Map(suggestions.map((_, index) => [index, decision] as const))),
    decidable: original !== undefined,
    undecided: original ? suggestions.filter((_, index) => !decisions.has(index)).length : 0,
    ...(chosen ? { chosen } : {}),
    problem,
  };
}
