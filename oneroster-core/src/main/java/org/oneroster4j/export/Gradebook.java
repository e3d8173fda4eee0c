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

  /**
   * Copies the components.
   *
   * @param namespace the LMS installation's namespace (see {@link StableIds}), or null
   * @param classes the classes, never null
   */
  public Gradebook {
    classes = List.copyOf(classes == null ? List.of() : classes);
  }

  /**
   * Returns a builder for a gradebook.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this gradebook's values.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    return new Builder().namespace(namespace).classes(classes);
  }

  /**
   * Reads a gradebook JSON document, the CLI's {@code --gradebook} format (the README's "Gradebook
   * file" section; {@link #jsonSchema()} is its JSON Schema): {@code {"namespace": "my-lms",
   * "classes": [{"classSourcedId": "cls-1", "assignments": [{"id", "title", "description",
   * "assignDate", "dueDate", "maxPoints", "category", "deleted", "grades": [{"studentSourcedId" or
   * "studentEmail", "score", "status", "comment", "deleted"}]}]}]}}. Numbers and booleans may be
   * strings; date-times are ISO-8601 with {@code Z} (or an offset); null is the same as an absent
   * key. Unknown and repeated keys are refused, so a typo is not silently ignored.
   *
   * @param in the JSON document; not closed
   * @return the gradebook
   * @throws org.oneroster4j.error.ValidationException listing every problem with its JSON path, for
   *     example {@code classes[0].assignments[2].maxPoints: expected a number, got "ten"} or {@code
   *     classes[0].assignments[0].maxPoint: unknown key; did you mean "maxPoints"?}, and malformed
   *     JSON in plain words with its line and column
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static Gradebook fromJson(InputStream in) {
    Objects.requireNonNull(in, "in");
    return GradebookJson.read(in);
  }

  /**
   * Reads a gradebook JSON file; see {@link #fromJson(InputStream)}.
   *
   * @param file the file, UTF-8
   * @return the gradebook
   * @throws org.oneroster4j.error.ValidationException listing every problem, see {@link
   *     #fromJson(InputStream)}
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

  /**
   * The JSON Schema (draft 2020-12) of the gradebook file, for an LMS to check what it writes or
   * for an editor's completion (the file is {@code gradebook.schema.json} in this package; a
   * gradebook may name it in a {@code "$schema"} key). The reader and the schema accept the same
   * keys.
   *
   * @return the schema's JSON text
   */
  public static String jsonSchema() {
    try (InputStream in = Gradebook.class.getResourceAsStream("gradebook.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("gradebook.schema.json is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gradebook.schema.json", e);
    }
  }

  /**
   * The total number of assignments in all classes.
   *
   * @return the count
   */
  public int assignmentCount() {
    return classes.stream().mapToInt(c -> c.assignments().size()).sum();
  }

  /** Builds a {@link Gradebook}. */
  public static final class Builder {
    private String namespace;
    private final List<GradebookClass> classes = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the namespace (nullable).
     *
     * @param namespace the LMS installation's namespace (see {@link StableIds}), or null
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Adds one class.
     *
     * @param gradebookClass one class to add
     * @return this builder
     */
    public Builder addClass(GradebookClass gradebookClass) {
      classes.add(Objects.requireNonNull(gradebookClass, "gradebookClass"));
      return this;
    }

    /**
     * Replaces the classes.
     *
     * @param classes the classes, never null
     * @return this builder
     */
    public Builder classes(List<GradebookClass> classes) {
      Objects.requireNonNull(classes, "classes");
      this.classes.clear();
      classes.forEach(this::addClass);
      return this;
    }

    /**
     * Builds the gradebook.
     *
     * @return the gradebook
     */
    public Gradebook build() {
      return new Gradebook(namespace, classes);
    }
  }
}
