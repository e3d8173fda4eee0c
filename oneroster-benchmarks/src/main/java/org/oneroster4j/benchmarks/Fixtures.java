package org.oneroster4j.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.internal.json.OneRosterJson;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.RoleType;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.model.UserId;

/** Representative entities and bodies shared by the JMH benchmarks. */
final class Fixtures {
  private Fixtures() {}

  static LineItem lineItem() {
    return LineItem.builder()
        .sourcedId("8f14e45f-ceea-567a-9a0b-3a4c9b5b2a11")
        .status(StatusType.ACTIVE)
        .dateLastModified(Instant.parse("2026-09-08T12:00:00Z"))
        .title("Quiz 7: quadratic equations")
        .description("Chapter 4, sections 1 to 3")
        .assignDate(Instant.parse("2026-09-01T00:00:00Z"))
        .dueDate(Instant.parse("2026-09-08T23:59:00Z"))
        .schoolClass(GuidRef.of("class-17", GuidRefType.of("class")))
        .category(GuidRef.of("category-quizzes", GuidRefType.of("category")))
        .gradingPeriod(GuidRef.of("gp-1", GuidRefType.of("academicSession")))
        .resultValueMin(0.0)
        .resultValueMax(100.0)
        .build();
  }

  static Result result() {
    return Result.builder()
        .sourcedId("c9f0f895-fb98-5b91-9f5c-1c6e1b2d3e44")
        .status(StatusType.ACTIVE)
        .dateLastModified(Instant.parse("2026-09-09T08:30:00Z"))
        .lineItem(GuidRef.of("8f14e45f-ceea-567a-9a0b-3a4c9b5b2a11", GuidRefType.of("lineItem")))
        .student(GuidRef.of("student-4711", GuidRefType.of("user")))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .score(87.5)
        .scoreDate(LocalDate.parse("2026-09-09"))
        .comment("Good work")
        .build();
  }

  static User user(int n) {
    return User.builder()
        .sourcedId("student-" + n)
        .status(StatusType.ACTIVE)
        .dateLastModified(Instant.parse("2026-07-01T00:00:00Z"))
        .username("student" + n)
        .userIds(List.of(UserId.of("LDAP", "s" + n)))
        .enabledUser(Boolean.TRUE)
        .givenName("Given" + n)
        .familyName("Family" + n)
        .role(RoleType.of("student"))
        .identifier("ID" + n)
        .email("student" + n + "@example.org")
        .orgs(List.of(GuidRef.of("school-" + (n % 10 + 1), GuidRefType.of("org"))))
        .grades(List.of("09"))
        .build();
  }

  /** A result of the page {@link #resultsPage}: one student's grade on one line item. */
  static Result result(int n) {
    return Result.builder()
        .sourcedId("result-" + n)
        .status(StatusType.ACTIVE)
        .dateLastModified(Instant.parse("2026-09-09T08:30:00Z"))
        .lineItem(GuidRef.of("lineItem-" + (n / 30), GuidRefType.of("lineItem")))
        .student(GuidRef.of("student-" + (n % 30), GuidRefType.of("user")))
        .schoolClass(GuidRef.of("class-" + (n / 1500), GuidRefType.of("class")))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .score(50 + (n % 51) / 2.0)
        .scoreDate(LocalDate.parse("2026-09-09"))
        .comment(n % 3 == 0 ? "Good work" : null)
        .build();
  }

  /**
   * A {@code {"users":[…]}} page of {@code count} users in OneRoster 1.1's shape, as a SIS would
   * send it.
   */
  static byte[] usersPage(int count) {
    return usersPage(count, OneRosterVersion.V1_1);
  }

  /** A {@code {"users":[…]}} page of {@code count} users in {@code version}'s shape. */
  static byte[] usersPage(int count, OneRosterVersion version) {
    return page("users", count, version, Fixtures::user);
  }

  /** A {@code {"results":[…]}} page of {@code count} results in {@code version}'s shape. */
  static byte[] resultsPage(int count, OneRosterVersion version) {
    return page("results", count, version, Fixtures::result);
  }

  private static byte[] page(
      String key, int count, OneRosterVersion version, IntFunction<Object> entity) {
    OneRosterJson json = OneRosterJson.includingHrefs(version);
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 512);
    try {
      out.write(("{\"" + key + "\":[").getBytes(StandardCharsets.UTF_8));
      for (int i = 1; i <= count; i++) {
        if (i > 1) {
          out.write(',');
        }
        out.write(json.writeEntity(entity.apply(i)));
      }
      out.write("]}".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
