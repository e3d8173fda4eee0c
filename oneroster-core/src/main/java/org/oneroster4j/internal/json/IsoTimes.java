package org.oneroster4j.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A fast path for the date and date-time shapes nearly every SIS sends: {@code 2026-09-01} and
 * {@code 2026-09-01T08:00:00.000Z} (a space for {@code T}, any fraction of up to nine digits, and
 * {@code Z}, {@code z}, {@code +02:00}, {@code +0200} or no zone), scanned directly because a
 * {@code DateTimeFormatter} with optional sections would dominate the time of reading a page of
 * results.
 *
 * <p>Each method returns null for anything it does not recognise, out-of-range fields included, so
 * the caller falls back to the formatter, which gives the same answer or the error.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** {@code yyyy-MM-dd}, or null. */
  static LocalDate date(String s) {
    return s.length() == 10 ? dateAt(s) : null;
  }

  /** The date in the first ten characters of {@code s} (at least ten long), or null. */
  private static LocalDate dateAt(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss[.f][zone]}; without a zone it is UTC. Returns null when the text has
   * another shape.
   */
  static OffsetDateTime dateTime(String s) {
    int n = s.length();
    if (n < 19) {
      return null;
    }
    char t = s.charAt(10);
    if ((t != 'T' && t != 't' && t != ' ') || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    LocalDate date = dateAt(s);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (date == null || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(
          LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos)), offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The instant of {@code yyyy-MM-ddTHH:mm:ss[.f][zone]} (without a zone it is UTC), as {@code
   * dateTime(s).toInstant()} but without the intermediate date and time objects; null when the text
   * has another shape.
   */
  static Instant instant(String s) {
    int n = s.length();
    if (n < 19) {
      return null;
    }
    char t = s.charAt(10);
    if ((t != 'T' && t != 't' && t != ' ')
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    long seconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds - offset.getTotalSeconds(), nanos);
  }

  /** The zone from {@code i} to the end: none, Z, +HH:MM or +HHMM; null for anything else. */
  private static ZoneOffset offset(String s, int i) {
    int rest = s.length() - i;
    if (rest == 0) {
      return ZoneOffset.UTC;
    }
    char c = s.charAt(i);
    if (rest == 1 && (c == 'Z' || c == 'z')) {
      return ZoneOffset.UTC;
    }
    if (c != '+' && c != '-') {
      return null;
    }
    int hours;
    int minutes;
    if (rest == 6 && s.charAt(i + 3) == ':') {
      hours = digits(s, i + 1, 2);
      minutes = digits(s, i + 4, 2);
    } else if (rest == 5) {
      hours = digits(s, i + 1, 2);
      minutes = digits(s, i + 3, 2);
    } else {
      return null;
    }
    if (hours < 0 || minutes < 0 || minutes > 59) {
      return null;
    }
    try {
      return c == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The non-negative number in {@code s[from, from+count)}, or -1 if a character is no digit. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int k = from; k < from + count; k++) {
      char c = s.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
