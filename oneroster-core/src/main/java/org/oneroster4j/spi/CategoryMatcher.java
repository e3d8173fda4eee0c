package org.oneroster4j.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Matches an LMS category name to one of the SIS's existing categories, the way Skyward expects: by
 * title, or by {@code Title (CODE)} when several SIS categories share a title.
 *
 * <p>In order, the first rule that yields exactly one category wins:
 *
 * <ol>
 *   <li>the same title (surrounding and repeated spaces ignored);
 *   <li>the same title ignoring case, where {@code Assignments(AST)} and {@code assignments (ast)}
 *       count as the same;
 *   <li>{@code Title (CODE)} on one side and only {@code Title} on the other: the LMS's {@code
 *       Assignments (AST)} finds the SIS's {@code Assignments}, and the LMS's {@code Assignments}
 *       finds the SIS's {@code Assignments (AST)}.
 * </ol>
 *
 * A rule that yields several categories stops the search with {@link CategoryMatch.Kind#AMBIGUOUS}
 * rather than guessing, since a category of another section would misfile the grade. Pass the
 * categories that apply to the class when the SIS can say (per-class listing); a SIS that lists
 * every section's "Assignments" makes the plain title ambiguous, and the code form is then the way
 * to pick one.
 */
public final class CategoryMatcher {
  private static final Pattern TITLE_AND_CODE =
      Pattern.compile("^(.*\\S)\\s*\\(\\s*([^()]*\\S)\\s*\\)$");

  private CategoryMatcher() {}

  /**
   * Matches {@code lmsCategory} against SIS categories.
   *
   * @param lmsCategory the LMS category name; null or blank means the item has none
   * @param sisCategories the SIS's categories, in the SIS's order
   * @param titleOf how to read a category's title (null titles never match)
   * @param <T> the category type
   * @return the match: one category, none, or several (ambiguous), with an explanation
   */
  public static <T> CategoryMatch<T> match(
      String lmsCategory,
      Collection<? extends T> sisCategories,
      Function<? super T, String> titleOf) {
    Objects.requireNonNull(sisCategories, "sisCategories");
    Objects.requireNonNull(titleOf, "titleOf");
    if (lmsCategory == null || lmsCategory.isBlank()) {
      return new CategoryMatch<>(
          CategoryMatch.Kind.NO_LMS_CATEGORY, null, List.of(), "the item has no category");
    }
    String wanted = squash(lmsCategory);
    List<T> all = List.copyOf(sisCategories);

    List<T> exact = select(all, titleOf, t -> t.equals(wanted));
    if (!exact.isEmpty()) {
      return decide(CategoryMatch.Kind.EXACT_TITLE, wanted, exact, titleOf);
    }
    String wantedKey = key(wanted);
    List<T> ignoringCase = select(all, titleOf, t -> key(t).equals(wantedKey));
    if (!ignoringCase.isEmpty()) {
      return decide(CategoryMatch.Kind.TITLE_IGNORING_CASE, wanted, ignoringCase, titleOf);
    }
    String wantedDescription = description(wanted);
    boolean wantedHasCode = !wantedDescription.equals(lower(wanted));
    List<T> byDescription =
        select(
            all,
            titleOf,
            t -> {
              boolean sisHasCode = !description(t).equals(lower(t));
              // Exactly one side carries a code; both-with-code was rule 2 and must not match
              // across different codes.
              return wantedHasCode != sisHasCode && description(t).equals(wantedDescription);
            });
    if (!byDescription.isEmpty()) {
      return decide(CategoryMatch.Kind.TITLE_WITHOUT_CODE, wanted, byDescription, titleOf);
    }
    return new CategoryMatch<>(
        CategoryMatch.Kind.NO_MATCH,
        null,
        List.of(),
        "no SIS category is called \"" + wanted + "\" (" + available(all, titleOf) + ")");
  }

  /**
   * Matches {@code lmsCategory} against SIS categories by the exact same title only (surrounding
   * and repeated spaces ignored, case and {@code (CODE)} suffixes significant), for a SIS that
   * files line items by exact category title (Aspen). Several SIS categories with that title are
   * {@link CategoryMatch.Kind#AMBIGUOUS}. When nothing matches, the explanation names SIS
   * categories that differ only in case or code, so the teacher can rename the LMS category.
   *
   * @param lmsCategory the LMS category name; null or blank means the item has none
   * @param sisCategories the SIS's categories, in the SIS's order
   * @param titleOf how to read a category's title (null titles never match)
   * @param <T> the category type
   * @return the match: one category, none, or several (ambiguous), with an explanation
   */
  public static <T> CategoryMatch<T> matchExactly(
      String lmsCategory,
      Collection<? extends T> sisCategories,
      Function<? super T, String> titleOf) {
    Objects.requireNonNull(sisCategories, "sisCategories");
    Objects.requireNonNull(titleOf, "titleOf");
    if (lmsCategory == null || lmsCategory.isBlank()) {
      return new CategoryMatch<>(
          CategoryMatch.Kind.NO_LMS_CATEGORY, null, List.of(), "the item has no category");
    }
    String wanted = squash(lmsCategory);
    List<T> all = List.copyOf(sisCategories);
    List<T> exact = select(all, titleOf, t -> t.equals(wanted));
    if (!exact.isEmpty()) {
      return decide(CategoryMatch.Kind.EXACT_TITLE, wanted, exact, titleOf);
    }
    String wantedDescription = description(wanted);
    List<String> near =
        select(all, titleOf, t -> description(t).equals(wantedDescription)).stream()
            .map(c -> "\"" + squash(titleOf.apply(c)) + "\"")
            .distinct()
            .limit(5)
            .toList();
    String hint =
        near.isEmpty()
            ? available(all, titleOf)
            : "this SIS matches category titles exactly; "
                + String.join(", ", near)
                + (near.size() == 1 ? " differs" : " differ")
                + " only in case or code: rename the LMS category to match";
    return new CategoryMatch<>(
        CategoryMatch.Kind.NO_MATCH,
        null,
        List.of(),
        "no SIS category is called exactly \"" + wanted + "\" (" + hint + ")");
  }

  private static <T> String available(List<T> all, Function<? super T, String> titleOf) {
    return all.isEmpty()
        ? "the SIS has no categories"
        : "the SIS has "
            + all.stream()
                .map(titleOf)
                .filter(Objects::nonNull)
                .limit(10)
                .map(t -> "\"" + squash(t) + "\"")
                .collect(Collectors.joining(", "))
            + (all.size() > 10 ? ", …" : "");
  }

  /**
   * Matches {@code lmsCategory} against plain SIS category titles.
   *
   * @param lmsCategory the LMS category name; null or blank means none
   * @param sisTitles the SIS category titles
   * @return the match
   */
  public static CategoryMatch<String> match(String lmsCategory, Collection<String> sisTitles) {
    return match(lmsCategory, sisTitles, Function.identity());
  }

  private static <T> CategoryMatch<T> decide(
      CategoryMatch.Kind kind, String wanted, List<T> found, Function<? super T, String> titleOf) {
    if (found.size() == 1) {
      String title = squash(titleOf.apply(found.get(0)));
      String how =
          switch (kind) {
            case EXACT_TITLE -> "same title";
            case TITLE_IGNORING_CASE -> "same title ignoring case";
            default -> "same title, category code on one side only";
          };
      return new CategoryMatch<>(
          kind,
          found.get(0),
          List.of(),
          "\"" + wanted + "\" matches SIS category \"" + title + "\" (" + how + ")");
    }
    String titles =
        found.stream()
            .map(c -> "\"" + squash(titleOf.apply(c)) + "\"")
            .collect(Collectors.joining(", "));
    String fix =
        description(wanted).equals(lower(wanted))
            ? "; name the LMS category \"Title (CODE)\" with the SIS category code to pick one"
            : "";
    return new CategoryMatch<>(
        CategoryMatch.Kind.AMBIGUOUS,
        null,
        found,
        found.size() + " SIS categories fit \"" + wanted + "\" (" + titles + ")" + fix);
  }

  private static <T> List<T> select(
      List<T> all, Function<? super T, String> titleOf, Predicate<String> test) {
    List<T> out = new ArrayList<>();
    for (T c : all) {
      String title = c == null ? null : titleOf.apply(c);
      if (title != null && !title.isBlank() && test.test(squash(title))) {
        out.add(c);
      }
    }
    return out;
  }

  /** Trims and collapses runs of white space to one space. */
  private static String squash(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static String lower(String s) {
    return squash(s).toLowerCase(Locale.ROOT);
  }

  /** The comparison key: lower case, and {@code Title(CODE)} spelled {@code title (code)}. */
  private static String key(String s) {
    Matcher m = TITLE_AND_CODE.matcher(lower(s));
    return m.matches() ? m.group(1) + " (" + m.group(2) + ")" : lower(s);
  }

  /** The title without a trailing {@code (CODE)}, lower case. */
  private static String description(String s) {
    Matcher m = TITLE_AND_CODE.matcher(lower(s));
    return m.matches() ? m.group(1) : lower(s);
  }
}
