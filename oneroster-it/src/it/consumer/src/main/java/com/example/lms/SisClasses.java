package com.example.lms;

import java.util.List;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.model.SchoolClass;

/** What an LMS shows a teacher when linking: the titles of their SIS classes. */
public final class SisClasses {
  private SisClasses() {}

  public static List<String> titles(OneRosterClient sis, String teacherEmail) {
    return sis.teacherClasses(teacherEmail).stream().map(SchoolClass::title).toList();
  }
}
