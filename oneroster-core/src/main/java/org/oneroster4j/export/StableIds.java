package org.oneroster4j.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Deterministic sourcedIds for what the export engine writes, so that a re-run, a reconnect after a
 * disconnect, or a run after a crash updates the same SIS objects instead of duplicating them.
 *
 * <p>The ids are name-based UUIDs (version 5, SHA-1, RFC 9562 section 5.5):
 *
 * <ul>
 *   <li>{@code root = UUIDv5(NAMESPACE_URL, "urn:oneroster4j:" + namespace)}
 *   <li>lineItem {@code = UUIDv5(root, "lineItem:" + classSourcedId + ":" + assignmentId)}
 *   <li>result {@code = UUIDv5(root, "result:" + lineItemSourcedId + ":" + studentSourcedId)}
 *   <li>category (only when the vendor lets us create categories) {@code = UUIDv5(root, "category:"
 *       + title)} where the title is trimmed and lower-cased ({@link Locale#ROOT}); categories are
 *       not class-scoped in OneRoster 1.1, so one category per title and namespace is shared by all
 *       classes, and matching is case-insensitive like the title match against SIS categories.
 * </ul>
 *
 * <pre>{@code
 * StableIds ids = StableIds.forNamespace("my-lms");
 * String lineItemId = ids.lineItemId("cls-1", "a1");
 * String resultId = ids.resultId(lineItemId, "s-1");
 * }</pre>
 */
public final class StableIds {
  /** The RFC 9562 name space for URLs, {@code 6ba7b811-9dad-11d1-80b4-00c04fd430c8}. */
  public static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /** The RFC 9562 name space for DNS names, {@code 6ba7b810-9dad-11d1-80b4-00c04fd430c8}. */
  public static final UUID NAMESPACE_DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  /** The namespace used when none is given. */
  public static final String DEFAULT_NAMESPACE = "default";

  private final String namespace;
  private final UUID root;

  private StableIds(String namespace) {
    this.namespace = namespace;
    this.root = uuidV5(NAMESPACE_URL, "urn:oneroster4j:" + namespace);
  }

  /**
   * {@return the ids of the LMS installation {@code namespace}; never change the namespace of an
   * installation that has exported already, or every item is created again under new ids}
   *
   * @param namespace the namespace
   */
  public static StableIds forNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.isBlank()) {
      throw new IllegalArgumentException("namespace must not be blank");
    }
    return new StableIds(namespace);
  }

  /** {@return the namespace these ids derive from} */
  public String namespace() {
    return namespace;
  }

  /** {@return the root UUID every other id derives from} */
  public UUID root() {
    return root;
  }

  /**
   * {@return the sourcedId of the lineItem for assignment {@code assignmentId} of class {@code
   * classSourcedId}}
   *
   * @param classSourcedId the SIS class's sourcedId
   * @param assignmentId the LMS assignment, or null for a category
   */
  public String lineItemId(String classSourcedId, String assignmentId) {
    Objects.requireNonNull(classSourcedId, "classSourcedId");
    Objects.requireNonNull(assignmentId, "assignmentId");
    return uuidV5(root, "lineItem:" + classSourcedId + ":" + assignmentId).toString();
  }

  /**
   * {@return the sourcedId of the result of student {@code studentSourcedId} on lineItem {@code
   * lineItemSourcedId}}
   *
   * @param lineItemSourcedId the line item sourced id
   * @param studentSourcedId the SIS sourcedId to use in grades
   */
  public String resultId(String lineItemSourcedId, String studentSourcedId) {
    Objects.requireNonNull(lineItemSourcedId, "lineItemSourcedId");
    Objects.requireNonNull(studentSourcedId, "studentSourcedId");
    return uuidV5(root, "result:" + lineItemSourcedId + ":" + studentSourcedId).toString();
  }

  /**
   * {@return the sourcedId of a category this namespace creates for {@code title} (see the class
   * doc)}
   *
   * @param title the title
   */
  public String categoryId(String title) {
    Objects.requireNonNull(title, "title");
    return uuidV5(root, "category:" + normalizeCategoryTitle(title)).toString();
  }

  static String normalizeCategoryTitle(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  private static final ThreadLocal<MessageDigest> SHA1 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-1");
            } catch (NoSuchAlgorithmException e) {
              // Every Java platform must provide SHA-1 (MessageDigest's own contract).
              throw new IllegalStateException("SHA-1 is not available", e);
            }
          });

  /**
   * Computes the name-based version 5 UUID of {@code name} (encoded as UTF-8) in {@code namespace},
   * as RFC 9562 section 5.5 defines it.
   *
   * @param namespace the namespace
   * @param name the name to derive the id from
   * @return the UUID
   */
  public static UUID uuidV5(UUID namespace, String name) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    // One digest per thread, reset for each id: looking the algorithm up costs more than hashing,
    // and planning hashes once per grade.
    MessageDigest sha1 = SHA1.get();
    sha1.reset();
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits());
    ns.putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // variant 10xx (RFC 4122 / 9562)
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }

  @Override
  public String toString() {
    return "StableIds[namespace=" + namespace + ", root=" + root + "]";
  }
}
