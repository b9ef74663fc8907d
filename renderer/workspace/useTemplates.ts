import { useCallback, useEffect, useState } from 'react';
import type { TemplateSummary } from '../../shared/api/contract';
import { call } from '../api/client';

/** The templates 新建答复 offers; `refresh` fetches them again after one is saved or changed. */
export function useTemplates(report: (error: unknown) => void) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const refresh = useCallback(() => void call('templates.list', {}).then(setTemplates, report), [report]);
  useEffect(refresh, [refresh]);
  return { templates, refresh };
}
