package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.ClassType;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
import org.oneroster4j.model.Gender;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.Org;
import org.oneroster4j.model.OrgType;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.RoleType;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.SessionType;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.model.UserId;

/** The codecs of every OneRoster 1.1 entity, and the value writers they share. */
final class Codecs {
  /** OneRoster DateTime: always UTC, always milliseconds. */
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Largest magnitude below which every integral double is exactly a long (2^53). */
  private static final double EXACT_LONG_LIMIT = 9_007_199_254_740_992d;

  /** Parses metadata sent as a string; plain settings, no custom modules needed. */
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  private Codecs() {}

  static final EntityCodec<Org, Org.Builder> ORG =
      new EntityCodec<>(
          Org.class,
          "org",
          "orgs",
          Org::builder,
          Org.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  Org::sourcedId,
                  Org.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  Org::status,
                  Org.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  Org::dateLastModified,
                  Org.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  Org::metadata,
                  Org.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of("name", Org::name, Org.Builder::name, Codecs::writeString, Lenient::text),
              Prop.of(
                  "type",
                  Org::type,
                  Org.Builder::type,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, OrgType::of)),
              Prop.of(
                  "identifier",
                  Org::identifier,
                  Org.Builder::identifier,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of("parent", Org::parent, Org.Builder::parent, Codecs::writeRef, Lenient::ref),
              Prop.of(
                  "children",
                  Org::children,
                  Org.Builder::children,
                  Codecs::writeRefs,
                  Lenient::refs)));

  static final EntityCodec<AcademicSession, AcademicSession.Builder> ACADEMIC_SESSION =
      new EntityCodec<>(
          AcademicSession.class,
          "academicSession",
          "academicSessions",
          AcademicSession::builder,
          AcademicSession.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  AcademicSession::sourcedId,
                  AcademicSession.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  AcademicSession::status,
                  AcademicSession.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  AcademicSession::dateLastModified,
                  AcademicSession.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  AcademicSession::metadata,
                  AcademicSession.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "title",
                  AcademicSession::title,
                  AcademicSession.Builder::title,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "startDate",
                  AcademicSession::startDate,
                  AcademicSession.Builder::startDate,
                  Codecs::writeDate,
                  Lenient::date),
              Prop.of(
                  "endDate",
                  AcademicSession::endDate,
                  AcademicSession.Builder::endDate,
                  Codecs::writeDate,
                  Lenient::date),
              Prop.of(
                  "type",
                  AcademicSession::type,
                  AcademicSession.Builder::type,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, SessionType::of)),
              Prop.of(
                  "parent",
                  AcademicSession::parent,
                  AcademicSession.Builder::parent,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "children",
                  AcademicSession::children,
                  AcademicSession.Builder::children,
                  Codecs::writeRefs,
                  Lenient::refs),
              Prop.of(
                  "schoolYear",
                  AcademicSession::schoolYear,
                  AcademicSession.Builder::schoolYear,
                  Codecs::writeString,
                  Lenient::text)));

  static final EntityCodec<Course, Course.Builder> COURSE =
      new EntityCodec<>(
          Course.class,
          "course",
          "courses",
          Course::builder,
          Course.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  Course::sourcedId,
                  Course.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  Course::status,
                  Course.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  Course::dateLastModified,
                  Course.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  Course::metadata,
                  Course.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "title",
                  Course::title,
                  Course.Builder::title,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "schoolYear",
                  Course::schoolYear,
                  Course.Builder::schoolYear,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "courseCode",
                  Course::courseCode,
                  Course.Builder::courseCode,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "grades",
                  Course::grades,
                  Course.Builder::grades,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "subjects",
                  Course::subjects,
                  Course.Builder::subjects,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of("org", Course::org, Course.Builder::org, Codecs::writeRef, Lenient::ref),
              Prop.of(
                  "subjectCodes",
                  Course::subjectCodes,
                  Course.Builder::subjectCodes,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "resources",
                  Course::resources,
                  Course.Builder::resources,
                  Codecs::writeRefs,
                  Lenient::refs)));

  static final EntityCodec<SchoolClass, SchoolClass.Builder> SCHOOL_CLASS =
      new EntityCodec<>(
          SchoolClass.class,
          "class",
          "classes",
          SchoolClass::builder,
          SchoolClass.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  SchoolClass::sourcedId,
                  SchoolClass.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  SchoolClass::status,
                  SchoolClass.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  SchoolClass::dateLastModified,
                  SchoolClass.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  SchoolClass::metadata,
                  SchoolClass.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "title",
                  SchoolClass::title,
                  SchoolClass.Builder::title,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "classCode",
                  SchoolClass::classCode,
                  SchoolClass.Builder::classCode,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "classType",
                  SchoolClass::classType,
                  SchoolClass.Builder::classType,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, ClassType::of)),
              Prop.of(
                  "location",
                  SchoolClass::location,
                  SchoolClass.Builder::location,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "grades",
                  SchoolClass::grades,
                  SchoolClass.Builder::grades,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "subjects",
                  SchoolClass::subjects,
                  SchoolClass.Builder::subjects,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "course",
                  SchoolClass::course,
                  SchoolClass.Builder::course,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "school",
                  SchoolClass::school,
                  SchoolClass.Builder::school,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "terms",
                  SchoolClass::terms,
                  SchoolClass.Builder::terms,
                  Codecs::writeRefs,
                  Lenient::refs),
              Prop.of(
                  "subjectCodes",
                  SchoolClass::subjectCodes,
                  SchoolClass.Builder::subjectCodes,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "periods",
                  SchoolClass::periods,
                  SchoolClass.Builder::periods,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "resources",
                  SchoolClass::resources,
                  SchoolClass.Builder::resources,
                  Codecs::writeRefs,
                  Lenient::refs)));

  static final EntityCodec<User, User.Builder> USER =
      new EntityCodec<>(
          User.class,
          "user",
          "users",
          User::builder,
          User.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  User::sourcedId,
                  User.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  User::status,
                  User.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  User::dateLastModified,
                  User.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  User::metadata,
                  User.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "username",
                  User::username,
                  User.Builder::username,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "userIds",
                  User::userIds,
                  User.Builder::userIds,
                  Codecs::writeUserIds,
                  Lenient::userIds),
              Prop.of(
                  "enabledUser",
                  User::enabledUser,
                  User.Builder::enabledUser,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "givenName",
                  User::givenName,
                  User.Builder::givenName,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "familyName",
                  User::familyName,
                  User.Builder::familyName,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "middleName",
                  User::middleName,
                  User.Builder::middleName,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "role",
                  User::role,
                  User.Builder::role,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, RoleType::of)),
              Prop.of(
                  "identifier",
                  User::identifier,
                  User.Builder::identifier,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "email", User::email, User.Builder::email, Codecs::writeString, Lenient::text),
              Prop.of("sms", User::sms, User.Builder::sms, Codecs::writeString, Lenient::text),
              Prop.of(
                  "phone", User::phone, User.Builder::phone, Codecs::writeString, Lenient::text),
              Prop.of(
                  "agents", User::agents, User.Builder::agents, Codecs::writeRefs, Lenient::refs),
              Prop.of("orgs", User::orgs, User.Builder::orgs, Codecs::writeRefs, Lenient::refs),
              Prop.of(
                  "grades",
                  User::grades,
                  User.Builder::grades,
                  Codecs::writeStrings,
                  Lenient::strings),
              Prop.of(
                  "password",
                  User::password,
                  User.Builder::password,
                  Codecs::writeString,
                  Lenient::text)));

  static final EntityCodec<Enrollment, Enrollment.Builder> ENROLLMENT =
      new EntityCodec<>(
          Enrollment.class,
          "enrollment",
          "enrollments",
          Enrollment::builder,
          Enrollment.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  Enrollment::sourcedId,
                  Enrollment.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  Enrollment::status,
                  Enrollment.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  Enrollment::dateLastModified,
                  Enrollment.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  Enrollment::metadata,
                  Enrollment.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "user",
                  Enrollment::user,
                  Enrollment.Builder::user,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "class",
                  Enrollment::schoolClass,
                  Enrollment.Builder::schoolClass,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "school",
                  Enrollment::school,
                  Enrollment.Builder::school,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "role",
                  Enrollment::role,
                  Enrollment.Builder::role,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, RoleType::of)),
              Prop.of(
                  "primary",
                  Enrollment::primary,
                  Enrollment.Builder::primary,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "beginDate",
                  Enrollment::beginDate,
                  Enrollment.Builder::beginDate,
                  Codecs::writeDate,
                  Lenient::date),
              Prop.of(
                  "endDate",
                  Enrollment::endDate,
                  Enrollment.Builder::endDate,
                  Codecs::writeDate,
                  Lenient::date)));

  static final EntityCodec<Demographics, Demographics.Builder> DEMOGRAPHICS =
      new EntityCodec<>(
          Demographics.class,
          "demographics",
          "demographics",
          Demographics::builder,
          Demographics.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  Demographics::sourcedId,
                  Demographics.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  Demographics::status,
                  Demographics.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  Demographics::dateLastModified,
                  Demographics.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  Demographics::metadata,
                  Demographics.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "birthDate",
                  Demographics::birthDate,
                  Demographics.Builder::birthDate,
                  Codecs::writeDate,
                  Lenient::date),
              Prop.of(
                  "sex",
                  Demographics::sex,
                  Demographics.Builder::sex,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, Gender::of)),
              Prop.of(
                  "americanIndianOrAlaskaNative",
                  Demographics::americanIndianOrAlaskaNative,
                  Demographics.Builder::americanIndianOrAlaskaNative,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "asian",
                  Demographics::asian,
                  Demographics.Builder::asian,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "blackOrAfricanAmerican",
                  Demographics::blackOrAfricanAmerican,
                  Demographics.Builder::blackOrAfricanAmerican,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "nativeHawaiianOrOtherPacificIslander",
                  Demographics::nativeHawaiianOrOtherPacificIslander,
                  Demographics.Builder::nativeHawaiianOrOtherPacificIslander,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "white",
                  Demographics::white,
                  Demographics.Builder::white,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "demographicRaceTwoOrMoreRaces",
                  Demographics::demographicRaceTwoOrMoreRaces,
                  Demographics.Builder::demographicRaceTwoOrMoreRaces,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "hispanicOrLatinoEthnicity",
                  Demographics::hispanicOrLatinoEthnicity,
                  Demographics.Builder::hispanicOrLatinoEthnicity,
                  Codecs::writeBoolean,
                  Lenient::bool),
              Prop.of(
                  "countryOfBirthCode",
                  Demographics::countryOfBirthCode,
                  Demographics.Builder::countryOfBirthCode,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "stateOfBirthAbbreviation",
                  Demographics::stateOfBirthAbbreviation,
                  Demographics.Builder::stateOfBirthAbbreviation,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "cityOfBirth",
                  Demographics::cityOfBirth,
                  Demographics.Builder::cityOfBirth,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "publicSchoolResidenceStatus",
                  Demographics::publicSchoolResidenceStatus,
                  Demographics.Builder::publicSchoolResidenceStatus,
                  Codecs::writeString,
                  Lenient::text)));

  static final EntityCodec<Category, Category.Builder> CATEGORY =
      new EntityCodec<>(
          Category.class,
          "category",
          "categories",
          Category::builder,
          Category.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  Category::sourcedId,
                  Category.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  Category::status,
                  Category.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  Category::dateLastModified,
                  Category.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  Category::metadata,
                  Category.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "title",
                  Category::title,
                  Category.Builder::title,
                  Codecs::writeString,
                  Lenient::text)));

  static final EntityCodec<LineItem, LineItem.Builder> LINE_ITEM =
      new EntityCodec<>(
          LineItem.class,
          "lineItem",
          "lineItems",
          LineItem::builder,
          LineItem.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  LineItem::sourcedId,
                  LineItem.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  LineItem::status,
                  LineItem.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  LineItem::dateLastModified,
                  LineItem.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  LineItem::metadata,
                  LineItem.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "title",
                  LineItem::title,
                  LineItem.Builder::title,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "description",
                  LineItem::description,
                  LineItem.Builder::description,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "assignDate",
                  LineItem::assignDate,
                  LineItem.Builder::assignDate,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "dueDate",
                  LineItem::dueDate,
                  LineItem.Builder::dueDate,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "class",
                  LineItem::schoolClass,
                  LineItem.Builder::schoolClass,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "category",
                  LineItem::category,
                  LineItem.Builder::category,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "gradingPeriod",
                  LineItem::gradingPeriod,
                  LineItem.Builder::gradingPeriod,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "resultValueMin",
                  LineItem::resultValueMin,
                  LineItem.Builder::resultValueMin,
                  Codecs::writeNumber,
                  Lenient::number),
              Prop.of(
                  "resultValueMax",
                  LineItem::resultValueMax,
                  LineItem.Builder::resultValueMax,
                  Codecs::writeNumber,
                  Lenient::number)));

  static final EntityCodec<Result, Result.Builder> RESULT =
      new EntityCodec<>(
          Result.class,
          "result",
          "results",
          Result::builder,
          Result.Builder::build,
          List.of(
              Prop.of(
                  "sourcedId",
                  Result::sourcedId,
                  Result.Builder::sourcedId,
                  Codecs::writeString,
                  Lenient::text),
              Prop.of(
                  "status",
                  Result::status,
                  Result.Builder::status,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, StatusType::of)),
              Prop.of(
                  "dateLastModified",
                  Result::dateLastModified,
                  Result.Builder::dateLastModified,
                  Codecs::writeDateTime,
                  Lenient::instant),
              Prop.of(
                  "metadata",
                  Result::metadata,
                  Result.Builder::metadata,
                  Codecs::writeMetadata,
                  Codecs::readMetadata),
              Prop.of(
                  "lineItem",
                  Result::lineItem,
                  Result.Builder::lineItem,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "student",
                  Result::student,
                  Result.Builder::student,
                  Codecs::writeRef,
                  Lenient::ref),
              Prop.of(
                  "scoreStatus",
                  Result::scoreStatus,
                  Result.Builder::scoreStatus,
                  Codecs::writeVocab,
                  (node, where) -> Lenient.vocab(node, where, ScoreStatus::of)),
              Prop.of(
                  "score",
                  Result::score,
                  Result.Builder::score,
                  Codecs::writeNumber,
                  Lenient::number),
              Prop.of(
                  "scoreDate",
                  Result::scoreDate,
                  Result.Builder::scoreDate,
                  Codecs::writeDate,
                  Lenient::date),
              Prop.of(
                  "comment",
                  Result::comment,
                  Result.Builder::comment,
                  Codecs::writeString,
                  Lenient::text)));

  static final List<EntityCodec<?, ?>> ALL =
      List.of(
          ORG,
          ACADEMIC_SESSION,
          COURSE,
          SCHOOL_CLASS,
          USER,
          ENROLLMENT,
          DEMOGRAPHICS,
          CATEGORY,
          LINE_ITEM,
          RESULT);

  /** Returns the codec of {@code type}, or null when it is not an entity type. */
  static EntityCodec<?, ?> forType(Class<?> type) {
    for (EntityCodec<?, ?> codec : ALL) {
      if (codec.type() == type) {
        return codec;
      }
    }
    return null;
  }

  static String formatDateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  static void writeString(JsonGenerator generator, String value, boolean hrefs) throws IOException {
    generator.writeString(value);
  }

  static void writeVocab(JsonGenerator generator, Object value, boolean hrefs) throws IOException {
    generator.writeString(value.toString());
  }

  static void writeDateTime(JsonGenerator generator, Instant value, boolean hrefs)
      throws IOException {
    generator.writeString(formatDateTime(value));
  }

  static void writeDate(JsonGenerator generator, LocalDate value, boolean hrefs)
      throws IOException {
    generator.writeString(value.toString());
  }

  static void writeBoolean(JsonGenerator generator, Boolean value, boolean hrefs)
      throws IOException {
    generator.writeBoolean(value);
  }

  /** Writes integral values without a fraction ({@code 100}, not {@code 100.0}). */
  static void writeNumber(JsonGenerator generator, Double value, boolean hrefs) throws IOException {
    double v = value;
    if (!Double.isFinite(v)) {
      throw new JsonFormatException(
          "Cannot write "
              + generator.getOutputContext().getCurrentName()
              + " = "
              + v
              + ": JSON has no NaN or Infinity; use a finite number");
    }
    if (v == Math.rint(v) && Math.abs(v) < EXACT_LONG_LIMIT) {
      generator.writeNumber((long) v);
    } else {
      generator.writeNumber(v);
    }
  }

  static void writeRef(JsonGenerator generator, GuidRef ref, boolean hrefs) throws IOException {
    generator.writeStartObject();
    if (hrefs && ref.href() != null) {
      generator.writeStringField("href", ref.href());
    }
    generator.writeStringField("sourcedId", ref.sourcedId());
    if (ref.type() != null) {
      generator.writeStringField("type", ref.type().value());
    }
    generator.writeEndObject();
  }

  static void writeRefs(JsonGenerator generator, List<GuidRef> refs, boolean hrefs)
      throws IOException {
    generator.writeStartArray();
    for (GuidRef ref : refs) {
      writeRef(generator, ref, hrefs);
    }
    generator.writeEndArray();
  }

  static void writeStrings(JsonGenerator generator, List<String> values, boolean hrefs)
      throws IOException {
    generator.writeStartArray();
    for (String value : values) {
      generator.writeString(value);
    }
    generator.writeEndArray();
  }

  static void writeUserIds(JsonGenerator generator, List<UserId> ids, boolean hrefs)
      throws IOException {
    generator.writeStartArray();
    for (UserId id : ids) {
      generator.writeStartObject();
      if (id.type() != null) {
        generator.writeStringField("type", id.type());
      }
      if (id.identifier() != null) {
        generator.writeStringField("identifier", id.identifier());
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  static void writeMetadata(JsonGenerator generator, Map<String, Object> metadata, boolean hrefs)
      throws IOException {
    writeValue(generator, metadata);
  }

  /** Writes a metadata value (Map, List, String, Number, Boolean or null) as it is. */
  private static void writeValue(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object element : list) {
        writeValue(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof Number n) {
      writeMetadataNumber(generator, n);
    } else {
      generator.writeString(value.toString());
    }
  }

  private static void writeMetadataNumber(JsonGenerator generator, Number n) throws IOException {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      generator.writeNumber(n.longValue());
    } else if (n instanceof java.math.BigInteger big) {
      generator.writeNumber(big);
    } else if (n instanceof java.math.BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else {
      // Metadata keeps its own number types (5.0 stays 5.0) so that it survives a round trip.
      double v = n.doubleValue();
      if (!Double.isFinite(v)) {
        throw new JsonFormatException(
            "Cannot write metadata number " + v + ": JSON has no NaN or Infinity");
      }
      generator.writeNumber(v);
    }
  }

  static Map<String, Object> readMetadata(JsonNode node, String where) {
    return Lenient.metadata(node, PLAIN);
  }
}
