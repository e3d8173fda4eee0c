package org.oneroster4j.examples;

import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import org.oneroster4j.model.SchoolClass;

/**
 * The README's quick start: check the connection, then list a teacher's classes. Run it from the
 * IDE as is (an embedded fake SIS), or with {@code ONEROSTER_URL} and credentials set (see {@link
 * ExampleSis}).
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ExampleSis example = ExampleSis.connect()) {
      OneRosterClient sis = example.client();

      Diagnosis diagnosis = ConnectionCheck.of(sis).run();
      System.out.println("Connection: " + (diagnosis.ok() ? "OK" : diagnosis.message()));
      if (!diagnosis.ok()) {
        return;
      }

      for (SchoolClass c : sis.teacherClasses(example.teacherEmail())) {
        System.out.println("Class " + c.sourcedId() + ": " + c.title());
      }
    }
  }
}
