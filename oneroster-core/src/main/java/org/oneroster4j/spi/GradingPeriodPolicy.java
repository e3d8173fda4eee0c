package org.oneroster4j.spi;

/** What the grade export does with a line item's grading period for a given SIS. */
public enum GradingPeriodPolicy {
  /** Send no grading period; the SIS places the line item itself (usually by its due date). */
  OMIT,
  /**
   * Read the class's grading periods and send the one whose start and end dates contain the line
   * item's due date.
   */
  PICK_BY_DUE_DATE
}
