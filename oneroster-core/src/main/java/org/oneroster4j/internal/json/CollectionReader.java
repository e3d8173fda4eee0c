package org.oneroster4j.internal.json;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import org.oneroster4j.error.StatusInfo;

/**
 * Streams the items of a collection response ({@code {"lineItems":[…]}}) one at a time, without
 * holding the whole body in memory.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link JsonFormatException} for malformed JSON
 * and {@link java.io.UncheckedIOException} when reading the stream fails. The underlying stream is
 * closed when the collection is exhausted, on the first error, or by {@link #close()}.
 *
 * @param <T> the entity type
 */
public interface CollectionReader<T> extends Iterator<T>, Closeable {

  /** Returns how many items {@link #next()} has returned so far. */
  int count();

  /**
   * Returns the status infos found in a sibling {@code statusInfoSet} or {@code warnings} member so
   * far: those before the data array are available at once, those after it once the iterator is
   * exhausted.
   */
  List<StatusInfo> warnings();

  /** Closes the underlying stream; further calls to {@link #hasNext()} return false. */
  @Override
  void close();
}
