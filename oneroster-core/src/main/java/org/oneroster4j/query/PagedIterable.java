package org.oneroster4j.query;

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

  /** The pages, fetched one at a time as the returned iterable is iterated. */
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

  /** A sequential stream of every item, fetching pages as the stream is consumed. */
  default Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  /** A paged iterable over fixed pages, for tests and adapters. */
  static <T> PagedIterable<T> ofPages(List<Page<T>> pages) {
    List<Page<T>> copy = List.copyOf(pages);
    return () -> copy;
  }
}
