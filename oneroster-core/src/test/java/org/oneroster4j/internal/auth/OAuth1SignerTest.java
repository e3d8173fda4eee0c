package org.oneroster4j.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import oauth.signpost.OAuth;
import oauth.signpost.http.HttpParameters;
import oauth.signpost.http.HttpRequest;
import oauth.signpost.signature.HmacSha1MessageSigner;
import oauth.signpost.signature.HmacSha256MessageSigner;
import oauth.signpost.signature.OAuthMessageSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneroster4j.internal.PercentEncoding;

class OAuth1SignerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC);

  @Test
  void baseString_matchesRfc5849Section341Example() {
    URI uri = URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
    List<String[]> extra = new ArrayList<>();
    extra.add(new String[] {"oauth_consumer_key", "9djdj82h48djs9d2"});
    extra.add(new String[] {"oauth_token", "kkk9d7dh3k39sjv7"});
    extra.add(new String[] {"oauth_signature_method", "HMAC-SHA1"});
    extra.add(new String[] {"oauth_timestamp", "137131201"});
    extra.add(new String[] {"oauth_nonce", "7d8f3e4a"});
    // the example's form body: c2&a3=2+q
    extra.add(new String[] {"c2", ""});
    extra.add(new String[] {"a3", "2 q"});

    assertThat(OAuth1Signer.baseString("POST", uri, extra))
        .isEqualTo(
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
                + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
                + "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
                + "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
                + "9d7dh3k39sjv7");
  }

  @Test
  void baseUri_followsRfc5849Section3412Examples() {
    assertThat(OAuth1Signer.baseUri(URI.create("HTTP://EXAMPLE.COM:80/r%20v/X?id=123")))
        .isEqualTo("http://example.com/r%20v/X");
    assertThat(OAuth1Signer.baseUri(URI.create("https://www.example.net:8080/?q=1")))
        .isEqualTo("https://www.example.net:8080/");
  }

  @Test
  void signature_matchesRfc5849Section12PhotosExample() {
    URI uri = URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original");
    List<String[]> oauth =
        List.of(
            new String[] {"oauth_consumer_key", "dpf43f3p2l4k3l03"},
            new String[] {"oauth_token", "nnch734d00sl2jdk"},
            new String[] {"oauth_signature_method", "HMAC-SHA1"},
            new String[] {"oauth_timestamp", "137131202"},
            new String[] {"oauth_nonce", "chapoH"});
    String base = OAuth1Signer.baseString("GET", uri, oauth);
    assertThat(OAuth1Signer.hmac("HmacSHA1", "kd94hf93k423kf44&pfkkdhi9sl3r4s00", base))
        .isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
  }

  @Test
  void percentEncoding_keepsOnlyUnreservedCharacters() {
    assertThat(PercentEncoding.encode("Ladies + Gentlemen")).isEqualTo("Ladies%20%2B%20Gentlemen");
    assertThat(PercentEncoding.encode("An encoded string!")).isEqualTo("An%20encoded%20string%21");
    assertThat(PercentEncoding.encode("Dogs, Cats & Mice"))
        .isEqualTo("Dogs%2C%20Cats%20%26%20Mice");
    assertThat(PercentEncoding.encode("☃")).isEqualTo("%E2%98%83");
    assertThat(PercentEncoding.encode("a-b.c_d~e*f'")).isEqualTo("a-b.c_d~e%2Af%27");
  }

  static final String[] HOSTILE_QUERIES = {
    "filter=" + PercentEncoding.encode("email='o''brien+x@example.org'"),
    "filter=" + PercentEncoding.encode("familyName='van der Berg' AND givenName~'Zoë'"),
    "filter="
        + PercentEncoding.encode("dateLastModified>='2026-01-01T00:00:00.000Z'")
        + "&limit=100&offset=200",
    "fields=" + PercentEncoding.encode("sourcedId,title") + "&sort=title&orderBy=asc",
    "q=" + PercentEncoding.encode("a*b~c=d&e") + "&q=" + PercentEncoding.encode("z y"),
    "b=2&a=1&a=" + PercentEncoding.encode("日本語") + "&c=" + PercentEncoding.encode("=="),
    "limit=10&offset=0&limit=20",
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void hmacSha256Signature_isVerifiedBySignpost_forHostileQueries(int which) throws Exception {
    checkAgainstSignpost("HMAC-SHA256", "HmacSHA256", new HmacSha256MessageSigner(), which);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void hmacSha1Signature_isVerifiedBySignpost_forHostileQueries(int which) throws Exception {
    checkAgainstSignpost("HMAC-SHA1", "HmacSHA1", new HmacSha1MessageSigner(), which);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void signature_isVerifiedByRfcTextVerifier_forHostileQueries(int which) {
    String secret = "s3cr&t +/=é";
    OAuth1Signer signer =
        new OAuth1Signer(
            "key+1", secret, "HMAC-SHA256", "HmacSHA256", CLOCK, new SplittableRandom(7));
    URI uri =
        URI.create(
            "https://SIS.Example.org:443/ims/oneroster/v1p1/users?" + HOSTILE_QUERIES[which]);
    String header = signer.authorizationHeader("GET", uri);
    assertThat(OAuth1Verifier.verify("GET", uri, header, secret, "HmacSHA256")).isTrue();
    // and a tampered query fails the same verifier, so the check can fail
    URI tampered = URI.create(uri.toString() + "&x=1");
    assertThat(OAuth1Verifier.verify("GET", tampered, header, secret, "HmacSHA256")).isFalse();
  }

  @Test
  void eachSignature_usesAFreshNonceAndTheClockTimestamp() {
    OAuth1Signer signer =
        new OAuth1Signer("k", "s", "HMAC-SHA256", "HmacSHA256", CLOCK, new SplittableRandom(1));
    URI uri = URI.create("https://sis.example.org/ims/oneroster/v1p1/users");
    Map<String, String> a = OAuth1Verifier.headerParams(signer.authorizationHeader("GET", uri));
    Map<String, String> b = OAuth1Verifier.headerParams(signer.authorizationHeader("GET", uri));
    assertThat(a.get("oauth_nonce")).isNotEqualTo(b.get("oauth_nonce")).hasSize(32);
    assertThat(a.get("oauth_timestamp")).isEqualTo("1700000000");
    assertThat(a.get("oauth_signature_method")).isEqualTo("HMAC-SHA256");
    assertThat(a).doesNotContainKey("oauth_token");
  }

  private void checkAgainstSignpost(
      String method, String macAlgorithm, OAuthMessageSigner oracle, int which) throws Exception {
    String secret = "consumer-secret/with+odd&chars";
    OAuth1Signer signer =
        new OAuth1Signer(
            "my-key", secret, method, macAlgorithm, CLOCK, new SplittableRandom(which));
    String url =
        "https://sis.example.org/ims/oneroster/v1p1/classes/c%201/students?"
            + HOSTILE_QUERIES[which];
    String header = signer.authorizationHeader("PUT", URI.create(url));

    HttpParameters params = new HttpParameters();
    params.putAll(OAuth.decodeForm(url.substring(url.indexOf('?') + 1)), true);
    HttpParameters fromHeader = OAuth.oauthHeaderToParamsMap(header);
    String sent = OAuth.percentDecode(fromHeader.getFirst("oauth_signature"));
    fromHeader.remove("oauth_signature");
    params.putAll(fromHeader, false);
    oracle.setConsumerSecret(secret);
    oracle.setTokenSecret("");
    assertThat(oracle.sign(new Request("PUT", url), params)).isEqualTo(sent);
  }

  /** A minimal signpost request: only method and URL matter for signing. */
  private record Request(String method, String url) implements HttpRequest {
    @Override
    public String getMethod() {
      return method;
    }

    @Override
    public String getRequestUrl() {
      return url;
    }

    @Override
    public void setRequestUrl(String u) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setHeader(String n, String v) {}

    @Override
    public String getHeader(String n) {
      return null;
    }

    @Override
    public Map<String, String> getAllHeaders() {
      return new HashMap<>();
    }

    @Override
    public InputStream getMessagePayload() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public Object unwrap() {
      return this;
    }
  }
}
