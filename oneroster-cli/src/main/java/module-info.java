/** The {@code oneroster} command line. */
module org.oneroster4j.cli {
  requires org.oneroster4j;
  requires org.oneroster4j.testkit;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;

  opens org.oneroster4j.cli to
      info.picocli;
}
