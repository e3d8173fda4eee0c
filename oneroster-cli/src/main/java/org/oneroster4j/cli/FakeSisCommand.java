package org.oneroster4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oneroster fake-sis}: runs the testkit's fake SIS until the process is killed. */
@Command(
    name = "fake-sis",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a fake OneRoster 1.1 SIS on 127.0.0.1 until killed.",
      "Prints one JSON line first: {\"baseUrl\",\"tokenUrl\",\"clientId\",\"clientSecret\","
          + "\"teacherEmail\"}."
    })
final class FakeSisCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port on 127.0.0.1; 0 picks a free one (default).")
  int port;

  @Option(
      names = "--vendor",
      defaultValue = "generic",
      description =
          "Vendor flavour: generic, infinitecampus or skyward (default: ${DEFAULT-VALUE}).")
  String vendor;

  @Option(names = "--client-id", description = "Accepted client id (default test-client).")
  String clientId;

  @Option(names = "--client-secret", description = "Accepted client secret (default test-secret).")
  String clientSecret;

  @Option(names = "--seed", description = "JSON seed file (default: the small generated seed).")
  Path seedFile;

  private final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    FakeSis.Builder builder = FakeSis.builder().vendor(vendor).port(port);
    if (clientId != null) {
      builder.clientId(clientId);
    }
    if (clientSecret != null) {
      builder.clientSecret(clientSecret);
    }
    if (seedFile != null) {
      builder.seed(Seed.fromJson(seedFile));
    }
    try (FakeSis sis = builder.build().start()) {
      ObjectNode line = new ObjectMapper().createObjectNode();
      line.put("baseUrl", sis.baseUrl());
      line.put("tokenUrl", sis.tokenUrl());
      line.put("clientId", sis.clientId());
      line.put("clientSecret", sis.clientSecret());
      line.put("teacherEmail", sis.teacherEmail());
      if (!sis.adminUrl().equals(sis.baseUrl())) {
        line.put("adminUrl", sis.adminUrl());
      }
      if (sis.vendor().equals("infinitecampus")) {
        line.put("vendorKey", sis.vendorKey());
        line.put("vendorSecret", sis.vendorSecret());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(line);
      out.flush();
      Thread hook = new Thread(stop::countDown, "fake-sis-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stop.await();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // Already shutting down: the hook is running.
        }
      }
    }
    return 0;
  }

  /** Stops a running command (tests run it in-process). */
  void stop() {
    stop.countDown();
  }
}
