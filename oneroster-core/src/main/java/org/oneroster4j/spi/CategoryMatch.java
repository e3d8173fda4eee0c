package org.oneroster4j.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link CategoryMatcher#match}: the SIS category to send (if any), how it was
 * found, and a sentence for the export report.
 *
 * @param <T> the category type, e.g. the model's {@code Category} or a plain title
 */
public final class CategoryMatch<T> {

  /** How the LMS category was matched, or why it was not. */
  public enum Kind {
    /** Same title, character for character (ignoring surrounding and repeated spaces). */
    EXACT_TITLE(true),
    /** Same title ignoring case, or the same {@code Title (CODE)} written differently. */
    TITLE_IGNORING_CASE(true),
    /**
     * One side wrote {@code Title (CODE)} and the other only {@code Title}, and exactly one SIS
     * category fits.
     */
    TITLE_WITHOUT_CODE(true),
    /** The LMS item has no category. */
    NO_LMS_CATEGORY(false),
    /** No SIS category has this title. */
    NO_MATCH(false),
    /** Several SIS categories fit and nothing tells them apart. */
    AMBIGUOUS(false);

    private final boolean matched;

    Kind(boolean matched) {
      this.matched = matched;
    }

    /** {@return whether this kind carries a category} */
    public boolean matched() {
      return matched;
    }
  }

  private final Kind kind;
  private final T category;
  private final List<T> candidates;
  private final String explanation;

  CategoryMatch(Kind kind, T category, List<T> candidates, String explanation) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.category = category;
    this.candidates = List.copyOf(candidates);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /** {@return how the category was matched, or why not} */
  public Kind kind() {
    return kind;
  }

  /** {@return the SIS category to send; empty when none matched} */
  public Optional<T> category() {
    return Optional.ofNullable(category);
  }

  /** {@return whether a category was found} */
  public boolean matched() {
    return kind.matched();
  }

  /** {@return the SIS categories that all fit when {@link Kind#AMBIGUOUS}; otherwise empty} */
  public List<T> candidates() {
    return candidates;
  }

  /**
   * One sentence for the export report, e.g. {@code no SIS category is called "Labs"}.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return "CategoryMatch[" + kind + ": " + explanation + "]";
  }
}
