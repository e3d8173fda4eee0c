package org.oneroster4j.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oneroster4j.error.StatusInfo;

/**
 * The outcome of an export: counts per kind, every failure with the SIS's HTTP status and message,
 * every item skipped as invalid with the reason, and the per-item outcomes.
 *
 * <pre>{@code
 * ExportReport report = GradeExporter.of(sis).namespace("my-lms").export(gradebook);
 * System.out.println(report.results().created() + " grades sent");
 * report.failures().forEach(f -> System.out.println(f.kind() + " " + f.sourcedId() + ": " + f.message()));
 * Files.writeString(Path.of("report.json"), report.toJson());
 * }</pre>
 */
public final class ExportReport {

  /**
   * How many items of one kind ended in each state.
   *
   * @param created created in the SIS
   * @param updated updated in the SIS
   * @param unchanged already matching, nothing sent
   * @param deleted deleted from the SIS
   * @param failed refused by the SIS, undeliverable, or not sent because a write it depends on
   *     failed
   */
  public record Counts(int created, int updated, int unchanged, int deleted, int failed) {
    /** {@return the sum of every count} */
    public int total() {
      return created + updated + unchanged + deleted + failed;
    }
  }

  /** Why a run stopped before every planned write was sent. */
  public enum StopCause {
    /** It did not: every write was sent (or failed on its own). */
    NONE,
    /** The exporting thread was interrupted. */
    INTERRUPTED,
    /** Grade export was switched off, or the SIS disconnected, during the run. */
    SWITCHED_OFF,
    /**
     * The SIS stopped answering: {@link GradeExporter#maxUnansweredWrites(int) that many} writes in
     * a row got no answer at all (refused, dropped or timed-out connections, after the client's
     * retries; or a request gate that could grant no permit), so the rest were not sent rather than
     * each waiting out its own timeout. The failures say what the last ones ran into.
     */
    SIS_NOT_ANSWERING
  }

  private static final JsonFactory JSON = new JsonFactory();

  private final ExportPlan plan;
  private final Map<ItemKind, Counts> counts;
  private final List<ExportFailure> failures;
  private final List<ItemOutcome> outcomes;
  private final StopCause stopCause;
  private final int notSent;

  ExportReport(
      ExportPlan plan,
      Map<ItemKind, Counts> counts,
      List<ExportFailure> failures,
      List<ItemOutcome> outcomes,
      StopCause stopCause,
      int notSent) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.counts = new EnumMap<>(counts);
    this.failures = List.copyOf(failures);
    this.outcomes = List.copyOf(outcomes);
    this.stopCause = Objects.requireNonNull(stopCause, "stopCause");
    this.notSent = notSent;
  }

  /** {@return the plan this report executed} */
  public ExportPlan plan() {
    return plan;
  }

  /** {@return the counts for lineItems} */
  public Counts lineItems() {
    return counts(ItemKind.LINE_ITEM);
  }

  /** {@return the counts for results} */
  public Counts results() {
    return counts(ItemKind.RESULT);
  }

  /**
   * {@return the counts for categories (only created when the vendor lets us create categories)}
   */
  public Counts categories() {
    return counts(ItemKind.CATEGORY);
  }

  /**
   * {@return the counts for {@code kind}}
   *
   * @param kind the kind
   */
  public Counts counts(ItemKind kind) {
    return counts.getOrDefault(Objects.requireNonNull(kind, "kind"), new Counts(0, 0, 0, 0, 0));
  }

  /** {@return every failed write, and every class whose SIS state could not be read} */
  public List<ExportFailure> failures() {
    return failures;
  }

  /** {@return every item not sent because it is invalid, with the reason} */
  public List<SkippedItem> skipped() {
    return plan.skipped();
  }

  /** {@return what happened to each planned write, in completion order} */
  public List<ItemOutcome> outcomes() {
    return outcomes;
  }

  /** {@return the adjustments made to fit the SIS (truncated titles, omitted categories, ...)} */
  public List<String> warnings() {
    return plan.warnings();
  }

  /**
   * {@return the warnings the SIS sent with writes it accepted, in completion order} A warning does
   * not make a write fail, and {@link #succeeded()} does not look at them; an LMS may want to show
   * them to the teacher (a score the SIS rounded, a field it ignored). At most 20 per write.
   */
  public List<SisWarning> sisWarnings() {
    List<SisWarning> out = new ArrayList<>();
    for (ItemOutcome o : outcomes) {
      if (o.sisWarnings().isEmpty()) {
        continue;
      }
      PlannedWrite i = o.item();
      int status = o.httpStatus() == null ? 0 : o.httpStatus();
      for (StatusInfo info : o.sisWarnings()) {
        out.add(
            new SisWarning(
                i.kind(),
                i.sourcedId(),
                i.classSourcedId(),
                i.assignmentId(),
                i.student(),
                status,
                info));
      }
    }
    return out;
  }

  /**
   * True when the run stopped before every write was sent: interrupted, grade export switched off,
   * or the SIS stopped answering ({@link #stopCause()} says which); run the export again to finish
   * (stable ids make that safe).
   *
   * @return whether the run stopped before every write was sent
   */
  public boolean interrupted() {
    return stopCause != StopCause.NONE;
  }

  /** {@return why the run stopped before every write was sent, or {@link StopCause#NONE}} */
  public StopCause stopCause() {
    return stopCause;
  }

  /** {@return how many planned writes were not sent because the run stopped early} */
  public int notSent() {
    return notSent;
  }

  /** {@return whether every planned write succeeded and every class could be read} */
  public boolean succeeded() {
    return failures.isEmpty() && !interrupted();
  }

  /**
   * {@return the number of requests sent successfully (creates, updates and deletes of every kind)}
   */
  public int writes() {
    int n = 0;
    for (Counts c : counts.values()) {
      n += c.created() + c.updated() + c.deleted();
    }
    return n;
  }

  /**
   * Writes the report JSON: {@code {"lineItems":{"created":n,"updated":n,"unchanged":n,
   * "deleted":n,"failed":n},"results":{...},"failures":[{"kind","sourcedId","classSourcedId",
   * "assignmentId","student","httpStatus","message"}],"skipped":[{"kind","assignmentId",
   * "student","reason"}],"warnings":["..."],"sisWarnings":[{"kind","sourcedId","classSourcedId",
   * "assignmentId","student","httpStatus","severity","codeMinor","description"}]}}. Absent values
   * are JSON {@code null}. {@code warnings} are {@link #warnings()} (what the SDK adjusted to fit
   * the SIS), {@code sisWarnings} are {@link #sisWarnings()} (what the SIS said about writes it
   * accepted).
   *
   * @return the report JSON
   */
  public String toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes {@link #toJson()} as UTF-8 to {@code out} (not closed).
   *
   * @param out the out
   */
  public void writeJson(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      writeCounts(g, "lineItems", lineItems());
      writeCounts(g, "results", results());
      g.writeArrayFieldStart("failures");
      for (ExportFailure f : failures) {
        startItem(g, f.kind(), f.sourcedId(), f.classSourcedId(), f.assignmentId(), f.student());
        if (f.httpStatus() == null) {
          g.writeNullField("httpStatus");
        } else {
          g.writeNumberField("httpStatus", f.httpStatus());
        }
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      for (SkippedItem s : plan.skipped()) {
        g.writeStartObject();
        g.writeStringField("kind", s.kind().wire());
        g.writeStringField("assignmentId", s.assignmentId());
        g.writeStringField("student", s.student());
        g.writeStringField("reason", s.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (String w : plan.warnings()) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sisWarnings");
      for (SisWarning w : sisWarnings()) {
        startItem(g, w.kind(), w.sourcedId(), w.classSourcedId(), w.assignmentId(), w.student());
        g.writeNumberField("httpStatus", w.httpStatus());
        g.writeStringField("severity", w.info().severity());
        g.writeStringField("codeMinor", w.info().codeMinor());
        g.writeStringField("description", w.info().description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export report", e);
    }
  }

  /** Opens a failure's or a SIS warning's object with the members that say which item it is. */
  private static void startItem(
      JsonGenerator g,
      ItemKind kind,
      String sourcedId,
      String classSourcedId,
      String assignmentId,
      String student)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", kind.wire());
    g.writeStringField("sourcedId", sourcedId);
    g.writeStringField("classSourcedId", classSourcedId);
    g.writeStringField("assignmentId", assignmentId);
    g.writeStringField("student", student);
  }

  private static void writeCounts(JsonGenerator g, String name, Counts c) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("created", c.created());
    g.writeNumberField("updated", c.updated());
    g.writeNumberField("unchanged", c.unchanged());
    g.writeNumberField("deleted", c.deleted());
    g.writeNumberField("failed", c.failed());
    g.writeEndObject();
  }

  @Override
  public String toString() {
    return "ExportReport[lineItems="
        + lineItems()
        + ", results="
        + results()
        + ", categories="
        + categories()
        + ", failures="
        + failures.size()
        + ", skipped="
        + plan.skipped().size()
        + ", sisWarnings="
        + outcomes.stream().mapToInt(o -> o.sisWarnings().size()).sum()
        + (interrupted() ? ", stopped (" + stopCause + "), notSent=" + notSent : "")
        + "]";
  }
}
