package org.oneroster4j.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A OneRoster collection fetched lazily, page by page, as iteration needs it. Each call to {@link
 * #iterator()} or {@link #byPage()} starts again from the first page.
 *
 * <pre>{@code
 * for (User student : sis.studentsForClass("class-1")) { ... }
 * long active = sis.users().stream().filter(u -> u.enabledUser() == Boolean.TRUE).count();
 * }</pre>
 *
 * @param <T> the item type
 */
public interface PagedIterable<T> extends Iterable<T> {

  /** {@return the pages, fetched one at a time as the returned iterable is iterated} */
  Iterable<Page<T>> byPage();

  /** Every item of every page, fetching pages as needed. */
  @Override
  default Iterator<T> iterator() {
    Iterator<Page<T>> pages = byPage().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          // Let the page just read go before the next one is fetched: a client reading a large
          // collection in a small heap then holds one page, not two.
          current = Collections.emptyIterator();
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** {@return a sequential stream of every item, fetching pages as the stream is consumed} */
  default Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /**
   * Every item gathered into an unmodifiable list of at most {@code maxItems}. A longer collection
   * (or a SIS that pages endlessly) fails with {@link org.oneroster4j.error.LimitExceededException}
   * instead of filling memory; iterate or {@link #stream()} a collection of any size instead. The
   * SDK's own lists use the client's {@code maxListItems} (default 100,000).
   *
   * @param maxItems the most items kept; not negative
   * @return every item, in the collection's order, in an unmodifiable list
   * @throws org.oneroster4j.error.LimitExceededException when the collection has more
   * @throws IllegalArgumentException if {@code maxItems} is negative
   */
  default List<T> toList(int maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative, was " + maxItems);
    }
    List<T> out = new ArrayList<>();
    for (T item : this) {
      if (out.size() >= maxItems) {
        throw new org.oneroster4j.error.LimitExceededException(
            "The collection has more than "
                + maxItems
                + " items, the most gathered into memory here; iterate or stream it instead",
            "a collection",
            maxItems);
      }
      out.add(item);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@return a paged iterable over fixed pages, for tests and adapters}
   *
   * @param <T> the item type
   * @param pages the pages
   */
  static <T> PagedIterable<T> ofPages(List<Page<T>> pages) {
    List<Page<T>> copy = List.copyOf(pages);
    return () -> copy;
  }
}
