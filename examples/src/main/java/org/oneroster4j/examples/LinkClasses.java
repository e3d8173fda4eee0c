package org.oneroster4j.examples;

import java.util.ArrayList;
import java.util.List;
import org.oneroster4j.export.ClassLink;
import org.oneroster4j.export.ClassLinker;
import org.oneroster4j.export.LmsStudent;
import org.oneroster4j.export.SisClass;
import org.oneroster4j.model.User;

/**
 * Links LMS classes to SIS classes the way a teacher does in the LMS: find the teacher's active SIS
 * classes, pick one, and match the LMS's students to its roster by email. Persist the {@link
 * ClassLink}; its {@code classSourcedId} is what the gradebook names.
 */
public final class LinkClasses {
  private LinkClasses() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ExampleSis example = ExampleSis.connect()) {
      ClassLinker linker = ClassLinker.of(example.client());

      List<SisClass> classes = linker.linkableClasses(example.teacherEmail());
      System.out.println(example.teacherEmail() + " teaches " + classes.size() + " active classes");

      for (SisClass sisClass : classes) {
        ClassLink link = linker.link(sisClass, lmsStudentsOf(example, sisClass));
        System.out.println(
            "Linked "
                + sisClass.classSourcedId()
                + " ("
                + sisClass.title()
                + ", "
                + sisClass.term()
                + "): "
                + link.students().size()
                + " students matched, "
                + link.unmatchedLmsStudents().size()
                + " LMS students not in the SIS class, "
                + link.unmatchedSisStudents().size()
                + " SIS students not in the LMS class");
      }
    }
  }

  /**
   * The LMS's students of the class. A real LMS has its own list; here the SIS roster stands in for
   * it, plus one student the SIS does not know, to show an unmatched student.
   */
  private static List<LmsStudent> lmsStudentsOf(ExampleSis example, SisClass sisClass) {
    List<LmsStudent> students = new ArrayList<>();
    for (User u : example.client().studentsForClass(sisClass.classSourcedId())) {
      if (u.email() != null) {
        students.add(LmsStudent.byEmail("lms-" + u.sourcedId(), u.email()));
      }
    }
    students.add(LmsStudent.byEmail("lms-new-pupil", "new.pupil@example.org"));
    return students;
  }
}
