package org.oneroster4j.internal.json;

/**
 * Where a value sits in the entity being read ({@code user.orgs[2].sourcedId}), for error messages.
 * A child costs one small object; the text is only built when an error is reported, so reading a
 * valid element builds no strings for it.
 */
final class Path {
  private final Path parent;
  private final String text;
  private final String key;
  private final int index;

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

  @Override
  public String toString() {
    if (parent == null) {
      return text;
    }
    return key != null ? parent + "." + key : parent + "[" + index + "]";
  }
}
