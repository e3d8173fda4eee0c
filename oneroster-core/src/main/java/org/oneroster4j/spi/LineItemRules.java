package org.oneroster4j.spi;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * A SIS vendor's rules for exported categories, line items and results. Immutable; the grade export
 * engine applies them before anything is sent.
 *
 * <p>{@link #builder()} starts from the OneRoster 1.1 specification's own rules ({@link
 * #specification()}): no title or comment limit, categories matched or created, no grading period,
 * due date required (1.1 makes {@code dueDate} mandatory), fractional points allowed, deletes
 * propagate.
 *
 * <pre>{@code
 * LineItemRules rules = LineItemRules.builder()
 *     .titleMaxLength(50)
 *     .categoryPolicy(CategoryPolicy.MATCH_OR_OMIT)
 *     .wholeNumberPoints(true)
 *     .build();
 * }</pre>
 */
public final class LineItemRules {
  private static final LineItemRules SPECIFICATION = new Builder().build();

  private final int titleMaxLength;
  private final CategoryPolicy categoryPolicy;
  private final GradingPeriodPolicy gradingPeriodPolicy;
  private final boolean dueDateRequired;
  private final boolean wholeNumberPoints;
  private final int commentMaxLength;
  private final boolean deletesPropagate;
  private final boolean exactCategoryTitles;

  private LineItemRules(Builder b) {
    this.titleMaxLength = b.titleMaxLength;
    this.categoryPolicy = b.categoryPolicy;
    this.gradingPeriodPolicy = b.gradingPeriodPolicy;
    this.dueDateRequired = b.dueDateRequired;
    this.wholeNumberPoints = b.wholeNumberPoints;
    this.commentMaxLength = b.commentMaxLength;
    this.deletesPropagate = b.deletesPropagate;
    this.exactCategoryTitles = b.exactCategoryTitles;
  }

  /** {@return the OneRoster 1.1 specification's rules, used by the {@code generic} vendor} */
  public static LineItemRules specification() {
    return SPECIFICATION;
  }

  /**
   * Starts from {@link #specification()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these rules.
   *
   * @return a builder initialised with these values
   */
  public Builder toBuilder() {
    return new Builder()
        .titleMaxLength(titleMaxLength)
        .categoryPolicy(categoryPolicy)
        .gradingPeriodPolicy(gradingPeriodPolicy)
        .dueDateRequired(dueDateRequired)
        .wholeNumberPoints(wholeNumberPoints)
        .commentMaxLength(commentMaxLength)
        .deletesPropagate(deletesPropagate)
        .exactCategoryTitles(exactCategoryTitles);
  }

  /** {@return the longest line item title the SIS keeps, in characters; 0 = no limit} */
  public int titleMaxLength() {
    return titleMaxLength;
  }

  /** {@return what to do with the LMS category} */
  public CategoryPolicy categoryPolicy() {
    return categoryPolicy;
  }

  /** {@return what to do with the grading period} */
  public GradingPeriodPolicy gradingPeriodPolicy() {
    return gradingPeriodPolicy;
  }

  /** {@return whether a line item without a due date is invalid} */
  public boolean dueDateRequired() {
    return dueDateRequired;
  }

  /**
   * {@return whether {@code resultValueMin} and {@code resultValueMax} must be whole numbers; the
   * export engine reports a fractional maximum as a validation error instead of rounding it}
   */
  public boolean wholeNumberPoints() {
    return wholeNumberPoints;
  }

  /** {@return the longest result comment the SIS keeps, in characters; 0 = no limit} */
  public int commentMaxLength() {
    return commentMaxLength;
  }

  /**
   * {@return whether {@code DELETE} removes the item in the SIS} When false, a 404 or 405 answer to
   * a delete means "not supported here": the export reports the item as an orphan to delete by
   * hand.
   */
  public boolean deletesPropagate() {
    return deletesPropagate;
  }

  /**
   * {@return whether an LMS category matches a SIS category only by the exact same title (Aspen),
   * instead of {@link CategoryMatcher}'s lenient rules (case, {@code Title (CODE)})} Default false.
   */
  public boolean exactCategoryTitles() {
    return exactCategoryTitles;
  }

  /**
   * Matches an LMS category against the SIS's categories the way this SIS needs: {@link
   * CategoryMatcher#matchExactly} when {@link #exactCategoryTitles()}, otherwise {@link
   * CategoryMatcher#match}. What to do without a match is {@link #categoryPolicy()}'s business.
   *
   * @param lmsCategory the LMS category name; null or blank means the item has none
   * @param sisCategories the SIS's categories, in the SIS's order
   * @param titleOf how to read a category's title
   * @param <T> the category type
   * @return the match
   */
  public <T> CategoryMatch<T> matchCategory(
      String lmsCategory,
      Collection<? extends T> sisCategories,
      Function<? super T, String> titleOf) {
    return exactCategoryTitles
        ? CategoryMatcher.matchExactly(lmsCategory, sisCategories, titleOf)
        : CategoryMatcher.match(lmsCategory, sisCategories, titleOf);
  }

  /**
   * Shortens {@code title} to {@link #titleMaxLength()}; see {@link FittedText#fit}.
   *
   * @param title the title
   * @return the title that fits, and a warning when it was shortened
   */
  public FittedText fitTitle(String title) {
    return FittedText.fit("title", title, titleMaxLength);
  }

  /**
   * Shortens {@code comment} to {@link #commentMaxLength()}; see {@link FittedText#fit}.
   *
   * @param comment the comment
   * @return the comment that fits, and a warning when it was shortened
   */
  public FittedText fitComment(String comment) {
    return FittedText.fit("comment", comment, commentMaxLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineItemRules r
        && titleMaxLength == r.titleMaxLength
        && categoryPolicy == r.categoryPolicy
        && gradingPeriodPolicy == r.gradingPeriodPolicy
        && dueDateRequired == r.dueDateRequired
        && wholeNumberPoints == r.wholeNumberPoints
        && commentMaxLength == r.commentMaxLength
        && deletesPropagate == r.deletesPropagate
        && exactCategoryTitles == r.exactCategoryTitles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        titleMaxLength,
        categoryPolicy,
        gradingPeriodPolicy,
        dueDateRequired,
        wholeNumberPoints,
        commentMaxLength,
        deletesPropagate,
        exactCategoryTitles);
  }

  @Override
  public String toString() {
    return "LineItemRules[titleMaxLength="
        + titleMaxLength
        + ", categoryPolicy="
        + categoryPolicy
        + ", gradingPeriodPolicy="
        + gradingPeriodPolicy
        + ", dueDateRequired="
        + dueDateRequired
        + ", wholeNumberPoints="
        + wholeNumberPoints
        + ", commentMaxLength="
        + commentMaxLength
        + ", deletesPropagate="
        + deletesPropagate
        + ", exactCategoryTitles="
        + exactCategoryTitles
        + "]";
  }

  /** Builds {@link LineItemRules}; starts from the specification's rules. */
  public static final class Builder {
    private int titleMaxLength = 0;
    private CategoryPolicy categoryPolicy = CategoryPolicy.MATCH_OR_CREATE;
    private GradingPeriodPolicy gradingPeriodPolicy = GradingPeriodPolicy.OMIT;
    private boolean dueDateRequired = true;
    private boolean wholeNumberPoints = false;
    private int commentMaxLength = 0;
    private boolean deletesPropagate = true;
    private boolean exactCategoryTitles = false;

    private Builder() {}

    /**
     * The longest title the SIS keeps; 0 = no limit.
     *
     * @param titleMaxLength the title max length
     * @return this builder
     */
    public Builder titleMaxLength(int titleMaxLength) {
      this.titleMaxLength = nonNegative(titleMaxLength, "titleMaxLength");
      return this;
    }

    /**
     * What to do with the LMS category.
     *
     * @param categoryPolicy the category policy
     * @return this builder
     */
    public Builder categoryPolicy(CategoryPolicy categoryPolicy) {
      this.categoryPolicy = Objects.requireNonNull(categoryPolicy, "categoryPolicy");
      return this;
    }

    /**
     * What to do with the grading period.
     *
     * @param gradingPeriodPolicy the grading period policy
     * @return this builder
     */
    public Builder gradingPeriodPolicy(GradingPeriodPolicy gradingPeriodPolicy) {
      this.gradingPeriodPolicy = Objects.requireNonNull(gradingPeriodPolicy, "gradingPeriodPolicy");
      return this;
    }

    /**
     * Whether a line item without a due date is invalid.
     *
     * @param dueDateRequired the due date required
     * @return this builder
     */
    public Builder dueDateRequired(boolean dueDateRequired) {
      this.dueDateRequired = dueDateRequired;
      return this;
    }

    /**
     * Whether minimum and maximum points must be whole numbers.
     *
     * @param wholeNumberPoints the whole number points
     * @return this builder
     */
    public Builder wholeNumberPoints(boolean wholeNumberPoints) {
      this.wholeNumberPoints = wholeNumberPoints;
      return this;
    }

    /**
     * The longest comment the SIS keeps; 0 = no limit.
     *
     * @param commentMaxLength the comment max length
     * @return this builder
     */
    public Builder commentMaxLength(int commentMaxLength) {
      this.commentMaxLength = nonNegative(commentMaxLength, "commentMaxLength");
      return this;
    }

    /**
     * Whether {@code DELETE} removes the item in the SIS.
     *
     * @param deletesPropagate the deletes propagate
     * @return this builder
     */
    public Builder deletesPropagate(boolean deletesPropagate) {
      this.deletesPropagate = deletesPropagate;
      return this;
    }

    /**
     * Whether categories match only by the exact same title; false (the default) uses {@link
     * CategoryMatcher}'s lenient rules.
     *
     * @param exactCategoryTitles the exact category titles
     * @return this builder
     */
    public Builder exactCategoryTitles(boolean exactCategoryTitles) {
      this.exactCategoryTitles = exactCategoryTitles;
      return this;
    }

    /**
     * Builds the rules.
     *
     * @return the line item rules
     */
    public LineItemRules build() {
      return new LineItemRules(this);
    }

    private static int nonNegative(int value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(
            name + " must be 0 (no limit) or positive, was " + value);
      }
      return value;
    }
  }
}
