package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneroster4j.testkit.FakeSisExtension;

/** The consumer test of the README's "Testing with the testkit" section, word for word. */
class ReadmeTestkitExampleTest {
  @RegisterExtension
  static FakeSisExtension sis = FakeSisExtension.generic(); // fresh gradebook per test

  @Test
  void findsTheTeachersClasses() {
    assertThat(sis.client().teacherClasses(sis.teacherEmail())).isNotEmpty();
  }
}
