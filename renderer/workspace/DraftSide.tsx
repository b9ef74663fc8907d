import type { DraftSummary } from '../../shared/model/draft';
import type { ListFilter } from '../../shared/search/listFilter';
import { DraftList } from '../features/drafts/DraftList';
import type { useDraftFileDrop } from '../features/imports/useDraftFileDrop';
import type { DockStore } from './dock/dockStore';
import { useDockState } from './dock/DockPanel';

interface Props {
  dock: DockStore;
  drafts: DraftSummary[];
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  dropTarget: ReturnType<typeof useDraftFileDrop>;
}

/**
 * The draft list at the left. Where the page and its panels need the room it collapses to a handle
 * first, before any panel turns into a drawer; the handle pulls it out over the page.
 */
export function DraftSide({ dock, drafts, filter, onFilter, selectedId, onSelect, dropTarget }: Props) {
  const { layout, listOut } = useDockState(dock);
  const collapsed = layout.list === 'collapsed';
  return (
    <>
      {collapsed && (
        <div className="list-strip">
          <button type="button" aria-expanded={listOut} onClick={() => dock.setListOut(!listOut)}>
            草稿列表
          </button>
        </div>
      )}
      <aside className="app__side" data-collapsed={collapsed || undefined} hidden={collapsed && !listOut} {...dropTarget}>
        <DraftList
          drafts={drafts}
          filter={filter}
          onFilter={onFilter}
          selectedId={selectedId}
          onSelect={(id) => {
            dock.setListOut(false);
            onSelect(id);
          }}
        />
      </aside>
    </>
  );
}
