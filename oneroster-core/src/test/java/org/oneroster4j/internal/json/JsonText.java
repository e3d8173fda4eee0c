package org.oneroster4j.internal.json;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test helpers: JSON written with single quotes for readability, and streams of it. */
final class JsonText {
  private JsonText() {}

  /** Turns {@code {'a':'b'}} into {@code {"a":"b"}}; test texts never contain apostrophes. */
  static String q(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static InputStream in(String singleQuoted) {
    return new ByteArrayInputStream(q(singleQuoted).getBytes(StandardCharsets.UTF_8));
  }

  static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }
}
