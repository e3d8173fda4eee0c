package org.oneroster4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
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

/** Fake SIS servers, clients and gradebooks for the end-to-end export tests. */
final class Fixtures {
  static final String NAMESPACE = "it-lms";
  static final StableIds IDS = StableIds.forNamespace(NAMESPACE);
  static final Instant FIRST_DUE = Instant.parse("2026-09-08T23:59:00Z");

  /**
   * Many fast retries: with 10 % injected faults a write must virtually never fail every attempt,
   * and Retry-After waits are shortened so a test does not sleep for seconds (the client's own
   * tests prove Retry-After is honoured).
   */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder()
          .maxAttempts(12)
          .baseDelay(Duration.ofMillis(1))
          .maxDelay(Duration.ofMillis(10))
          .maxRetryAfter(Duration.ofMillis(10))
          .maxTotalTime(Duration.ofMinutes(2))
          .build();

  private Fixtures() {}

  static FakeSis start(String flavour) {
    return start(flavour, Seed.small());
  }

  static FakeSis start(String flavour, Seed seed) {
    return start(flavour, seed, OneRosterVersion.V1_1);
  }

  static FakeSis start(String flavour, Seed seed, OneRosterVersion version) {
    return FakeSis.builder().vendor(flavour).seed(seed).version(version).build().start();
  }

  static OneRosterClient.Builder clientBuilder(FakeSis sis) {
    OneRosterClient.Builder b = baseBuilder(sis).tokenUrl(sis.tokenUrl());
    if (sis.vendor().equals("infinitecampus")) {
      b.vendorCredentials(sis.vendorKey(), sis.vendorSecret());
    }
    return b;
  }

  /**
   * A client connected the way the vendor's administrator connects it: the URL they type, the token
   * URL except where the vendor derives or fixes it, vendor credentials for Infinite Campus, the
   * flavour's vendor options, then {@code extraOptions}.
   */
  static OneRosterClient adminClient(FakeSis sis, Map<String, String> extraOptions) {
    OneRosterClient.Builder b = baseBuilder(sis);
    if (!sis.vendor().equals("aeries") && !sis.vendor().equals("infinitecampus")) {
      b.tokenUrl(sis.tokenUrl());
    }
    if (sis.vendor().equals("infinitecampus")) {
      b.vendorCredentials(sis.vendorKey(), sis.vendorSecret());
    }
    sis.vendorOptions().forEach(b::vendorOption);
    extraOptions.forEach(b::vendorOption);
    return b.build();
  }

  private static OneRosterClient.Builder baseBuilder(FakeSis sis) {
    return OneRosterClient.builder()
        .vendor(sis.vendor())
        .url(sis.adminUrl())
        .credentials(Credentials.clientCredentials(sis.clientId(), sis.clientSecret()))
        .allowInsecureHttp(true)
        .retryPolicy(FAST_RETRIES);
  }

  static OneRosterClient client(FakeSis sis) {
    return clientBuilder(sis).build();
  }

  /**
   * A gradebook for {@code classIds}: {@code assignments} per class, every rostered student graded
   * (some exempt, some with a comment); whole points and due dates, so it is valid for every
   * vendor.
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

  static int resultCount(Gradebook gb) {
    return gb.classes().stream()
        .flatMap(c -> c.assignments().stream())
        .filter(a -> !a.deleted())
        .mapToInt(a -> (int) a.grades().stream().filter(g -> !g.deleted()).count())
        .sum();
  }

  static int lineItemCount(Gradebook gb) {
    return (int)
        gb.classes().stream()
            .flatMap(c -> c.assignments().stream())
            .filter(a -> !a.deleted())
            .count();
  }

  /** Ids of the gradebook items already in the SIS before the test (seeded data). */
  record Baseline(Set<String> lineItemIds, Set<String> resultIds) {
    static Baseline of(FakeSis sis) {
      return new Baseline(
          SisContents.lineItems(sis).stream()
              .map(SisContents.StoredLineItem::sourcedId)
              .collect(Collectors.toSet()),
          SisContents.results(sis).stream()
              .map(SisContents.StoredResult::sourcedId)
              .collect(Collectors.toSet()));
    }
  }

  /**
   * Asserts that the SIS holds exactly the gradebook's items (by stable id, with the owned fields),
   * besides the seeded baseline, and no duplicates.
   */
  static void assertSisMatches(FakeSis sis, Baseline baseline, Gradebook gb) {
    Map<String, Assignment> expectedLineItems = new HashMap<>();
    Map<String, String> classOf = new HashMap<>();
    Map<String, Grade> expectedResults = new HashMap<>();
    for (GradebookClass c : gb.classes()) {
      for (Assignment a : c.assignments()) {
        if (a.deleted()) {
          continue;
        }
        String li = IDS.lineItemId(c.classSourcedId(), a.id());
        expectedLineItems.put(li, a);
        classOf.put(li, c.classSourcedId());
        for (Grade g : a.grades()) {
          if (!g.deleted()) {
            expectedResults.put(IDS.resultId(li, g.studentSourcedId()), g);
          }
        }
      }
    }
    List<SisContents.StoredLineItem> lineItems =
        SisContents.lineItems(sis).stream()
            .filter(li -> !baseline.lineItemIds().contains(li.sourcedId()))
            .toList();
    assertThat(lineItems).extracting(SisContents.StoredLineItem::sourcedId).doesNotHaveDuplicates();
    assertThat(lineItems)
        .extracting(SisContents.StoredLineItem::sourcedId)
        .containsExactlyInAnyOrderElementsOf(expectedLineItems.keySet());
    for (SisContents.StoredLineItem li : lineItems) {
      Assignment a = expectedLineItems.get(li.sourcedId());
      assertThat(li.title()).isEqualTo(a.title());
      assertThat(li.resultValueMax()).isEqualTo(a.maxPoints());
      assertThat(Instant.parse(li.dueDate())).isEqualTo(a.dueDate());
      assertThat(li.classId()).isEqualTo(classOf.get(li.sourcedId()));
    }
    List<SisContents.StoredResult> results =
        SisContents.results(sis).stream()
            .filter(r -> !baseline.resultIds().contains(r.sourcedId()))
            .toList();
    assertThat(results).extracting(SisContents.StoredResult::sourcedId).doesNotHaveDuplicates();
    assertThat(results)
        .extracting(SisContents.StoredResult::sourcedId)
        .containsExactlyInAnyOrderElementsOf(expectedResults.keySet());
    for (SisContents.StoredResult r : results) {
      Grade g = expectedResults.get(r.sourcedId());
      assertThat(r.score()).as("score of %s", r.sourcedId()).isEqualTo(g.score());
      assertThat(r.scoreStatus()).isEqualTo(g.status().value());
      assertThat(r.comment() == null ? "" : r.comment())
          .isEqualTo(g.comment() == null ? "" : g.comment());
    }
  }

  /**
   * The PUT and DELETE requests recorded since the last {@code clearRequests()}, once recording has
   * settled: the fake SIS records a request after answering it, so the last ones can appear a
   * moment after the client returned. Waits until {@code atLeast} writes are recorded (bounded),
   * then until the log stops growing.
   */
  static List<RecordedRequest> writes(FakeSis sis, int atLeast) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int seen = -1;
    while (System.nanoTime() < deadline) {
      int now = sis.requests().size();
      if (now == seen && writesNow(sis).size() >= atLeast) {
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
    return writesNow(sis);
  }

  /** Clears the request log once the requests in flight have been recorded. */
  static void clearRequests(FakeSis sis) {
    writes(sis, 0);
    sis.clearRequests();
  }

  private static List<RecordedRequest> writesNow(FakeSis sis) {
    return sis.requests().stream()
        .filter(r -> r.method().equals("PUT") || r.method().equals("DELETE"))
        .toList();
  }
}
