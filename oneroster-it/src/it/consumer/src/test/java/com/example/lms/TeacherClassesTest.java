package com.example.lms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneroster4j.testkit.FakeSisExtension;

// The README's minimal test, word for word.
class TeacherClassesTest {
  @RegisterExtension static FakeSisExtension sis = FakeSisExtension.generic();

  @Test void findsTheTeachersClasses() {
    assertThat(sis.client().teacherClasses(sis.teacherEmail())).isNotEmpty();
  }
}
