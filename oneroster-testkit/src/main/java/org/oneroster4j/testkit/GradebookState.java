package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.oneroster4j.json.EntityJson;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Result;

/**
 * A live view of a {@link FakeSis}'s gradebook as OneRoster4j model types, with assertion helpers
 * and a way to seed items the SIS "already has". Every call reads the current state.
 *
 * <pre>{@code
 * GradebookState gradebook = sis.gradebook();
 * assertThat(gradebook.lineItemsFor("class-1")).extracting(LineItem::title).contains("Quiz 1");
 * gradebook.assertNoDuplicateLineItems().assertNoDuplicateResults();
 * }</pre>
 */
public final class GradebookState {
  private final FakeSis sis;
  // Core's public binding (the one the client reads SIS answers with), in the SIS's version: a 1.2
  // SIS's views carry the 1.2 members, and seeded items are stored in its shapes.
  private final EntityJson json;

  GradebookState(FakeSis sis) {
    this.sis = sis;
    this.json = EntityJson.of(sis.version());
  }

  /**
   * @return every lineItem, in creation order
   */
  public List<LineItem> lineItems() {
    return convert(sis.store().lineItems.all(), LineItem.class);
  }

  /**
   * @return every result, in creation order
   */
  public List<Result> results() {
    return convert(sis.store().results.all(), Result.class);
  }

  /**
   * @return every category (the flavour's or seed's defaults included), in creation order
   */
  public List<Category> categories() {
    return convert(sis.store().categories.all(), Category.class);
  }

  /**
   * @param sourcedId a lineItem id
   * @return the lineItem, or empty if absent
   */
  public Optional<LineItem> lineItem(String sourcedId) {
    return one(sis.store().lineItems.get(id(sourcedId)), LineItem.class);
  }

  /**
   * @param sourcedId a result id
   * @return the result, or empty if absent
   */
  public Optional<Result> result(String sourcedId) {
    return one(sis.store().results.get(id(sourcedId)), Result.class);
  }

  /**
   * @param sourcedId a category id
   * @return the category, or empty if absent
   */
  public Optional<Category> category(String sourcedId) {
    return one(sis.store().categories.get(id(sourcedId)), Category.class);
  }

  /**
   * The stored JSON of a lineItem exactly as the SIS keeps it (as sent, plus {@code status} and
   * {@code dateLastModified}), for checks the model would hide, such as a number sent as a string.
   *
   * @param sourcedId a lineItem id
   * @return the JSON object text, or empty if absent
   */
  public Optional<String> lineItemJson(String sourcedId) {
    return json(sis.store().lineItems.get(id(sourcedId)));
  }

  /**
   * The stored JSON of a result exactly as the SIS keeps it.
   *
   * @param sourcedId a result id
   * @return the JSON object text, or empty if absent
   */
  public Optional<String> resultJson(String sourcedId) {
    return json(sis.store().results.get(id(sourcedId)));
  }

  /**
   * @param classId a class sourcedId
   * @return the class's lineItems, in creation order
   */
  public List<LineItem> lineItemsFor(String classId) {
    return convert(sis.store().lineItemsOfClass(id(classId)), LineItem.class);
  }

  /**
   * @param lineItemId a lineItem sourcedId
   * @return the lineItem's results, in creation order
   */
  public List<Result> resultsFor(String lineItemId) {
    return convert(sis.store().resultsOfLineItem(id(lineItemId)), Result.class);
  }

  /**
   * @param classId a class sourcedId
   * @return the results of all the class's lineItems
   */
  public List<Result> resultsForClass(String classId) {
    return convert(sis.store().resultsOfClass(id(classId)), Result.class);
  }

  /**
   * @return the number of lineItems per class sourcedId (classes without lineItems absent), sorted
   *     by class id
   */
  public Map<String, Integer> lineItemCountsByClass() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ObjectNode li : sis.store().lineItems.all()) {
      counts.merge(String.valueOf(Nodes.refId(li, "class")), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * @param classId a class sourcedId
   * @return how many lineItems the class has
   */
  public int lineItemCount(String classId) {
    return sis.store().lineItemsOfClass(id(classId)).size();
  }

  /**
   * @param lineItemId a lineItem sourcedId
   * @return how many results the lineItem has
   */
  public int resultCount(String lineItemId) {
    return sis.store().resultsOfLineItem(id(lineItemId)).size();
  }

  /**
   * Fails if two lineItems of one class share title and due date — the mark of an export that
   * created an assignment twice instead of updating it.
   *
   * @return this view, for chaining
   * @throws AssertionError listing the duplicates
   */
  public GradebookState assertNoDuplicateLineItems() {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (ObjectNode li : sis.store().lineItems.all()) {
      String key =
          "class="
              + Nodes.refId(li, "class")
              + ", title="
              + Nodes.text(li, "title")
              + ", dueDate="
              + Nodes.text(li, "dueDate");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(Nodes.id(li));
    }
    failOnDuplicates("lineItems", byKey);
    return this;
  }

  /**
   * Fails if one student has two results for the same lineItem.
   *
   * @return this view, for chaining
   * @throws AssertionError listing the duplicates
   */
  public GradebookState assertNoDuplicateResults() {
    Map<String, List<String>> byKey = new LinkedHashMap<>();
    for (ObjectNode r : sis.store().results.all()) {
      String key =
          "lineItem=" + Nodes.refId(r, "lineItem") + ", student=" + Nodes.refId(r, "student");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(Nodes.id(r));
    }
    failOnDuplicates("results", byKey);
    return this;
  }

  /**
   * Fails unless the class has exactly {@code expected} lineItems.
   *
   * @param classId a class sourcedId
   * @param expected the expected count
   * @return this view, for chaining
   * @throws AssertionError with the actual titles
   */
  public GradebookState assertLineItemCount(String classId, int expected) {
    List<LineItem> items = lineItemsFor(classId);
    if (items.size() != expected) {
      List<String> titles = new ArrayList<>();
      items.forEach(li -> titles.add(li.sourcedId() + " \"" + li.title() + "\""));
      throw new AssertionError(
          "Expected " + expected + " lineItems in class " + classId + " but found " + titles);
    }
    return this;
  }

  private static void failOnDuplicates(String what, Map<String, List<String>> byKey) {
    List<String> duplicates = new ArrayList<>();
    byKey.forEach(
        (key, ids) -> {
          if (ids.size() > 1) {
            duplicates.add(key + " -> " + ids);
          }
        });
    if (!duplicates.isEmpty()) {
      throw new AssertionError("Duplicate " + what + ": " + String.join("; ", duplicates));
    }
  }

  // ---- seeding ---------------------------------------------------------------------------

  /**
   * Stores a lineItem as if a teacher had created it in the SIS (no validation, no vendor rules);
   * it survives until {@link FakeSis#reset()}.
   *
   * @param lineItem the lineItem, with a sourcedId
   * @return this view, for chaining
   */
  public GradebookState put(LineItem lineItem) {
    ObjectNode node = tree(lineItem, lineItem.sourcedId());
    sis.store().putLineItem(lineItem.sourcedId(), node);
    return this;
  }

  /**
   * Stores a result as if entered in the SIS (no validation).
   *
   * @param result the result, with a sourcedId
   * @return this view, for chaining
   */
  public GradebookState put(Result result) {
    ObjectNode node = tree(result, result.sourcedId());
    sis.store().putResult(result.sourcedId(), node);
    return this;
  }

  /**
   * Stores a category as if created in the SIS (no validation).
   *
   * @param category the category, with a sourcedId
   * @return this view, for chaining
   */
  public GradebookState put(Category category) {
    ObjectNode node = tree(category, category.sourcedId());
    sis.store().putCategory(category.sourcedId(), node);
    return this;
  }

  private ObjectNode tree(OneRosterEntity entity, String sourcedId) {
    Objects.requireNonNull(entity, "entity");
    if (sourcedId == null || sourcedId.isEmpty()) {
      throw new IllegalArgumentException("A seeded gradebook item needs a sourcedId");
    }
    try {
      ObjectNode node = (ObjectNode) Nodes.MAPPER.readTree(json.write(entity));
      if (!node.has("status")) {
        node.put("status", "active");
      }
      if (!node.has("dateLastModified")) {
        node.put("dateLastModified", Nodes.dateTime(sis.clock().instant()));
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- conversion ------------------------------------------------------------------------

  private static String id(String sourcedId) {
    return Objects.requireNonNull(sourcedId, "sourcedId");
  }

  private <T extends OneRosterEntity> List<T> convert(List<ObjectNode> nodes, Class<T> type) {
    List<T> out = new ArrayList<>(nodes.size());
    for (ObjectNode node : nodes) {
      out.add(model(node, type));
    }
    return List.copyOf(out);
  }

  private <T extends OneRosterEntity> Optional<T> one(ObjectNode node, Class<T> type) {
    return node == null ? Optional.empty() : Optional.of(model(node, type));
  }

  private <T extends OneRosterEntity> T model(ObjectNode node, Class<T> type) {
    return json.read(node.toString(), type);
  }

  private static Optional<String> json(ObjectNode node) {
    return node == null ? Optional.empty() : Optional.of(node.toString());
  }
}
