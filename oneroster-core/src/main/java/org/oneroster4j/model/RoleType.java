package org.oneroster4j.model;

/**
 * Open vocabulary for the role of a user or enrollment (OneRoster {@code role}): the known values
 * are constants, and any other value a SIS sends is kept as it is instead of failing.
 *
 * <p>OneRoster 1.2 user roles add aide, counselor, districtAdministrator, guardian, parent,
 * principal, proctor, relative, siteAdministrator and systemAdministrator, and allow {@code ext:…}
 * values (kept as unknown values); {@link #ADMINISTRATOR} stays an enrollment role.
 *
 * <p>{@link #of(String)} maps a wire value to its constant when it matches a known value exactly or
 * after ignoring case, spaces, underscores and hyphens (so {@code "Guardian"} is {@link
 * RoleType#GUARDIAN}); anything else becomes an unknown value that {@link #isKnown()} reports and
 * {@link #value()} returns unchanged. Two instances are equal when their wire values are equal.
 */
public final class RoleType extends OpenVocabulary {
  private static final Lexicon<RoleType> LEXICON = new Lexicon<>(RoleType::new);

  /** Wire value {@code "administrator"}: the {@code administrator} role. */
  public static final RoleType ADMINISTRATOR = LEXICON.known("administrator");

  /** Wire value {@code "aide"}: the {@code aide} role. */
  public static final RoleType AIDE = LEXICON.known("aide");

  /** Wire value {@code "guardian"}: the {@code guardian} role. */
  public static final RoleType GUARDIAN = LEXICON.known("guardian");

  /** Wire value {@code "parent"}: the {@code parent} role. */
  public static final RoleType PARENT = LEXICON.known("parent");

  /** Wire value {@code "proctor"}: the {@code proctor} role. */
  public static final RoleType PROCTOR = LEXICON.known("proctor");

  /** Wire value {@code "relative"}: the {@code relative} role. */
  public static final RoleType RELATIVE = LEXICON.known("relative");

  /** Wire value {@code "student"}: the {@code student} role. */
  public static final RoleType STUDENT = LEXICON.known("student");

  /** Wire value {@code "teacher"}: the {@code teacher} role. */
  public static final RoleType TEACHER = LEXICON.known("teacher");

  /** Wire value {@code "counselor"}: the {@code counselor} role (OneRoster 1.2 user roles). */
  public static final RoleType COUNSELOR = LEXICON.known("counselor");

  /**
   * Wire value {@code "districtAdministrator"}: the {@code districtAdministrator} role (OneRoster
   * 1.2 user roles).
   */
  public static final RoleType DISTRICT_ADMINISTRATOR = LEXICON.known("districtAdministrator");

  /** Wire value {@code "principal"}: the {@code principal} role (OneRoster 1.2 user roles). */
  public static final RoleType PRINCIPAL = LEXICON.known("principal");

  /**
   * Wire value {@code "siteAdministrator"}: the {@code siteAdministrator} role (OneRoster 1.2 user
   * roles).
   */
  public static final RoleType SITE_ADMINISTRATOR = LEXICON.known("siteAdministrator");

  /**
   * Wire value {@code "systemAdministrator"}: the {@code systemAdministrator} role (OneRoster 1.2
   * user roles).
   */
  public static final RoleType SYSTEM_ADMINISTRATOR = LEXICON.known("systemAdministrator");

  private RoleType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the vocabulary value for a wire string: the matching constant, or an unknown value that
   * keeps {@code wire} unchanged.
   *
   * @param wire the value as sent on the wire; not null
   * @return the constant for a known value, otherwise a new unknown value
   */
  public static RoleType of(String wire) {
    return LEXICON.of(wire);
  }
}
