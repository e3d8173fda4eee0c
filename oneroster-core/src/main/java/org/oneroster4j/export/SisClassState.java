package org.oneroster4j.export;

import java.util.List;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.User;

/**
 * What the SIS holds for one class, as far as planning needs it.
 *
 * @param lineItems the class's lineItems
 * @param results the class's results
 * @param students the class roster
 * @param categories the categories the class may use (empty unless the vendor's category policy
 *     matches categories)
 * @param gradingPeriods the grading periods of the class's terms (empty unless the vendor picks
 *     grading periods)
 * @param school the class's school (read in OneRoster 1.2, whose line items carry it), or null
 */
record SisClassState(
    List<LineItem> lineItems,
    List<Result> results,
    List<User> students,
    List<Category> categories,
    List<AcademicSession> gradingPeriods,
    GuidRef school) {

  /** A state without a school: what a OneRoster 1.1 export reads. */
  SisClassState(
      List<LineItem> lineItems,
      List<Result> results,
      List<User> students,
      List<Category> categories,
      List<AcademicSession> gradingPeriods) {
    this(lineItems, results, students, categories, gradingPeriods, null);
  }

  SisClassState {
    lineItems = List.copyOf(lineItems);
    results = List.copyOf(results);
    students = List.copyOf(students);
    categories = List.copyOf(categories);
    gradingPeriods = List.copyOf(gradingPeriods);
  }
}
