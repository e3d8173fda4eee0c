package org.oneroster4j.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A verifier written from RFC 5849 sections 3.4.1 and 3.6 without using the signer's code: it
 * rebuilds the base string with its own encoder and compares HMACs.
 */
public final class OAuth1Verifier {
  private OAuth1Verifier() {}

  public static boolean verify(String method, URI uri, String header, String secret, String alg) {
    Map<String, String> oauth = headerParams(header);
    String signature = oauth.remove("oauth_signature");
    List<String> pairs = new ArrayList<>();
    String q = uri.getRawQuery();
    if (q != null) {
      for (String p : q.split("&")) {
        int eq = p.indexOf('=');
        String n =
            java.net.URLDecoder.decode(eq < 0 ? p : p.substring(0, eq), StandardCharsets.UTF_8);
        String v =
            eq < 0 ? "" : java.net.URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8);
        pairs.add(enc(n) + "=" + enc(v));
      }
    }
    oauth.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
    // RFC 5849 3.4.1.3.2: sort by encoded name, then by encoded value
    pairs.sort(
        (x, y) -> {
          String[] a = x.split("=", 2);
          String[] b = y.split("=", 2);
          int c = a[0].compareTo(b[0]);
          return c != 0 ? c : a[1].compareTo(b[1]);
        });
    String host = uri.getHost().toLowerCase(java.util.Locale.ROOT);
    int port = uri.getPort();
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    boolean dflt =
        port < 0
            || (scheme.equals("https") && port == 443)
            || (scheme.equals("http") && port == 80);
    String base =
        method
            + "&"
            + enc(scheme + "://" + host + (dflt ? "" : ":" + port) + uri.getRawPath())
            + "&"
            + enc(String.join("&", pairs));
    try {
      Mac mac = Mac.getInstance(alg);
      mac.init(new SecretKeySpec((enc(secret) + "&").getBytes(StandardCharsets.UTF_8), alg));
      String expected =
          Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
      return expected.equals(signature);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  public static Map<String, String> headerParams(String header) {
    assertThat(header).startsWith("OAuth ");
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : header.substring(6).split(",")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      String v = p.substring(eq + 1);
      assertThat(v).startsWith("\"").endsWith("\"");
      out.put(
          p.substring(0, eq),
          java.net.URLDecoder.decode(
              v.substring(1, v.length() - 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** RFC 3986 section 2.3 unreserved characters stay; every other UTF-8 byte is %XX. */
  static String enc(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xFF);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        b.append(c);
      } else {
        b.append(String.format("%%%02X", x & 0xFF));
      }
    }
    return b.toString();
  }
}
