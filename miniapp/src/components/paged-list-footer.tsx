import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PagedList } from '../hooks/use-paged-list';
import { LoadingOrError } from './empty-state';

export interface PagedListFooterProps {
  list: Pick<PagedList<unknown>, 'items' | 'loading' | 'error' | 'hasMore' | 'loadMore' | 'reload'>;
  /** What to show when the list has loaded with no rows (usually an `EmptyState`). */
  empty: ReactNode;
}

/** Under a paged list's rows: the empty card, loading or failed (with 重试), or 加载更多. */
export function PagedListFooter({ list, empty }: PagedListFooterProps) {
  const settled = !list.loading && !list.error;
  return (
    <>
      {list.items.length === 0 && settled ? empty : null}
      {list.loading || list.error ? (
        <LoadingOrError error={list.error} onRetry={list.reload} />
      ) : null}
      {list.hasMore && settled ? (
        <Button className="btn-secondary form-button" onClick={list.loadMore}>
          加载更多
        </Button>
      ) : null}
    </>
  );
}
