package org.oneroster4j.export;

/** What the plan does with one SIS object. */
public enum Action {
  /** PUT a new object (not in the SIS yet). */
  CREATE,
  /** PUT an object whose fields we own differ from the SIS. */
  UPDATE,
  /** DELETE an object the LMS deleted. */
  DELETE,
  /** Nothing to send: the SIS already matches. */
  UNCHANGED
}
