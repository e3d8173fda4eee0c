package org.oneroster4j.internal.json;

/**
 * Where a value sits in the entity being read ({@code user.orgs[2].sourcedId}), for error messages.
 * A child costs one small object; the text is only built when an error is reported, so reading a
 * valid element builds no strings for it.
 *
 * <p>A reader going through the elements of an array or the members of an object moves one child
 * along ({@link #moveTo(int)}, {@link #moveTo(String)}) instead of making one per element: a path
 * is only read while the value it names is being read, when an error message is made.
 */
final class Path {
  private final Path parent;
  private final String text;
  private String key;
  private int index;

  private Path(Path parent, String text, String key, int index) {
    this.parent = parent;
    this.text = text;
    this.key = key;
    this.index = index;
  }

  /** A root, for example {@code user.orgs}. */
  static Path of(String where) {
    return new Path(null, where, null, -1);
  }

  /** The member {@code key} of this value: {@code where.key}. */
  Path key(String key) {
    return new Path(this, null, key, -1);
  }

  /** Element {@code index} of this array: {@code where[index]}. */
  Path index(int index) {
    return new Path(this, null, null, index);
  }

  /** Makes this child name element {@code index} of its parent instead; returns it. */
  Path moveTo(int index) {
    this.index = index;
    return this;
  }

  /** Makes this child name member {@code key} of its parent instead; returns it. */
  Path moveTo(String key) {
    this.key = key;
    return this;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return text;
    }
    return key != null ? parent + "." + key : parent + "[" + index + "]";
  }
}
