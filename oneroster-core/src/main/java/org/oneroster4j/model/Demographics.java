package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable model of the demographic data of a user (OneRoster {@code demographics}; its sourcedId
 * is the user's).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 */
public final class Demographics implements OneRosterEntity {
  private final String sourcedId;
  private final StatusType status;
  private final Instant dateLastModified;
  private final Map<String, Object> metadata;
  private final LocalDate birthDate;
  private final Gender sex;
  private final Boolean americanIndianOrAlaskaNative;
  private final Boolean asian;
  private final Boolean blackOrAfricanAmerican;
  private final Boolean nativeHawaiianOrOtherPacificIslander;
  private final Boolean white;
  private final Boolean demographicRaceTwoOrMoreRaces;
  private final Boolean hispanicOrLatinoEthnicity;
  private final String countryOfBirthCode;
  private final String stateOfBirthAbbreviation;
  private final String cityOfBirth;
  private final String publicSchoolResidenceStatus;

  private Demographics(Builder b) {
    this.sourcedId = b.sourcedId;
    this.status = b.status;
    this.dateLastModified = b.dateLastModified;
    this.metadata = Copies.metadata(b.metadata);
    this.birthDate = b.birthDate;
    this.sex = b.sex;
    this.americanIndianOrAlaskaNative = b.americanIndianOrAlaskaNative;
    this.asian = b.asian;
    this.blackOrAfricanAmerican = b.blackOrAfricanAmerican;
    this.nativeHawaiianOrOtherPacificIslander = b.nativeHawaiianOrOtherPacificIslander;
    this.white = b.white;
    this.demographicRaceTwoOrMoreRaces = b.demographicRaceTwoOrMoreRaces;
    this.hispanicOrLatinoEthnicity = b.hispanicOrLatinoEthnicity;
    this.countryOfBirthCode = b.countryOfBirthCode;
    this.stateOfBirthAbbreviation = b.stateOfBirthAbbreviation;
    this.cityOfBirth = b.cityOfBirth;
    this.publicSchoolResidenceStatus = b.publicSchoolResidenceStatus;
  }

  /** {@return the entity's unique, opaque identifier, or null} */
  @Override
  public String sourcedId() {
    return sourcedId;
  }

  /** {@return the lifecycle status, or null} */
  @Override
  public StatusType status() {
    return status;
  }

  /** {@return when the entity was last modified, or null} */
  @Override
  public Instant dateLastModified() {
    return dateLastModified;
  }

  /** {@return extension data; never null, may be empty} */
  @Override
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** {@return the date of birth, or null} */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** {@return the recorded sex, or null} */
  public Gender sex() {
    return sex;
  }

  /** {@return race: whether American Indian or Alaska Native applies, or null} */
  public Boolean americanIndianOrAlaskaNative() {
    return americanIndianOrAlaskaNative;
  }

  /** {@return race: whether Asian applies, or null} */
  public Boolean asian() {
    return asian;
  }

  /** {@return race: whether Black or African American applies, or null} */
  public Boolean blackOrAfricanAmerican() {
    return blackOrAfricanAmerican;
  }

  /** {@return race: whether Native Hawaiian or Other Pacific Islander applies, or null} */
  public Boolean nativeHawaiianOrOtherPacificIslander() {
    return nativeHawaiianOrOtherPacificIslander;
  }

  /** {@return race: whether White applies, or null} */
  public Boolean white() {
    return white;
  }

  /** {@return whether two or more races apply, or null} */
  public Boolean demographicRaceTwoOrMoreRaces() {
    return demographicRaceTwoOrMoreRaces;
  }

  /** {@return whether Hispanic or Latino ethnicity applies, or null} */
  public Boolean hispanicOrLatinoEthnicity() {
    return hispanicOrLatinoEthnicity;
  }

  /** {@return the country of birth code, or null} */
  public String countryOfBirthCode() {
    return countryOfBirthCode;
  }

  /** {@return the state of birth abbreviation, or null} */
  public String stateOfBirthAbbreviation() {
    return stateOfBirthAbbreviation;
  }

  /** {@return the city of birth, or null} */
  public String cityOfBirth() {
    return cityOfBirth;
  }

  /** {@return the public school residence status code, or null} */
  public String publicSchoolResidenceStatus() {
    return publicSchoolResidenceStatus;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder initialised with this Demographics's values, to derive a modified copy} */
  public Builder toBuilder() {
    return new Builder()
        .sourcedId(sourcedId)
        .status(status)
        .dateLastModified(dateLastModified)
        .metadata(metadata)
        .birthDate(birthDate)
        .sex(sex)
        .americanIndianOrAlaskaNative(americanIndianOrAlaskaNative)
        .asian(asian)
        .blackOrAfricanAmerican(blackOrAfricanAmerican)
        .nativeHawaiianOrOtherPacificIslander(nativeHawaiianOrOtherPacificIslander)
        .white(white)
        .demographicRaceTwoOrMoreRaces(demographicRaceTwoOrMoreRaces)
        .hispanicOrLatinoEthnicity(hispanicOrLatinoEthnicity)
        .countryOfBirthCode(countryOfBirthCode)
        .stateOfBirthAbbreviation(stateOfBirthAbbreviation)
        .cityOfBirth(cityOfBirth)
        .publicSchoolResidenceStatus(publicSchoolResidenceStatus);
  }

  /** Returns whether {@code other} is a Demographics with equal values in every field. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Demographics that
        && Objects.equals(sourcedId, that.sourcedId)
        && Objects.equals(status, that.status)
        && Objects.equals(dateLastModified, that.dateLastModified)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(birthDate, that.birthDate)
        && Objects.equals(sex, that.sex)
        && Objects.equals(americanIndianOrAlaskaNative, that.americanIndianOrAlaskaNative)
        && Objects.equals(asian, that.asian)
        && Objects.equals(blackOrAfricanAmerican, that.blackOrAfricanAmerican)
        && Objects.equals(
            nativeHawaiianOrOtherPacificIslander, that.nativeHawaiianOrOtherPacificIslander)
        && Objects.equals(white, that.white)
        && Objects.equals(demographicRaceTwoOrMoreRaces, that.demographicRaceTwoOrMoreRaces)
        && Objects.equals(hispanicOrLatinoEthnicity, that.hispanicOrLatinoEthnicity)
        && Objects.equals(countryOfBirthCode, that.countryOfBirthCode)
        && Objects.equals(stateOfBirthAbbreviation, that.stateOfBirthAbbreviation)
        && Objects.equals(cityOfBirth, that.cityOfBirth)
        && Objects.equals(publicSchoolResidenceStatus, that.publicSchoolResidenceStatus);
  }

  /** Returns a hash code over the fields {@link #equals(Object)} compares. */
  @Override
  public int hashCode() {
    return Objects.hash(
        sourcedId,
        status,
        dateLastModified,
        metadata,
        birthDate,
        sex,
        americanIndianOrAlaskaNative,
        asian,
        blackOrAfricanAmerican,
        nativeHawaiianOrOtherPacificIslander,
        white,
        demographicRaceTwoOrMoreRaces,
        hispanicOrLatinoEthnicity,
        countryOfBirthCode,
        stateOfBirthAbbreviation,
        cityOfBirth,
        publicSchoolResidenceStatus);
  }

  /** Returns a description of every field, for logs and test failures. */
  @Override
  public String toString() {
    return "Demographics["
        + "sourcedId="
        + sourcedId
        + ", status="
        + status
        + ", dateLastModified="
        + dateLastModified
        + ", metadata="
        + metadata
        + ", birthDate="
        + birthDate
        + ", sex="
        + sex
        + ", americanIndianOrAlaskaNative="
        + americanIndianOrAlaskaNative
        + ", asian="
        + asian
        + ", blackOrAfricanAmerican="
        + blackOrAfricanAmerican
        + ", nativeHawaiianOrOtherPacificIslander="
        + nativeHawaiianOrOtherPacificIslander
        + ", white="
        + white
        + ", demographicRaceTwoOrMoreRaces="
        + demographicRaceTwoOrMoreRaces
        + ", hispanicOrLatinoEthnicity="
        + hispanicOrLatinoEthnicity
        + ", countryOfBirthCode="
        + countryOfBirthCode
        + ", stateOfBirthAbbreviation="
        + stateOfBirthAbbreviation
        + ", cityOfBirth="
        + cityOfBirth
        + ", publicSchoolResidenceStatus="
        + publicSchoolResidenceStatus
        + "]";
  }

  /**
   * Builds Demographics values; every setter is named after the property and returns this builder.
   */
  public static final class Builder extends EntityBuilder<Builder> {
    private LocalDate birthDate;
    private Gender sex;
    private Boolean americanIndianOrAlaskaNative;
    private Boolean asian;
    private Boolean blackOrAfricanAmerican;
    private Boolean nativeHawaiianOrOtherPacificIslander;
    private Boolean white;
    private Boolean demographicRaceTwoOrMoreRaces;
    private Boolean hispanicOrLatinoEthnicity;
    private String countryOfBirthCode;
    private String stateOfBirthAbbreviation;
    private String cityOfBirth;
    private String publicSchoolResidenceStatus;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the date of birth; null clears it.
     *
     * @param birthDate the user's date of birth, or null to clear it
     * @return this builder
     */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /**
     * Sets the recorded sex; null clears it.
     *
     * @param sex {@link Gender#MALE}, {@link Gender#FEMALE} or another value from {@link
     *     Gender#of(String)}, or null to clear it
     * @return this builder
     */
    public Builder sex(Gender sex) {
      this.sex = sex;
      return this;
    }

    /**
     * Sets race: American Indian or Alaska Native; null clears it.
     *
     * @param americanIndianOrAlaskaNative true when the user is American Indian or Alaska Native,
     *     false when not, or null to clear it
     * @return this builder
     */
    public Builder americanIndianOrAlaskaNative(Boolean americanIndianOrAlaskaNative) {
      this.americanIndianOrAlaskaNative = americanIndianOrAlaskaNative;
      return this;
    }

    /**
     * Sets race: Asian; null clears it.
     *
     * @param asian true when the user is Asian, false when not, or null to clear it
     * @return this builder
     */
    public Builder asian(Boolean asian) {
      this.asian = asian;
      return this;
    }

    /**
     * Sets race: Black or African American; null clears it.
     *
     * @param blackOrAfricanAmerican true when the user is Black or African American, false when
     *     not, or null to clear it
     * @return this builder
     */
    public Builder blackOrAfricanAmerican(Boolean blackOrAfricanAmerican) {
      this.blackOrAfricanAmerican = blackOrAfricanAmerican;
      return this;
    }

    /**
     * Sets race: Native Hawaiian or Other Pacific Islander; null clears it.
     *
     * @param nativeHawaiianOrOtherPacificIslander true when the user is Native Hawaiian or Other
     *     Pacific Islander, false when not, or null to clear it
     * @return this builder
     */
    public Builder nativeHawaiianOrOtherPacificIslander(
        Boolean nativeHawaiianOrOtherPacificIslander) {
      this.nativeHawaiianOrOtherPacificIslander = nativeHawaiianOrOtherPacificIslander;
      return this;
    }

    /**
     * Sets race: White; null clears it.
     *
     * @param white true when the user is White, false when not, or null to clear it
     * @return this builder
     */
    public Builder white(Boolean white) {
      this.white = white;
      return this;
    }

    /**
     * Sets two or more races; null clears it.
     *
     * @param demographicRaceTwoOrMoreRaces true when the user is of two or more races, false when
     *     not, or null to clear it; it is not derived from the single-race values
     * @return this builder
     */
    public Builder demographicRaceTwoOrMoreRaces(Boolean demographicRaceTwoOrMoreRaces) {
      this.demographicRaceTwoOrMoreRaces = demographicRaceTwoOrMoreRaces;
      return this;
    }

    /**
     * Sets Hispanic or Latino ethnicity; null clears it.
     *
     * @param hispanicOrLatinoEthnicity true when the user is Hispanic or Latino, false when not, or
     *     null to clear it; ethnicity, independent of the race values
     * @return this builder
     */
    public Builder hispanicOrLatinoEthnicity(Boolean hispanicOrLatinoEthnicity) {
      this.hispanicOrLatinoEthnicity = hispanicOrLatinoEthnicity;
      return this;
    }

    /**
     * Sets the country of birth code; null clears it.
     *
     * @param countryOfBirthCode the code of the user's country of birth, kept as given (not
     *     checked), or null to clear it
     * @return this builder
     */
    public Builder countryOfBirthCode(String countryOfBirthCode) {
      this.countryOfBirthCode = countryOfBirthCode;
      return this;
    }

    /**
     * Sets the state of birth abbreviation; null clears it.
     *
     * @param stateOfBirthAbbreviation the abbreviation of the user's state of birth, kept as given
     *     (not checked), or null to clear it
     * @return this builder
     */
    public Builder stateOfBirthAbbreviation(String stateOfBirthAbbreviation) {
      this.stateOfBirthAbbreviation = stateOfBirthAbbreviation;
      return this;
    }

    /**
     * Sets the city of birth; null clears it.
     *
     * @param cityOfBirth the name of the user's city of birth, or null to clear it
     * @return this builder
     */
    public Builder cityOfBirth(String cityOfBirth) {
      this.cityOfBirth = cityOfBirth;
      return this;
    }

    /**
     * Sets the public school residence status code; null clears it.
     *
     * @param publicSchoolResidenceStatus the user's public school residence status code, kept as
     *     given (not checked), or null to clear it
     * @return this builder
     */
    public Builder publicSchoolResidenceStatus(String publicSchoolResidenceStatus) {
      this.publicSchoolResidenceStatus = publicSchoolResidenceStatus;
      return this;
    }

    /**
     * Builds the Demographics.
     *
     * @return a new Demographics with the values set so far; no value is required
     */
    public Demographics build() {
      return new Demographics(this);
    }
  }
}
