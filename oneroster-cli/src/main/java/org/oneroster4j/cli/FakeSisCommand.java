package org.oneroster4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
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
      "Runs a fake OneRoster SIS (1.1, or 1.2 with --oneroster 1.2) on 127.0.0.1 until killed.",
      "Prints one JSON line first: {\"baseUrl\",\"tokenUrl\",\"clientId\",\"clientSecret\","
          + "\"teacherEmail\"}; for 1.2 baseUrl is the root ending in /ims/oneroster, and"
          + " \"rosteringUrl\" and \"gradebookUrl\" are added."
    })
final class FakeSisCommand implements Callable<Integer> {
  static final String ENV_VERSION = "ONEROSTER_VERSION";

  @Spec CommandSpec spec;

  @Option(
      names = "--oneroster",
      paramLabel = "VERSION",
      description =
          "OneRoster version to speak: 1.1 (default) or 1.2 (generic and infinitecampus only;"
              + " env ONEROSTER_VERSION).")
  String oneRoster;

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
  private final CliContext ctx;

  FakeSisCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    FakeSis.Builder builder = FakeSis.builder().vendor(vendor).port(port).version(version());
    if (clientId != null) {
      builder.clientId(clientId);
    }
    if (clientSecret != null) {
      builder.clientSecret(clientSecret);
    }
    if (seedFile != null) {
      builder.seed(Seed.fromJson(seedFile));
    }
    FakeSis built;
    try {
      built = builder.build();
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage(), e);
    }
    try (FakeSis sis = built.start()) {
      ObjectNode line = new ObjectMapper().createObjectNode();
      line.put("baseUrl", sis.baseUrl());
      if (sis.version() != OneRosterVersion.V1_1) {
        line.put("oneRosterVersion", sis.version().label());
        line.put("rosteringUrl", sis.serviceUrl(Service.ROSTERING));
        line.put("gradebookUrl", sis.serviceUrl(Service.GRADEBOOK));
      }
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

  private OneRosterVersion version() {
    String text = oneRoster != null ? oneRoster : ctx.env(ENV_VERSION);
    if (text == null) {
      return OneRosterVersion.V1_1;
    }
    try {
      return OneRosterVersion.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          e.getMessage() + (oneRoster != null ? " (--oneroster)" : " (" + ENV_VERSION + ")"), e);
    }
  }

  /** Stops a running command (tests run it in-process). */
  void stop() {
    stop.countDown();
  }
}
