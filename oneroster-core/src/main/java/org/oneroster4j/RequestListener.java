package org.oneroster4j;

import java.util.List;
import java.util.Objects;

/**
 * Told about every HTTP attempt a client makes, for metrics and traces: set it with {@link
 * OneRosterClient.Builder#requestListener(RequestListener)}; the {@code oneroster-micrometer}
 * module binds it to Micrometer observations.
 *
 * <p>{@link #attemptStarted} is called on the sending thread after the attempt's permit was granted
 * and before the request is sent; the {@link Exchange} it returns is told the end of that attempt,
 * once, on the same thread. A retry is a new attempt. Events carry the endpoint template ({@code
 * /classes/{classSourcedId}/lineItems}), never a concrete path, id, query or header, so they are
 * safe as low-cardinality tags. Keep listeners short: they run on the request path. An exception a
 * listener throws is logged and ignored.
 */
public interface RequestListener {

  /** {@return a listener that does nothing} */
  static RequestListener none() {
    return Listeners.NONE;
  }

  /**
   * A listener that tells each of {@code listeners}, in order.
   *
   * @param listeners the listeners
   * @return the combined listener
   */
  static RequestListener of(RequestListener... listeners) {
    List<RequestListener> all = List.of(listeners);
    for (RequestListener l : all) {
      Objects.requireNonNull(l, "listeners");
    }
    return all.size() == 1 ? all.get(0) : new Listeners.Composite(all);
  }

  /**
   * One attempt is about to be sent.
   *
   * @param attempt what is sent
   * @return what to tell when the attempt ends; {@link Exchange#NONE} if nothing
   */
  default Exchange attemptStarted(RequestAttempt attempt) {
    return Exchange.NONE;
  }

  /**
   * An attempt failed and the client will retry after {@link RetryListener.Retry#delay()}.
   *
   * @param failed the attempt that failed
   * @param retry the retry about to happen
   */
  default void retrying(RequestAttempt failed, RetryListener.Retry retry) {}

  /** Told the end of one attempt. */
  @FunctionalInterface
  interface Exchange {
    /** Hears nothing. */
    Exchange NONE = result -> {};

    /**
     * The attempt ended: answered (any status) or failed without an answer.
     *
     * @param result how it ended
     */
    void finished(RequestResult result);
  }
}
