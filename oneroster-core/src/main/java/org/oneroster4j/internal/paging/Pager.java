package org.oneroster4j.internal.paging;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.oneroster4j.error.LimitExceededException;
import org.oneroster4j.error.ProtocolException;
import org.oneroster4j.error.StatusInfo;
import org.oneroster4j.internal.PercentEncoding;
import org.oneroster4j.query.Page;
import org.oneroster4j.query.PagedIterable;

/**
 * Lazy limit/offset paging, generic over how one page is fetched and parsed.
 *
 * <p>After a page of {@code n} items requested at {@code offset} it stops when: the page is empty;
 * the SIS sent {@code X-Total-Count} and {@code offset + n >= total}; or the SIS uses {@code Link}
 * headers and sent no {@code rel="next"}. Otherwise the next offset is {@code offset + n} (items
 * actually returned, so a SIS that caps {@code limit} is paged correctly) or the offset of the
 * {@code next} link. With neither header a short page does not end paging, because a SIS that
 * silently caps {@code limit} sends short pages that are not the last: paging ends on an empty page
 * (one extra request, paid only by servers that send neither header), or when the page after a
 * short one repeats it (a SIS that ignores {@code offset} and sends everything at once).
 *
 * <p>A next link that does not move forward or repeats an earlier (limit, offset) — compared
 * parsed, not as text — is refused with a {@link ProtocolException}; a collection past {@code
 * maxPages} pages, or gathered by {@link #toList(int)} past its cap, with a {@link
 * LimitExceededException} naming the collection and the cap.
 *
 * @param <T> the item type
 */
public final class Pager<T> implements PagedIterable<T> {

  /** Fetches and parses one page. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /** The page of at most {@code limit} items starting at {@code offset}. */
    FetchedPage<T> fetch(int limit, long offset);
  }

  /**
   * One fetched page and the paging metadata of its response.
   *
   * @param items the parsed items
   * @param warnings status entries sent with the page
   * @param totalCount {@code X-Total-Count}, or null
   * @param links the {@code Link} relations, empty when the SIS sent none
   * @param <T> item type
   */
  public record FetchedPage<T>(
      List<T> items, List<StatusInfo> warnings, Long totalCount, Map<String, String> links) {

    /** Copies the parts. */
    public FetchedPage {
      items = List.copyOf(items);
      warnings = List.copyOf(warnings);
      links = Map.copyOf(links);
    }

    /** A page with the metadata read from response headers. */
    public static <T> FetchedPage<T> of(
        List<T> items, List<StatusInfo> warnings, HttpHeaders headers) {
      Long total = null;
      String t = headers.firstValue("X-Total-Count").orElse(null);
      if (t != null) {
        try {
          total = Long.parseLong(t.trim());
          if (total < 0) {
            total = null;
          }
        } catch (NumberFormatException e) {
          total = null; // an unusable count is treated as absent
        }
      }
      return new FetchedPage<>(items, warnings, total, LinkHeader.parse(headers.allValues("Link")));
    }
  }

  private final int pageSize;
  private final int maxPages;
  private final String what;
  private final PageFetcher<T> fetcher;

  /**
   * Creates a pager.
   *
   * @param pageSize the limit to ask for
   * @param maxPages the most pages fetched before giving up
   * @param what the collection, for messages (for example {@code GET /users})
   * @param fetcher fetches one page
   */
  public Pager(int pageSize, int maxPages, String what, PageFetcher<T> fetcher) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.pageSize = pageSize;
    this.maxPages = maxPages;
    this.what = Objects.requireNonNull(what, "what");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return PageIterator::new;
  }

  @Override
  public List<T> toList(int maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative, was " + maxItems);
    }
    List<T> out = new ArrayList<>();
    for (Page<T> page : byPage()) {
      if (page.items().size() > maxItems - out.size()) {
        throw tooMany(what, maxItems);
      }
      out.addAll(page.items());
    }
    return Collections.unmodifiableList(out);
  }

  /** The error for a collection of more than {@code maxItems} items gathered into memory. */
  public static LimitExceededException tooMany(String what, long maxItems) {
    return new LimitExceededException(
        what
            + " returned more than "
            + maxItems
            + " items, the most gathered into memory from one collection (maxListItems);"
            + " stopping in case the SIS pages endlessly. If the SIS really holds that many,"
            + " raise maxListItems(int), or iterate the collection instead of listing it",
        what,
        maxItems);
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private long offset;
    private int limit = pageSize;
    private boolean finished;
    private int pages;
    private Page<T> ready;
    private ProtocolException pending; // raised when the page after the current one is needed
    private final Set<String> seen = new HashSet<>();
    private T previousFirst;
    private boolean afterShortPage;

    @Override
    public boolean hasNext() {
      if (ready != null) {
        return true;
      }
      if (pending != null) {
        throw pending;
      }
      if (finished) {
        return false;
      }
      if (pages >= maxPages) {
        throw new LimitExceededException(
            what
                + " returned more than "
                + maxPages
                + " pages; stopping in case the SIS pages endlessly (use a filter or a larger"
                + " page size)",
            what,
            maxPages);
      }
      seen.add(limit + "@" + offset);
      FetchedPage<T> page = fetcher.fetch(limit, offset);
      pages++;
      int n = page.items().size();
      T first = n == 0 ? null : page.items().get(0);
      if (first != null && pages > 1 && first.equals(previousFirst) && afterShortPage) {
        // The page after a short one, with no paging headers, starts over: the SIS ignores
        // offset and sent everything in the first page.
        finished = true;
        return false;
      }
      if (first != null && pages > 1 && first.equals(previousFirst)) {
        // A SIS that ignores offset sends the same page again for every offset: paging on would
        // never end (a full page each time) and would repeat the same items.
        throw new ProtocolException(
            what
                + ": the page at offset "
                + offset
                + " starts with the same item as the previous page; the SIS seems to ignore"
                + " offset, stopping instead of paging endlessly");
      }
      previousFirst = first;
      ready =
          new Page<>(
              page.items(),
              offset,
              page.totalCount() == null ? OptionalLong.empty() : OptionalLong.of(page.totalCount()),
              page.warnings());
      advance(page, n);
      return true;
    }

    private void advance(FetchedPage<T> page, int n) {
      if (n == 0) {
        finished = true;
        return;
      }
      if (page.totalCount() != null && offset + n >= page.totalCount()) {
        finished = true;
        return;
      }
      if (!page.links().isEmpty()) {
        String next = page.links().get("next");
        if (next == null) {
          finished = true;
          return;
        }
        long[] lo = limitOffset(next);
        long nextLimit = lo[0] > 0 ? lo[0] : limit;
        long nextOffset = lo[1] >= 0 ? lo[1] : offset + n;
        if (nextOffset <= offset || !seen.add(nextLimit + "@" + nextOffset)) {
          pending =
              new ProtocolException(
                  what
                      + ": the SIS's rel=\"next\" link does not move forward (offset "
                      + offset
                      + " -> "
                      + nextOffset
                      + ") or repeats an earlier page; stopping instead of paging endlessly");
          return;
        }
        limit = (int) Math.min(Integer.MAX_VALUE, nextLimit);
        offset = nextOffset;
        return;
      }
      // Neither header: only an empty page ends the collection (see the class comment).
      afterShortPage = n < limit;
      offset += n;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> p = ready;
      ready = null;
      return p;
    }
  }

  /** The {@code limit} and {@code offset} query values of a link; -1 when absent or invalid. */
  static long[] limitOffset(String link) {
    long limit = -1;
    long offset = -1;
    String query;
    try {
      query = URI.create(link.trim()).getRawQuery();
    } catch (IllegalArgumentException e) {
      int q = link.indexOf('?');
      query = q < 0 ? null : link.substring(q + 1);
    }
    if (query == null) {
      return new long[] {limit, offset};
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = PercentEncoding.decodeForm(pair.substring(0, eq)).trim();
      String value = PercentEncoding.decodeForm(pair.substring(eq + 1)).trim();
      try {
        if (name.equals("limit")) {
          limit = Long.parseLong(value);
        } else if (name.equals("offset")) {
          offset = Long.parseLong(value);
        }
      } catch (NumberFormatException e) {
        // ignore a malformed value: fall back to counting items
      }
    }
    return new long[] {limit, offset};
  }
}
