import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/api/caseCalls';
import { chineseDate, localDate } from '../../../shared/cases/calendar';
import { dateInSearch } from '../../../shared/search/listFilter';
import { call, errorMessage } from '../../api/client';

interface Props {
  onOpen: (hit: SearchHit) => void;
  /** The clerk took the offer to list the drafts signed on the date typed. */
  onDateFilter: (iso: string) => void;
}

const TYPE_LABELS = { case: '案件', draft: '草稿' } as const;

function Highlighted({ hit }: { hit: SearchHit }) {
  if (!hit.match) return <>{hit.snippet}</>;
  const { start, end } = hit.match;
  return (
    <>
      {hit.snippet.slice(0, start)}
      <mark>{hit.snippet.slice(start, end)}</mark>
      {hit.snippet.slice(end)}
    </>
  );
}

/** One box that searches case titles, proposal texts and every draft; one or two characters work too. */
export function SearchBox({ onOpen, onDateFilter }: Props) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ total: number; hits: SearchHit[]; incomplete: boolean } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const asked = useRef(0);

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setResult(undefined);
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      call('search.query', { query: text }).then(
        (answer) => ticket === asked.current && (setResult(answer), setProblem(undefined)),
        (error) => ticket === asked.current && setProblem(errorMessage(error)),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [query]);

  // A stored date is not matched as text: a date typed here is offered as the 成文日期 filter instead.
  const date = result ? dateInSearch(query, localDate(new Date())) : undefined;

  const open = (hit: SearchHit) => {
    setQuery('');
    onOpen(hit);
  };

  return (
    <div className="search-box" role="search" aria-label="全文搜索">
      <input
        type="search"
        aria-label="全文搜索"
        placeholder="搜索案件和草稿（Ctrl+Shift+F）"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setQuery('');
          if (event.key === 'Enter' && result?.hits[0]) open(result.hits[0]);
        }}
      />
      {problem && <p className="search-box__note">{problem}</p>}
      {result && (
        <div className="search-box__results" aria-label="搜索结果">
          {date && (
            <button type="button" className="search-box__offer" onClick={() => (setQuery(''), onDateFilter(date))}>
              按成文日期 {chineseDate(date)} 筛选
            </button>
          )}
          <p className="search-box__note">
            {result.total === 0
              ? `没有找到“${query.trim()}”`
              : `找到 ${result.total} 处${result.total > result.hits.length ? `，列出前 ${result.hits.length} 处` : ''}`}
          </p>
          {result.incomplete && <p className="search-box__note">索引更新中，结果可能不全</p>}
          <ul>
            {result.hits.map((hit) => (
              <li key={`${hit.type}:${hit.id}`}>
                <button type="button" onClick={() => open(hit)}>
                  <span className="search-box__type">{TYPE_LABELS[hit.type]}</span>
                  {/* A hit in the title alone is marked in the title rather than repeated below it. */}
                  {hit.snippet === hit.title ? (
                    <strong>
                      <Highlighted hit={hit} />
                    </strong>
                  ) : (
                    <>
                      <strong>{hit.title}</strong>
                      <span className="search-box__snippet">
                        <Highlighted hit={hit} />
                      </span>
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
