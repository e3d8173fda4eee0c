package org.oneroster4j.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Immutable model of the demographic data of a user (OneRoster {@code demographics}; its sourcedId
 * is the user's).
 *
 * <p>Build one with {@link #builder()}; optional values are null when absent, collections are never
 * null.
 *
 * @param sourcedId the entity's unique, opaque identifier, or null
 * @param status the lifecycle status, or null
 * @param dateLastModified when the entity was last modified, or null
 * @param metadata extension data; never null, may be empty
 * @param birthDate the date of birth, or null
 * @param sex the recorded sex, or null
 * @param americanIndianOrAlaskaNative race: American Indian or Alaska Native, or null
 * @param asian race: Asian, or null
 * @param blackOrAfricanAmerican race: Black or African American, or null
 * @param nativeHawaiianOrOtherPacificIslander race: Native Hawaiian or Other Pacific Islander, or
 *     null
 * @param white race: White, or null
 * @param demographicRaceTwoOrMoreRaces two or more races, or null
 * @param hispanicOrLatinoEthnicity Hispanic or Latino ethnicity, or null
 * @param countryOfBirthCode the country of birth code, or null
 * @param stateOfBirthAbbreviation the state of birth abbreviation, or null
 * @param cityOfBirth the city of birth, or null
 * @param publicSchoolResidenceStatus the public school residence status code, or null
 */
public record Demographics(
    String sourcedId,
    StatusType status,
    Instant dateLastModified,
    Map<String, Object> metadata,
    LocalDate birthDate,
    Gender sex,
    Boolean americanIndianOrAlaskaNative,
    Boolean asian,
    Boolean blackOrAfricanAmerican,
    Boolean nativeHawaiianOrOtherPacificIslander,
    Boolean white,
    Boolean demographicRaceTwoOrMoreRaces,
    Boolean hispanicOrLatinoEthnicity,
    String countryOfBirthCode,
    String stateOfBirthAbbreviation,
    String cityOfBirth,
    String publicSchoolResidenceStatus)
    implements OneRosterEntity {

  /** Creates a Demographics, copying the collections (null becomes empty). */
  public Demographics {
    metadata = Copies.metadata(metadata);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this Demographics's values, to derive a modified copy. */
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

    /** Sets the date of birth; null clears it. */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /** Sets the recorded sex; null clears it. */
    public Builder sex(Gender sex) {
      this.sex = sex;
      return this;
    }

    /** Sets race: American Indian or Alaska Native; null clears it. */
    public Builder americanIndianOrAlaskaNative(Boolean americanIndianOrAlaskaNative) {
      this.americanIndianOrAlaskaNative = americanIndianOrAlaskaNative;
      return this;
    }

    /** Sets race: Asian; null clears it. */
    public Builder asian(Boolean asian) {
      this.asian = asian;
      return this;
    }

    /** Sets race: Black or African American; null clears it. */
    public Builder blackOrAfricanAmerican(Boolean blackOrAfricanAmerican) {
      this.blackOrAfricanAmerican = blackOrAfricanAmerican;
      return this;
    }

    /** Sets race: Native Hawaiian or Other Pacific Islander; null clears it. */
    public Builder nativeHawaiianOrOtherPacificIslander(
        Boolean nativeHawaiianOrOtherPacificIslander) {
      this.nativeHawaiianOrOtherPacificIslander = nativeHawaiianOrOtherPacificIslander;
      return this;
    }

    /** Sets race: White; null clears it. */
    public Builder white(Boolean white) {
      this.white = white;
      return this;
    }

    /** Sets two or more races; null clears it. */
    public Builder demographicRaceTwoOrMoreRaces(Boolean demographicRaceTwoOrMoreRaces) {
      this.demographicRaceTwoOrMoreRaces = demographicRaceTwoOrMoreRaces;
      return this;
    }

    /** Sets Hispanic or Latino ethnicity; null clears it. */
    public Builder hispanicOrLatinoEthnicity(Boolean hispanicOrLatinoEthnicity) {
      this.hispanicOrLatinoEthnicity = hispanicOrLatinoEthnicity;
      return this;
    }

    /** Sets the country of birth code; null clears it. */
    public Builder countryOfBirthCode(String countryOfBirthCode) {
      this.countryOfBirthCode = countryOfBirthCode;
      return this;
    }

    /** Sets the state of birth abbreviation; null clears it. */
    public Builder stateOfBirthAbbreviation(String stateOfBirthAbbreviation) {
      this.stateOfBirthAbbreviation = stateOfBirthAbbreviation;
      return this;
    }

    /** Sets the city of birth; null clears it. */
    public Builder cityOfBirth(String cityOfBirth) {
      this.cityOfBirth = cityOfBirth;
      return this;
    }

    /** Sets the public school residence status code; null clears it. */
    public Builder publicSchoolResidenceStatus(String publicSchoolResidenceStatus) {
      this.publicSchoolResidenceStatus = publicSchoolResidenceStatus;
      return this;
    }

    /** Builds the Demographics. */
    public Demographics build() {
      return new Demographics(
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
  }
}
