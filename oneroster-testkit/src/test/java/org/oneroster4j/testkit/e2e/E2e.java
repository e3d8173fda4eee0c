package org.oneroster4j.testkit.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.RetryPolicy;
import org.oneroster4j.export.Assignment;
import org.oneroster4j.export.Grade;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.export.GradebookClass;
import org.oneroster4j.export.StableIds;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.RecordedRequest;
import org.oneroster4j.testkit.Seed;

/** Shared setup of the end-to-end export tests against the testkit's vendor flavours. */
final class E2e {
  static final String NAMESPACE = "e2e-lms";
  static final StableIds IDS = StableIds.forNamespace(NAMESPACE);
  static final Instant FIRST_DUE = Instant.parse("2026-09-08T23:59:00Z");
  private static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder()
          .baseDelay(Duration.ofMillis(1))
          .maxDelay(Duration.ofMillis(10))
          .maxRetryAfter(Duration.ofMillis(10))
          .maxTotalTime(Duration.ofMinutes(2))
          .build();

  private E2e() {}

  static FakeSis start(String flavour) {
    return FakeSis.builder().vendor(flavour).seed(Seed.small()).build().start();
  }

  /**
   * A client connected the way the vendor's administrator connects it: the URL they type, the token
   * URL except where the vendor derives or fixes it, vendor credentials for Infinite Campus, and
   * the flavour's vendor options.
   */
  static OneRosterClient.Builder clientBuilder(FakeSis sis) {
    OneRosterClient.Builder b =
        OneRosterClient.builder()
            .vendor(sis.vendor())
            .url(sis.adminUrl())
            .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
            .allowInsecureHttp(true)
            .retryPolicy(FAST_RETRIES);
    if (!sis.vendor().equals("aeries") && !sis.vendor().equals("infinitecampus")) {
      b.tokenUrl(sis.tokenUrl());
    }
    if (sis.vendor().equals("infinitecampus")) {
      b.vendorCredentials(sis.vendorKey(), sis.vendorSecret());
    }
    sis.vendorOptions().forEach(b::vendorOption);
    return b;
  }

  /**
   * A gradebook for {@code classIds}: {@code assignments} per class, every rostered student graded
   * (some exempt, some with a short comment); whole points and due dates, valid for every vendor.
   */
  static Gradebook gradebook(Seed seed, List<String> classIds, int assignments) {
    Gradebook.Builder gb = Gradebook.builder().namespace(NAMESPACE);
    for (String classId : classIds) {
      GradebookClass.Builder c = GradebookClass.builder().classSourcedId(classId);
      List<String> students = seed.studentIdsOf(classId);
      for (int a = 0; a < assignments; a++) {
        int max = 10 * (a % 5 + 1);
        Instant due = FIRST_DUE.plus(a, ChronoUnit.DAYS);
        Assignment.Builder ab =
            Assignment.builder()
                .id("a" + a)
                .title("Assignment " + a)
                .description("Unit " + (a / 3))
                .assignDate(due.minus(7, ChronoUnit.DAYS))
                .dueDate(due)
                .maxPoints(max);
        for (int s = 0; s < students.size(); s++) {
          Grade.Builder g = Grade.builder().studentSourcedId(students.get(s));
          if ((s + a) % 7 == 0) {
            g.status(ScoreStatus.EXEMPT);
          } else {
            g.score((s * 3 + a) % (max + 1)).status(ScoreStatus.FULLY_GRADED);
          }
          if (s % 4 == 1) {
            g.comment("Well done " + a);
          }
          ab.grade(g.build());
        }
        c.assignment(ab.build());
      }
      gb.addClass(c.build());
    }
    return gb.build();
  }

  static int lineItemCount(Gradebook gb) {
    return gb.classes().stream().mapToInt(c -> c.assignments().size()).sum();
  }

  static int resultCount(Gradebook gb) {
    return gb.classes().stream()
        .flatMap(c -> c.assignments().stream())
        .mapToInt(a -> a.grades().size())
        .sum();
  }

  /**
   * The PUT and DELETE requests recorded since the last {@link #clearRequests}, once recording has
   * settled: the fake SIS records a request after answering it.
   */
  static List<RecordedRequest> writes(FakeSis sis) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int seen = -1;
    while (System.nanoTime() < deadline) {
      int now = sis.requests().size();
      if (now == seen) {
        break;
      }
      seen = now;
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return sis.requests().stream()
        .filter(r -> r.method().equals("PUT") || r.method().equals("DELETE"))
        .toList();
  }

  /** Clears the request log once the requests in flight have been recorded. */
  static void clearRequests(FakeSis sis) {
    writes(sis);
    sis.clearRequests();
  }
}
