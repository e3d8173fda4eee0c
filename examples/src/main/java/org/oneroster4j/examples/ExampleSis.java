package org.oneroster4j.examples;

import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.testkit.FakeSis;

/**
 * The SIS the examples talk to: a real one when {@code ONEROSTER_URL} is set, otherwise a fake SIS
 * started on this machine, so every example runs from the IDE with no setup.
 *
 * <p>For a real SIS set {@code ONEROSTER_URL}, {@code ONEROSTER_CLIENT_ID}, {@code
 * ONEROSTER_CLIENT_SECRET}, {@code ONEROSTER_TEACHER_EMAIL}, and when needed {@code
 * ONEROSTER_TOKEN_URL}, {@code ONEROSTER_VENDOR} ({@code skyward}, {@code infinitecampus}, ...),
 * {@code ONEROSTER_VENDOR_KEY} and {@code ONEROSTER_VENDOR_SECRET}. The system property {@code
 * oneroster.examples.embedded=true} forces the fake SIS (the build sets it).
 */
final class ExampleSis implements AutoCloseable {
  private final OneRosterClient client;
  private final String teacherEmail;
  private final FakeSis fake;

  private ExampleSis(OneRosterClient client, String teacherEmail, FakeSis fake) {
    this.client = client;
    this.teacherEmail = teacherEmail;
    this.fake = fake;
  }

  /** Connects to the real SIS from the environment, or starts the fake one. */
  static ExampleSis connect() {
    String url = System.getenv("ONEROSTER_URL");
    if (url == null || url.isBlank() || Boolean.getBoolean("oneroster.examples.embedded")) {
      FakeSis sis = FakeSis.builder().build().start();
      System.out.println("Using a fake SIS at " + sis.baseUrl() + " (set ONEROSTER_URL for yours)");
      return new ExampleSis(sis.client(), sis.teacherEmail(), sis);
    }
    OneRosterClient.Builder builder =
        OneRosterClient.builder()
            .url(url)
            .credentials(
                Credentials.clientCredentials(
                    required("ONEROSTER_CLIENT_ID"), required("ONEROSTER_CLIENT_SECRET")));
    String tokenUrl = System.getenv("ONEROSTER_TOKEN_URL");
    if (tokenUrl != null && !tokenUrl.isBlank()) {
      builder.tokenUrl(tokenUrl);
    }
    String vendor = System.getenv("ONEROSTER_VENDOR");
    if (vendor != null && !vendor.isBlank()) {
      builder.vendor(vendor);
    }
    String vendorKey = System.getenv("ONEROSTER_VENDOR_KEY");
    if (vendorKey != null && !vendorKey.isBlank()) {
      builder.vendorCredentials(vendorKey, required("ONEROSTER_VENDOR_SECRET"));
    }
    System.out.println("Using the SIS at " + url);
    return new ExampleSis(builder.build(), required("ONEROSTER_TEACHER_EMAIL"), null);
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("ONEROSTER_URL is set, so " + name + " must be set too");
    }
    return value;
  }

  OneRosterClient client() {
    return client;
  }

  /** A teacher to work with: the fake SIS's first teacher, or ONEROSTER_TEACHER_EMAIL. */
  String teacherEmail() {
    return teacherEmail;
  }

  /** True for the embedded fake SIS (safe to write to). */
  boolean isFake() {
    return fake != null;
  }

  @Override
  public void close() {
    // The client owns threads and connections: close it, then the fake SIS it talks to.
    client.close();
    if (fake != null) {
      fake.close();
    }
  }
}
