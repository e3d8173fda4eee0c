package org.oneroster4j.error;

import java.util.Objects;

/**
 * The SIS sent more than the client keeps in memory or pages through: a collection gathered into a
 * list past {@code maxListItems} (a teacher's classes, a class roster, a class's gradebook), a page
 * holding more items than that, or paging that never ends. Names the collection and the cap; a
 * {@link ProtocolException} because a SIS that pages endlessly is not answering like OneRoster.
 */
public class LimitExceededException extends ProtocolException {
  private static final long serialVersionUID = 1L;

  /** The collection that went past the cap. */
  private final String collection;

  /** The cap that was exceeded, in items or pages. */
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do about it
   * @param collection the collection, for example {@code GET /teachers/t-1/classes}
   * @param limit the cap that was exceeded
   */
  public LimitExceededException(String message, String collection, long limit) {
    super(message);
    this.collection = Objects.requireNonNull(collection, "collection");
    this.limit = limit;
  }

  /**
   * {@return the collection that went past the cap, for example {@code GET /teachers/t-1/classes}}
   */
  public String collection() {
    return collection;
  }

  /** {@return the cap that was exceeded (items or pages)} */
  public long limit() {
    return limit;
  }
}
