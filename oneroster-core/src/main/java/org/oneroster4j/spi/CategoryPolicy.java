package org.oneroster4j.spi;

/** What the grade export does with an assignment's LMS category for a given SIS. */
public enum CategoryPolicy {
  /** Never send a category; the SIS (or the teacher in the SIS) categorises the line item. */
  OMIT,
  /**
   * Send the SIS category that matches the LMS category (see {@link CategoryMatcher}); when none
   * matches, send no category so that the SIS applies its default category.
   */
  MATCH_OR_OMIT,
  /**
   * Send the SIS category that matches the LMS category; when none matches the line item is
   * invalid, because the SIS refuses line items without an existing category.
   */
  MATCH_REQUIRED,
  /**
   * Send the matching SIS category; when none matches, create it with {@code PUT /categories/{id}}
   * first (the OneRoster 1.1 specification's own model).
   */
  MATCH_OR_CREATE,
  /**
   * Send the matching category of the class ({@code GET /classes/{id}/categories}); when none
   * matches, never create one (the SIS refuses) but use one of the class's own categories, chosen
   * deterministically (lowest title ignoring case, then sourcedId), and report a warning naming it.
   * A class with no category at all skips its line items with a reason. Infinite Campus, OneRoster
   * 1.2.
   */
  MATCH_OR_CLASS_DEFAULT
}
