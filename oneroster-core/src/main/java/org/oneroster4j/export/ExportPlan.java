package org.oneroster4j.export;

import java.util.List;
import java.util.Objects;

/**
 * What an export would do, computed from the gradebook and the SIS's current state without writing
 * anything: every planned create, update, delete and unchanged item, the items skipped as invalid
 * (with reasons), and the classes whose SIS state could not be read.
 *
 * <p>Returned by {@link GradeExporter#plan(Gradebook)} (a dry run); {@link
 * GradeExporter#export(Gradebook)} computes the same plan and executes it.
 */
public final class ExportPlan {
  private final String namespace;
  private final List<PlannedItem> items;
  private final List<SkippedItem> skipped;
  private final List<ExportFailure> failures;

  ExportPlan(
      String namespace,
      List<PlannedItem> items,
      List<SkippedItem> skipped,
      List<ExportFailure> failures) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.items = List.copyOf(items);
    this.skipped = List.copyOf(skipped);
    this.failures = List.copyOf(failures);
  }

  /** {@return the namespace the stable ids were derived from} */
  public String namespace() {
    return namespace;
  }

  /** {@return every planned item, writes and unchanged, in execution-friendly order} */
  public List<PlannedItem> items() {
    return items;
  }

  /**
   * {@return only the items that send a request (creates, updates, deletes), in the order of {@link
   * #items()}}
   */
  public List<PlannedWrite> writes() {
    return items.stream()
        .filter(PlannedWrite.class::isInstance)
        .map(PlannedWrite.class::cast)
        .toList();
  }

  /** {@return the items not sent because they are invalid, with reasons} */
  public List<SkippedItem> skipped() {
    return skipped;
  }

  /** {@return the classes whose SIS state could not be read; none of their items is planned} */
  public List<ExportFailure> failures() {
    return failures;
  }

  /**
   * {@return how many planned items are of {@code kind} with {@code action}}
   *
   * @param kind the kind
   * @param action the action
   */
  public int count(ItemKind kind, Action action) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    return (int) items.stream().filter(i -> i.kind() == kind && i.action() == action).count();
  }

  /** {@return how many requests executing this plan sends (not counting retries)} */
  public int writeCount() {
    return (int) items.stream().filter(PlannedItem::isWrite).count();
  }

  /** {@return every warning of every planned item (truncated titles, omitted categories, ...)} */
  public List<String> warnings() {
    return items.stream().flatMap(i -> i.warnings().stream()).toList();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ExportPlan[namespace=").append(namespace);
    for (ItemKind kind : List.of(ItemKind.CATEGORY, ItemKind.LINE_ITEM, ItemKind.RESULT)) {
      sb.append(", ").append(kind.wire()).append('{');
      for (Action a : Action.values()) {
        sb.append(a.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(count(kind, a));
        if (a != Action.UNCHANGED) {
          sb.append(' ');
        }
      }
      sb.append('}');
    }
    return sb.append(", skipped=")
        .append(skipped.size())
        .append(", classFailures=")
        .append(failures.size())
        .append(']')
        .toString();
  }
}
