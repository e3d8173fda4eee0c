package org.oneroster4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Categories, lineItems, results and (1.2) score scales, assessment line items and assessment
 * results as sent, keyed by sourcedId. Lock-free: each id is updated atomically; the class and
 * lineItem indexes may briefly hold stale ids under concurrent moves, so every read re-checks the
 * stored object.
 */
final class GradebookStore {
  private final AtomicLong sequence = new AtomicLong();
  final Table categories = new Table(null);
  final Table lineItems = new Table("class");
  final Table results = new Table("lineItem");
  final Table scoreScales = new Table("class");
  final Table assessmentLineItems = new Table(null);
  final Table assessmentResults = new Table(null);
  private final Map<String, Set<String>> lineItemsByClass = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> resultsByLineItem = new ConcurrentHashMap<>();

  /**
   * The entry of each stored node, by node identity: a collection response writes a stored node's
   * JSON once and reuses it (stored nodes are never changed, only replaced), which made serving a
   * class's results several times faster.
   */
  private final Map<Identity, Entry> byNode = new ConcurrentHashMap<>();

  private record Identity(ObjectNode node) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }

  /**
   * The JSON of {@code node} if the store holds it (written on first use), else null: a node that
   * was replaced or removed meanwhile, or one the store never had.
   */
  SerializedString rendered(ObjectNode node) {
    Entry e = byNode.get(new Identity(node));
    if (e == null) {
      return null;
    }
    SerializedString json = e.json;
    if (json == null) {
      try {
        json = new SerializedString(Nodes.MAPPER.writeValueAsString(node));
      } catch (JsonProcessingException ex) {
        return null;
      }
      e.json = json;
    }
    return json;
  }

  /** One entity kind; entries remember their creation order so reads are stable. */
  final class Table {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final String parentField;

    /** A table whose entries belong to the object their {@code parentField} references. */
    Table(String parentField) {
      this.parentField = parentField;
    }

    /** Stores {@code node}; returns the replaced node, or null if it was created. */
    ObjectNode put(String id, ObjectNode node) {
      ObjectNode[] previous = new ObjectNode[1];
      entries.compute(
          id,
          (k, old) -> {
            previous[0] = old == null ? null : old.node;
            Entry e =
                new Entry(
                    old == null ? sequence.incrementAndGet() : old.seq,
                    node,
                    parentField == null ? null : Nodes.refId(node, parentField));
            if (old != null) {
              byNode.remove(new Identity(old.node));
            }
            byNode.put(new Identity(node), e);
            return e;
          });
      return previous[0];
    }

    ObjectNode get(String id) {
      Entry e = entries.get(id);
      return e == null ? null : e.node;
    }

    ObjectNode remove(String id) {
      Entry[] removed = new Entry[1];
      entries.computeIfPresent(
          id,
          (k, old) -> {
            removed[0] = old;
            byNode.remove(new Identity(old.node));
            return null;
          });
      return removed[0] == null ? null : removed[0].node;
    }

    int size() {
      return entries.size();
    }

    List<ObjectNode> all() {
      return sorted(entries.values());
    }

    /**
     * The entries of {@code ids} that (still) belong to {@code parent}, in creation order: the
     * index of children may briefly hold an id that moved to another parent.
     */
    List<ObjectNode> children(Set<String> ids, String parent) {
      if (ids == null) {
        return List.of();
      }
      List<Entry> list = new ArrayList<>(ids.size());
      for (String id : ids) {
        Entry e = entries.get(id);
        if (e != null && parent.equals(e.parent)) {
          list.add(e);
        }
      }
      return sorted(list);
    }

    void clear() {
      entries.forEach((id, e) -> remove(id));
    }
  }

  /** A stored node, its creation order and its JSON once written. */
  private static final class Entry {
    final long seq;
    final ObjectNode node;
    final String parent;
    volatile SerializedString json;

    Entry(long seq, ObjectNode node, String parent) {
      this.seq = seq;
      this.node = node;
      this.parent = parent;
    }

    long seq() {
      return seq;
    }
  }

  private static List<ObjectNode> sorted(java.util.Collection<Entry> entries) {
    List<Entry> list = new ArrayList<>(entries);
    list.sort(Comparator.comparingLong(Entry::seq));
    List<ObjectNode> out = new ArrayList<>(list.size());
    for (Entry e : list) {
      out.add(e.node);
    }
    return out;
  }

  // ---- writes ----------------------------------------------------------------------------

  ObjectNode putCategory(String id, ObjectNode node) {
    return categories.put(id, node);
  }

  ObjectNode putLineItem(String id, ObjectNode node) {
    ObjectNode old = lineItems.put(id, node);
    index(
        lineItemsByClass,
        Nodes.refId(node, "class"),
        old == null ? null : Nodes.refId(old, "class"),
        id);
    return old;
  }

  ObjectNode putResult(String id, ObjectNode node) {
    ObjectNode old = results.put(id, node);
    index(
        resultsByLineItem,
        Nodes.refId(node, "lineItem"),
        old == null ? null : Nodes.refId(old, "lineItem"),
        id);
    return old;
  }

  private static void index(Map<String, Set<String>> index, String key, String oldKey, String id) {
    if (oldKey != null && !oldKey.equals(key)) {
      Set<String> old = index.get(oldKey);
      if (old != null) {
        old.remove(id);
      }
    }
    if (key != null) {
      index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
    }
  }

  boolean deleteCategory(String id) {
    return categories.remove(id) != null;
  }

  /** Deletes the lineItem and, as a SIS does, its results. */
  boolean deleteLineItem(String id) {
    ObjectNode removed = lineItems.remove(id);
    if (removed == null) {
      return false;
    }
    String classId = Nodes.refId(removed, "class");
    if (classId != null && lineItems.get(id) == null) {
      Set<String> ids = lineItemsByClass.get(classId);
      if (ids != null) {
        ids.remove(id);
      }
    }
    for (ObjectNode result : resultsOfLineItem(id)) {
      deleteResult(Nodes.id(result));
    }
    return true;
  }

  boolean deleteResult(String id) {
    ObjectNode removed = results.remove(id);
    if (removed == null) {
      return false;
    }
    String lineItemId = Nodes.refId(removed, "lineItem");
    if (lineItemId != null && results.get(id) == null) {
      Set<String> ids = resultsByLineItem.get(lineItemId);
      if (ids != null) {
        ids.remove(id);
      }
    }
    return true;
  }

  /**
   * Deletes the assessment line item and, as for a lineItem, its assessment results. Results are
   * found by a scan: the assessment profile is small next to class gradebooks, so it keeps no
   * index.
   */
  boolean deleteAssessmentLineItem(String id) {
    if (assessmentLineItems.remove(id) == null) {
      return false;
    }
    for (ObjectNode result : assessmentResults.all()) {
      if (id.equals(Nodes.refId(result, "assessmentLineItem"))) {
        assessmentResults.remove(Nodes.id(result));
      }
    }
    return true;
  }

  void clear() {
    categories.clear();
    lineItems.clear();
    results.clear();
    scoreScales.clear();
    assessmentLineItems.clear();
    assessmentResults.clear();
    lineItemsByClass.clear();
    resultsByLineItem.clear();
  }

  // ---- reads -----------------------------------------------------------------------------

  List<ObjectNode> lineItemsOfClass(String classId) {
    return lineItems.children(lineItemsByClass.get(classId), classId);
  }

  List<ObjectNode> resultsOfLineItem(String lineItemId) {
    return results.children(resultsByLineItem.get(lineItemId), lineItemId);
  }

  List<ObjectNode> resultsOfClass(String classId) {
    List<List<ObjectNode>> perLineItem = new ArrayList<>();
    int size = 0;
    for (ObjectNode li : lineItemsOfClass(classId)) {
      List<ObjectNode> r = resultsOfLineItem(Nodes.id(li));
      perLineItem.add(r);
      size += r.size();
    }
    List<ObjectNode> out = new ArrayList<>(size);
    perLineItem.forEach(out::addAll);
    return out;
  }

  /**
   * Categories for the class: those scoped to it by a {@code class} reference (1.2) or {@code
   * metadata.classId}, and global ones.
   */
  List<ObjectNode> categoriesOfClass(String classId) {
    return Roster.filter(
        categories.all(),
        c -> {
          String scoped = classOf(c);
          return scoped == null || scoped.equals(classId);
        });
  }

  /**
   * The class a category is scoped to: its {@code class} reference if a client sent one, else
   * {@code metadata.classId}; null for a category every class may use.
   */
  static String classOf(ObjectNode category) {
    String scoped = Nodes.refId(category, "class");
    return scoped != null ? scoped : category.path("metadata").path("classId").asText(null);
  }

  /** Score scales of the class. */
  List<ObjectNode> scoreScalesOfClass(String classId) {
    return Roster.filter(scoreScales.all(), s -> classId.equals(Nodes.refId(s, "class")));
  }
}
