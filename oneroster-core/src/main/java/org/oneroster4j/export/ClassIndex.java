package org.oneroster4j.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;

/**
 * The live objects of one class in the SIS, looked up the way planning asks for them: students by
 * sourcedId or email, lineItems and results by sourcedId, results by lineItem. Objects marked
 * {@code tobedeleted} are left out, as if the SIS no longer had them.
 */
final class ClassIndex {
  private final Map<String, User> rosterById = new HashMap<>();
  private final Map<String, User> rosterByEmail = new HashMap<>();
  private final Map<String, LineItem> lineItems = new HashMap<>();
  private final Map<String, Result> results = new HashMap<>();
  private final Map<String, List<Result>> resultsByLineItem = new HashMap<>();

  ClassIndex(SisClassState sis) {
    for (User u : sis.students()) {
      if (!isDeleted(u.status())) {
        rosterById.put(u.sourcedId(), u);
        if (u.email() != null && !u.email().isBlank()) {
          rosterByEmail.putIfAbsent(normalizeEmail(u.email()), u);
        }
      }
    }
    for (LineItem li : sis.lineItems()) {
      if (!isDeleted(li.status())) {
        lineItems.put(li.sourcedId(), li);
      }
    }
    for (Result r : sis.results()) {
      if (!isDeleted(r.status())) {
        results.put(r.sourcedId(), r);
        if (r.lineItem() != null) {
          resultsByLineItem
              .computeIfAbsent(r.lineItem().sourcedId(), k -> new ArrayList<>())
              .add(r);
        }
      }
    }
  }

  /**
   * The roster's student a grade names: by sourcedId when the grade has one, else by email (case
   * and surrounding blanks ignored); null when the roster has no such student.
   */
  User student(Grade grade) {
    if (grade.studentSourcedId() != null) {
      return rosterById.get(grade.studentSourcedId());
    }
    return grade.studentEmail() == null
        ? null
        : rosterByEmail.get(normalizeEmail(grade.studentEmail()));
  }

  /** The lineItem with {@code sourcedId}, or null. */
  LineItem lineItem(String sourcedId) {
    return lineItems.get(sourcedId);
  }

  /** The result with {@code sourcedId}, or null. */
  Result result(String sourcedId) {
    return results.get(sourcedId);
  }

  /** The results referencing the lineItem {@code lineItemSourcedId}, by sourcedId. */
  List<Result> resultsOf(String lineItemSourcedId) {
    List<Result> out =
        new ArrayList<>(resultsByLineItem.getOrDefault(lineItemSourcedId, List.of()));
    out.sort(Comparator.comparing(Result::sourcedId));
    return out;
  }

  static boolean isDeleted(StatusType status) {
    return StatusType.TO_BE_DELETED.equals(status);
  }

  static String normalizeEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
