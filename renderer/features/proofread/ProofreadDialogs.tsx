import { useMemo, useState } from 'react';
import { useBindCommands } from '../../commands/CommandsContext';
import { OutputCheckHost } from './OutputCheckHost';
import { WordListDialog } from './WordListDialog';

/** The proofreading dialogs that are not tied to the editor: 校对词表 and the summary before printing or exporting. */
export function ProofreadDialogs() {
  const [wordList, setWordList] = useState(false);
  const bindings = useMemo(() => ({ 'proofread.wordList': () => setWordList(true) }), []);
  useBindCommands(bindings);
  return (
    <>
      {wordList && <WordListDialog onClose={() => setWordList(false)} />}
      <OutputCheckHost />
    </>
  );
}
