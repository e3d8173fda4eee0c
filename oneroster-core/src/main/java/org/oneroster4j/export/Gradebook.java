package org.oneroster4j.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the LMS hands to the export engine: the assignments and grades of its linked classes.
 *
 * <p>Build it in code or load the gradebook JSON file (the CLI's {@code --gradebook} format):
 *
 * <pre>{@code
 * Gradebook gradebook = Gradebook.builder()
 *     .namespace("my-lms")
 *     .addClass(GradebookClass.builder()
 *         .classSourcedId("cls-1")
 *         .assignment(Assignment.builder()
 *             .id("a1").title("Quiz 1").maxPoints(100)
 *             .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
 *             .grade(Grade.builder().studentSourcedId("s-1").score(95).build())
 *             .build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * @param namespace the LMS installation's namespace (see {@link StableIds}), or null
 * @param classes the classes, never null
 */
public record Gradebook(String namespace, List<GradebookClass> classes) {

  /** Copies the components. */
  public Gradebook {
    classes = List.copyOf(classes == null ? List.of() : classes);
  }

  /** Returns a builder for a gradebook. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this gradebook's values. */
  public Builder toBuilder() {
    return new Builder().namespace(namespace).classes(classes);
  }

  /**
   * Reads a gradebook JSON document, the CLI's {@code --gradebook} format: {@code {"namespace":
   * "my-lms", "classes": [{"classSourcedId": "cls-1", "assignments": [{"id", "title",
   * "description", "assignDate", "dueDate", "maxPoints", "category", "deleted", "grades":
   * [{"studentSourcedId" or "studentEmail", "score", "status", "comment", "deleted"}]}]}]}}.
   * Numbers and booleans may be strings; date-times are ISO-8601 with {@code Z} (or an offset);
   * unknown fields are ignored.
   *
   * @throws org.oneroster4j.error.ValidationException listing every problem with its JSON path, for
   *     example {@code classes[0].assignments[2].maxPoints: expected a number, got "ten"}
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static Gradebook fromJson(InputStream in) {
    Objects.requireNonNull(in, "in");
    return GradebookJson.read(in);
  }

  /**
   * Reads a gradebook JSON file; see {@link #fromJson(InputStream)}.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Gradebook fromJson(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return GradebookJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gradebook file " + file.getFileName(), e);
    }
  }

  /** The total number of assignments in all classes. */
  public int assignmentCount() {
    return classes.stream().mapToInt(c -> c.assignments().size()).sum();
  }

  /** Builds a {@link Gradebook}. */
  public static final class Builder {
    private String namespace;
    private final List<GradebookClass> classes = new ArrayList<>();

    private Builder() {}

    /** Sets the namespace (nullable). */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /** Adds one class. */
    public Builder addClass(GradebookClass gradebookClass) {
      classes.add(Objects.requireNonNull(gradebookClass, "gradebookClass"));
      return this;
    }

    /** Replaces the classes. */
    public Builder classes(List<GradebookClass> classes) {
      Objects.requireNonNull(classes, "classes");
      this.classes.clear();
      classes.forEach(this::addClass);
      return this;
    }

    /** Builds the gradebook. */
    public Gradebook build() {
      return new Gradebook(namespace, classes);
    }
  }
}
