// A long list on a page that shows more of it: "50 van 134 verantwoordingen getoond" and a
// "Meer laden" button that appends the next page. The count is a live region, so a screen reader
// hears what was added; the button keeps focus while loading (aria-disabled, not disabled), and
// when the last page is in, focus moves to the count instead of being lost with the button.
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "./form.js";

/** A Relay connection as the apps' generated types have it. */
export interface Connection<Row> {
  edges: readonly { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * The rows of the first page (from the page's own query) and of every page loaded after it. A new
 * first page, e.g. after the page reloaded its query, starts over.
 */
export function useLoadMore<Row>(
  first: Connection<Row>,
  fetchPage: (after: string) => Promise<Connection<Row>>,
) {
  const [more, setMore] = useState<{ after: Connection<Row>; pages: Connection<Row>[] }>({
    after: first,
    pages: [],
  });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const pages = more.after === first ? more.pages : [];
  const last = pages.at(-1) ?? first;
  const rows = useMemo(
    () => [first, ...pages].flatMap((page) => page.edges.map((edge) => edge.node)),
    [first, pages],
  );
  async function loadMore() {
    const cursor = last.pageInfo.endCursor;
    if (loading || !last.pageInfo.hasNextPage || !cursor) return;
    setLoading(true);
    setFailed(false);
    try {
      const page = await fetchPage(cursor);
      setMore({ after: first, pages: [...pages, page] });
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }
  return { rows, hasMore: last.pageInfo.hasNextPage, loading, failed, loadMore };
}

export function LoadMore({
  shown,
  total,
  noun,
  hasMore,
  loading,
  failed,
  onLoadMore,
}: {
  shown: number;
  total: number;
  /** what the list holds, plural: "verantwoordingen" */
  noun: string;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoadMore: () => void;
}) {
  const status = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(hasMore);
  useEffect(() => {
    // The button goes with the last page: keep the keyboard user where they were.
    if (hadMore.current && !hasMore && document.activeElement === document.body)
      status.current?.focus();
    hadMore.current = hasMore;
  }, [hasMore]);
  if (!hasMore && shown >= total) return null;
  return (
    <div className="sroi-load-more">
      <p className="utrecht-paragraph" role="status" tabIndex={-1} ref={status}>
        {shown} van {total} {noun} getoond.
        {failed ? " Het laden van meer is niet gelukt; probeer het opnieuw." : ""}
      </p>
      {hasMore ? (
        <Button
          appearance="secondary-action"
          aria-disabled={loading}
          onClick={() => {
            if (!loading) onLoadMore();
          }}
        >
          {loading ? "Bezig met laden…" : "Meer laden"}
        </Button>
      ) : null}
    </div>
  );
}
