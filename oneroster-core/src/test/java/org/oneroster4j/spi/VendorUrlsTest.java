package org.oneroster4j.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneroster4j.error.ValidationException;

class VendorUrlsTest {
  private static final String WHAT = "the OneRoster base URL";
  private static final String EXAMPLE = "https://sis.example/ims/oneroster/v1p1";

  private static URI parse(String typed, VendorUrls.Query query) {
    return VendorUrls.parse("url", typed, WHAT, EXAMPLE, query);
  }

  private static String problem(String typed, VendorUrls.Query query) {
    try {
      parse(typed, query);
    } catch (ValidationException e) {
      assertThat(e.violations()).hasSize(1);
      assertThat(e.violations().get(0).field()).isEqualTo("url");
      return e.violations().get(0).message();
    }
    throw new AssertionError("expected a ValidationException for " + typed);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://sis.example.org | https://sis.example.org",
        "https://sis.example.org/ | https://sis.example.org",
        "  https://sis.example.org///  | https://sis.example.org",
        "HTTPS://SIS.Example.ORG/Campus/App | https://sis.example.org/Campus/App",
        "https://sis.example.org:8443/x/ | https://sis.example.org:8443/x",
        "http://127.0.0.1:8080/ims/oneroster/v1p1/ | http://127.0.0.1:8080/ims/oneroster/v1p1",
        "https://sis.example.org/a%20b/ | https://sis.example.org/a%20b",
        "https://[::1]:9000/x | https://[::1]:9000/x",
      })
  void parse_lowercasesSchemeAndHost_keepsPath_stripsTrailingSlashes(
      String typed, String expected) {
    assertThat(parse(typed, VendorUrls.Query.REJECTED)).isEqualTo(URI.create(expected));
  }

  @Test
  void parse_keepsQuery_whenAllowed() {
    assertThat(parse("https://Host.example/oauth2/token?appName=Dist", VendorUrls.Query.ALLOWED))
        .isEqualTo(URI.create("https://host.example/oauth2/token?appName=Dist"));
  }

  @Test
  void parse_missing_saysWhatToType() {
    assertThat(problem(null, VendorUrls.Query.REJECTED))
        .isEqualTo("is missing; type " + WHAT + ", e.g. " + EXAMPLE);
    assertThat(problem("   ", VendorUrls.Query.REJECTED))
        .isEqualTo("is missing; type " + WHAT + ", e.g. " + EXAMPLE);
  }

  @Test
  void parse_withoutScheme_suggestsHttpsPrefix() {
    assertThat(problem("sis.example.org/oneroster", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'sis.example.org/oneroster' has no scheme; type it with https:// in front:"
                + " https://sis.example.org/oneroster");
    assertThat(problem("localhost:8080", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'localhost:8080' has no scheme; type it with https:// in front: https://localhost:8080");
  }

  @Test
  void parse_garbage_isRejectedWithWhatToType() {
    assertThat(problem("hello world", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'hello world' contains spaces or control characters; type "
                + WHAT
                + ", e.g. "
                + EXAMPLE);
    assertThat(problem("mailto:admin@district.org", VendorUrls.Query.REJECTED))
        .isEqualTo("'…@district.org' is not a web address; type " + WHAT + ", e.g. " + EXAMPLE);
    assertThat(problem("C:\\oneroster", VendorUrls.Query.REJECTED))
        .isEqualTo("'C:\\oneroster' is not a web address; type " + WHAT + ", e.g. " + EXAMPLE);
    assertThat(problem("https:/sis.example.org", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'https:/sis.example.org' is not a complete URL: the scheme must be followed by '//';"
                + " type "
                + WHAT
                + ", e.g. "
                + EXAMPLE);
    assertThat(problem("ftp://sis.example.org", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'ftp://sis.example.org' starts with 'ftp://', not https://; type "
                + WHAT
                + ", e.g. "
                + EXAMPLE);
    assertThat(problem("https://", VendorUrls.Query.REJECTED)).contains("is not a valid URL");
    assertThat(problem("https://my_district.org/x", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'https://my_district.org/x' has no valid host name; type "
                + WHAT
                + ", e.g. "
                + EXAMPLE);
    assertThat(problem("https://sis.example.org/a|b", VendorUrls.Query.REJECTED))
        .startsWith("'https://sis.example.org/a|b' is not a valid URL (Illegal character in path");
  }

  @Test
  void parse_queryOrFragmentInBaseUrl_isRejected_withoutEchoingIt() {
    assertThat(problem("https://sis.example.org/x?client_secret=s3cr3t", VendorUrls.Query.REJECTED))
        .isEqualTo(
            "'https://sis.example.org/x?…' has a query string ('?…'), which "
                + WHAT
                + " never has; remove everything from '?' on")
        .doesNotContain("s3cr3t");
    assertThat(problem("https://sis.example.org/x#top", VendorUrls.Query.ALLOWED))
        .isEqualTo(
            "'https://sis.example.org/x#…' has a fragment ('#…'); remove everything from '#' on");
  }

  @Test
  void parse_userInfo_isRejected_withoutEchoingThePassword() {
    String message = problem("https://admin:hunter2@sis.example.org/x", VendorUrls.Query.REJECTED);
    assertThat(message)
        .isEqualTo(
            "'https://…@sis.example.org/x' contains a user name or password before the host;"
                + " remove it (credentials are set separately) and type "
                + WHAT
                + ", e.g. "
                + EXAMPLE)
        .doesNotContain("hunter2")
        .doesNotContain("admin");
    assertThat(problem("admin:hunter2@sis.example.org/x", VendorUrls.Query.REJECTED))
        .doesNotContain("hunter2");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://h.example | https://h.example/ims/oneroster/v1p1",
        "https://h.example/sis | https://h.example/sis/ims/oneroster/v1p1",
        "https://h.example/ims/oneroster | https://h.example/ims/oneroster/v1p1",
        "https://h.example/ims/oneroster/v1p1 | https://h.example/ims/oneroster/v1p1",
        "https://h.example/IMS/OneRoster/V1P1 | https://h.example/IMS/OneRoster/V1P1",
        "https://h.example/App/ims/oneroster/v1p1/ | https://h.example/App/ims/oneroster/v1p1",
      })
  void toV1p1Base_appendsOrKeepsTheBasePath(String typed, String expected) {
    assertThat(VendorUrls.toV1p1Base("url", parse(typed, VendorUrls.Query.REJECTED)))
        .isEqualTo(URI.create(expected));
  }

  @Test
  void toV1p1Base_endpointUrl_isRejectedWithTheBaseUrlToType() {
    assertThatThrownBy(
            () ->
                VendorUrls.toV1p1Base(
                    "url", URI.create("https://h.example/ims/oneroster/v1p1/classes/c1/lineItems")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "url: 'https://h.example/ims/oneroster/v1p1/classes/c1/lineItems' points at an endpoint"
                + " inside the OneRoster API (/classes/c1/lineItems); type the base URL, which ends"
                + " at /ims/oneroster/v1p1: https://h.example/ims/oneroster/v1p1");
  }

  @Test
  void toV1p1Base_oneRoster12Url_isRejected() {
    assertThatThrownBy(
            () ->
                VendorUrls.toV1p1Base(
                    "url", URI.create("https://h.example/ims/oneroster/rostering/v1p2")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "is a OneRoster 1.2 URL, but the connection is OneRoster 1.1: type the SIS's 1.1 base"
                + " URL, which ends in /ims/oneroster/v1p1, or choose OneRoster 1.2");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/lineItems/abc | true",
        "/lineItems | true",
        "lineItems/abc | true",
        "/results/r1 | true",
        "/categories/c1 | true",
        "/categories?limit=10000 | true",
        "/classes/c1/lineItems | true",
        "/classes/c1/results?filter=x | true",
        "/classes/c1/categories | true",
        "/classes/c1/lineItems/l1/results | true",
        "/classes/c1/students/s1/results | true",
        "/campus/api/oneroster/v1p1/app/ims/oneroster/v1p1/lineItems/x | true",
        "/LINEITEMS/x | true",
        "/classes/c1/students | false",
        "/teachers/t1/classes | false",
        "/classes/results/students | false",
        "/users/lineItems | false",
        "/orgs | false",
        "/ | false",
        "'' | false",
      })
  void isGradebookPath_looksOnlyAtCollectionSegments(String path, boolean expected) {
    assertThat(VendorUrls.isGradebookPath(path)).isEqualTo(expected);
  }

  @Test
  void isGradebookPath_null_isFalse() {
    assertThat(VendorUrls.isGradebookPath(null)).isFalse();
  }

  @Test
  void echo_hidesCredentialsAndQueries_andShortensLongInput() {
    assertThat(VendorUrls.echo("https://u:p@h.example/x?token=abc#f"))
        .isEqualTo("https://…@h.example/x?…");
    assertThat(VendorUrls.echo("h.example/a@b")).isEqualTo("h.example/a@b");
    assertThat(VendorUrls.echo("x".repeat(300))).hasSize(201).endsWith("…");
  }

  @Test
  void parseLeniently_addsSchemeForDetection_andNeverThrows() {
    assertThat(VendorUrls.parseLeniently("ESDEMO1.skyward.com"))
        .map(URI::getHost)
        .contains("ESDEMO1.skyward.com");
    assertThat(VendorUrls.parseLeniently("not a url")).isEmpty();
    assertThat(VendorUrls.parseLeniently(null)).isEmpty();
    assertThat(VendorUrls.parseLeniently("")).isEmpty();
  }
}
