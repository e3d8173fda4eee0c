package org.oneroster4j.export;

/** What kind of SIS object a planned write, failure or skipped item is about. */
public enum ItemKind {
  /** A OneRoster category (only written when the vendor lets us create categories). */
  CATEGORY("category"),
  /** A OneRoster lineItem: one assignment. */
  LINE_ITEM("lineItem"),
  /** A OneRoster result: one student's grade on one assignment. */
  RESULT("result"),
  /** A whole class, when its SIS state could not be read. */
  CLASS("class");

  private final String wire;

  ItemKind(String wire) {
    this.wire = wire;
  }

  /** {@return the name used in the report JSON, for example {@code "lineItem"}} */
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
