package org.oneroster4j.query;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.oneroster4j.error.StatusInfo;

/**
 * One page of a collection as the SIS returned it.
 *
 * @param items the page's items, in the SIS's order
 * @param offset the offset the page was requested at
 * @param totalCount the SIS's {@code X-Total-Count}, when it sent one
 * @param warnings imsx status entries the SIS sent with the page (for example an ignored sort
 *     field), possibly empty
 * @param <T> the item type
 */
public record Page<T>(
    List<T> items, long offset, OptionalLong totalCount, List<StatusInfo> warnings) {

  /**
   * Copies the lists.
   *
   * @param items the page's items, in the SIS's order
   * @param offset the offset the page was requested at
   * @param totalCount the SIS's {@code X-Total-Count}, when it sent one
   * @param warnings imsx status entries the SIS sent with the page (for example an ignored sort
   *     field), possibly empty
   */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(totalCount, "totalCount");
    warnings = List.copyOf(warnings);
  }
}
