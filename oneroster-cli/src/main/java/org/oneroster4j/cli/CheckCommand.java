package org.oneroster4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.export.ConnectionCheck;
import org.oneroster4j.export.Diagnosis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code oneroster check}: proves a SIS connection works, or says precisely what is wrong. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Tests a SIS connection and says what is wrong; writes nothing.",
      "",
      "Authorizes against the SIS, then reads the roster and the gradebook.",
      "Exit 0 when it works, 3 when the SIS rejects the credentials or their permissions,"
          + " 4 when it cannot be reached or does not answer like OneRoster 1.1."
    })
final class CheckCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConnectionOptions connection;

  CheckCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    try (OneRosterClient client = connection.client(ctx)) {
      PrintWriter out = ctx.out();
      out.println("Checking " + client.baseUrl() + " (" + client.vendor().displayName() + ")");
      Diagnosis diagnosis = ConnectionCheck.of(client).run();
      print(diagnosis, out, "  ");
      return ExitCodes.of(diagnosis);
    }
  }

  /** The steps and the verdict. */
  static void print(Diagnosis diagnosis, PrintWriter out, String indent) {
    for (Diagnosis.Step step : diagnosis.steps()) {
      out.println(
          indent
              + (step.passed() ? "ok    " : "FAIL  ")
              + step.name()
              + ": "
              + Terminal.safe(step.request())
              + (step.detail() == null || step.detail().isBlank()
                  ? ""
                  : " - " + Terminal.safe(Advice.forCli(step.detail()))));
    }
    if (diagnosis.ok()) {
      out.println(indent + "Connection OK: credentials accepted, roster and gradebook readable.");
    } else {
      out.println(
          indent
              + "Problem: "
              + diagnosis.problem()
              + (diagnosis.httpStatus() == null ? "" : " (HTTP " + diagnosis.httpStatus() + ")"));
      out.println(indent + Terminal.safe(Advice.forCli(diagnosis.message())));
      String hint = hint(diagnosis.problem());
      if (hint != null) {
        out.println(indent + "On this command line: " + hint);
      }
    }
  }

  /** The option or variable that fixes {@code problem}, in command-line terms. */
  private static String hint(Diagnosis.Problem problem) {
    switch (problem) {
      case CREDENTIALS_REJECTED:
        return "check --client-id and --client-secret (ONEROSTER_CLIENT_ID,"
            + " ONEROSTER_CLIENT_SECRET), and --auth for OAuth 1.0a.";
      case VENDOR_HEADER_MISSING:
        return "give --vendor-key and --vendor-secret (ONEROSTER_VENDOR_KEY,"
            + " ONEROSTER_VENDOR_SECRET).";
      case TOKEN_URL_WRONG:
        return "fix --token-url (ONEROSTER_TOKEN_URL).";
      case NOT_ONEROSTER:
        return "fix --url (ONEROSTER_URL), or pick the vendor with --vendor.";
      case TIMEOUT:
        return "try again later, or raise --timeout SECONDS (ONEROSTER_TIMEOUT) for a slow SIS.";
      default:
        return null;
    }
  }
}
