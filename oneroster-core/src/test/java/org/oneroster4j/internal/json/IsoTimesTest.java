package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimesTest {

  /** What the formatter alone makes of {@code text}: an OffsetDateTime (UTC if no zone) or null. */
  private static OffsetDateTime reference(String text) {
    try {
      TemporalAccessor parsed =
          Lenient.DATE_TIME.parseBest(
              text.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime o
          ? o
          : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate referenceDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-09-01T08:00:00.000Z",
        "2026-09-01T08:00:00Z",
        "2026-09-01t08:00:00z",
        "2026-09-01 08:00:00.5Z",
        "2026-09-01T08:00:00.123456789Z",
        "2026-09-01T08:00:00",
        "2026-09-01T08:00:00.120+02:00",
        "2026-09-01T08:00:00-0530",
        "2026-12-31T23:59:59.999-12:00",
        "2024-02-29T00:00:00Z"
      })
  void dateTime_readsTheShapesSisSend_likeTheFormatter(String text) {
    OffsetDateTime fast = IsoTimes.dateTime(text);
    assertThat(fast).as(text).isNotNull();
    assertThat(fast.toInstant()).isEqualTo(reference(text).toInstant());
    assertThat(fast.getOffset()).isEqualTo(reference(text).getOffset());
    assertThat(IsoTimes.instant(text)).as(text).isEqualTo(reference(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-09-01T08:00Z", // no seconds: the formatter's job
        "2026-09-01T24:00:00Z", // end of day: the formatter resolves it
        "2026-02-30T08:00:00Z", // the formatter clamps it
        "2026-09-01T08:00:00.Z",
        "2026-09-01T08:00:00.1234567890Z",
        "2026-09-01T08:00:00+02",
        "2026-09-01T08:00:00+02:00:30",
        "2026-09-01T08:00:00+19:00",
        "2026-09-01T08:00:00 UTC",
        "+12026-09-01T08:00:00Z",
        "2026-9-01T08:00:00Z",
        "2026-09-01X08:00:00Z",
        "2026-09-01T08:60:00Z",
        "2026-09-01T08:00:0aZ"
      })
  void dateTime_leavesEveryOtherShapeToTheFormatter(String text) {
    assertThat(IsoTimes.dateTime(text)).as(text).isNull();
    assertThat(IsoTimes.instant(text)).as(text).isNull();
  }

  @Test
  void date_readsPlainDates_andRejectsImpossibleOnes() {
    assertThat(IsoTimes.date("2026-09-01")).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(IsoTimes.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoTimes.date("2026-02-29")).isNull();
    assertThat(IsoTimes.date("2026-13-01")).isNull();
    assertThat(IsoTimes.date("2026/09/01")).isNull();
    assertThat(IsoTimes.date("2026-09-1")).isNull();
  }

  /**
   * Random mutations of valid date-times: whenever the fast path answers, it answers exactly what
   * the formatter does.
   */
  @Test
  void dateTime_agreesWithTheFormatter_onMutatedInput() {
    SplittableRandom random = new SplittableRandom(20261128);
    String alphabet = "0123456789-:T Zz+.t";
    List<String> seeds =
        List.of(
            "2026-09-01T08:00:00.000Z",
            "1999-12-31 23:59:59+01:00",
            "2026-01-15T12:30:45.5-0800",
            "2026-09-01T08:00:00");
    int answered = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(s.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> s.setCharAt(at, c);
          case 1 -> s.insert(at, c);
          default -> s.deleteCharAt(at);
        }
        if (s.length() == 0) {
          s.append('0');
        }
      }
      String text = s.toString();
      OffsetDateTime fast = IsoTimes.dateTime(text);
      Instant instant = IsoTimes.instant(text);
      if (fast == null ? instant != null : !fast.toInstant().equals(instant)) {
        disagreements.add(text + " -> instant " + instant + " but date-time " + fast);
      }
      if (fast != null) {
        answered++;
        OffsetDateTime ref = reference(text);
        if (ref == null || !ref.equals(fast)) {
          disagreements.add(text + " -> " + fast + " but formatter " + ref);
        }
      }
      LocalDate day = IsoTimes.date(text);
      if (day != null && !day.equals(referenceDate(text))) {
        disagreements.add(text + " -> " + day + " but LocalDate.parse " + referenceDate(text));
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(answered).as("mutations the fast path read").isGreaterThan(1_000);
  }
}
