package org.oneroster4j.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.ClassType;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Credential;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
import org.oneroster4j.model.EntityBuilder;
import org.oneroster4j.model.Gender;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.LearningObjectiveResult;
import org.oneroster4j.model.LearningObjectiveResultSet;
import org.oneroster4j.model.LearningObjectiveSet;
import org.oneroster4j.model.LineItem;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Org;
import org.oneroster4j.model.OrgType;
import org.oneroster4j.model.Result;
import org.oneroster4j.model.Role;
import org.oneroster4j.model.RoleKind;
import org.oneroster4j.model.RoleType;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.ScoreScale;
import org.oneroster4j.model.ScoreScaleValue;
import org.oneroster4j.model.ScoreStatus;
import org.oneroster4j.model.SessionType;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.model.UserId;
import org.oneroster4j.model.UserProfile;

/**
 * The codecs of every entity for one OneRoster version, and the value writers they share.
 *
 * <p>The four members every entity has (sourcedId, status, dateLastModified, metadata) are declared
 * once, in {@link #common()}. Members that differ by version are chosen when the set is built: 1.1
 * writes JSON booleans and references with the type the model holds; 1.2 writes {@code
 * "true"}/{@code "false"} strings where its schema says string, references with the single type its
 * schema allows for the member, and users with {@code roles} instead of {@code role}/{@code orgs}.
 * Reading is lenient in both.
 */
final class Codecs {
  /** OneRoster DateTime: always UTC, always milliseconds. */
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** A reference's member names, encoded once (every result and lineItem body has references). */
  private static final SerializableString HREF = new SerializedString("href");

  private static final SerializableString SOURCED_ID = new SerializedString("sourcedId");
  private static final SerializableString TYPE = new SerializedString("type");

  /** Largest magnitude below which every integral double is exactly a long (2^53). */
  private static final double EXACT_LONG_LIMIT = 9_007_199_254_740_992d;

  /** Parses metadata sent as a string; plain settings, no custom modules needed. */
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  /** Scratch slots of the user members that the roles mapping reads. */
  private static final int ROLE_SLOT = 0;

  private static final int ORGS_SLOT = 1;
  private static final int ROLES_SLOT = 2;

  /** The OneRoster 1.1 binding. */
  static final Codecs V1_1 = new Codecs(OneRosterVersion.V1_1);

  /** The OneRoster 1.2 binding. */
  static final Codecs V1_2 = new Codecs(OneRosterVersion.V1_2);

  private final OneRosterVersion version;
  private final boolean v12;
  private final List<EntityCodec<?, ?>> all;
  private final Map<Class<?>, EntityCodec<?, ?>> byType;
  private final Tokens.Fields roleFields;

  /** Returns the codecs of {@code version}. */
  static Codecs of(OneRosterVersion version) {
    return version == OneRosterVersion.V1_2 ? V1_2 : V1_1;
  }

  private Codecs(OneRosterVersion version) {
    this.version = version;
    this.v12 = version == OneRosterVersion.V1_2;
    this.roleFields = roleFields();
    List<EntityCodec<?, ?>> codecs =
        new ArrayList<>(
            List.of(
                org(),
                academicSession(),
                course(),
                schoolClass(),
                user(),
                enrollment(),
                demographics(),
                category(),
                lineItem(),
                result()));
    if (v12) {
      codecs.add(scoreScale());
      codecs.add(assessmentLineItem());
      codecs.add(assessmentResult());
    }
    this.all = List.copyOf(codecs);
    Map<Class<?>, EntityCodec<?, ?>> types = new HashMap<>();
    for (EntityCodec<?, ?> codec : codecs) {
      types.put(codec.type(), codec);
    }
    // Looked up for every entity written (its body and its envelope key).
    this.byType = Map.copyOf(types);
  }

  OneRosterVersion version() {
    return version;
  }

  /** Every entity codec of this version. */
  List<EntityCodec<?, ?>> all() {
    return all;
  }

  /** Returns the codec of {@code type}, or null when it is not an entity type of this version. */
  EntityCodec<?, ?> forType(Class<?> type) {
    return byType.get(type);
  }

  // ---- entities ----

  private <E extends OneRosterEntity, B extends EntityBuilder<B>> EntityCodec<E, B> entity(
      Class<E> type,
      String singular,
      String plural,
      Supplier<B> newBuilder,
      Function<B, E> build,
      List<Prop<E, B>> own) {
    return entity(type, singular, plural, newBuilder, build, own, null);
  }

  private <E extends OneRosterEntity, B extends EntityBuilder<B>> EntityCodec<E, B> entity(
      Class<E> type,
      String singular,
      String plural,
      Supplier<B> newBuilder,
      Function<B, E> build,
      List<Prop<E, B>> own,
      EntityCodec.Finisher<B> finisher) {
    List<Prop<E, B>> props = new ArrayList<>(Codecs.<E, B>common());
    props.addAll(own);
    return new EntityCodec<>(type, singular, plural, newBuilder, build, props, finisher);
  }

  /** The members every entity has, in the order both versions write them. */
  static <E extends OneRosterEntity, B extends EntityBuilder<B>> List<Prop<E, B>> common() {
    return List.of(
        Prop.<E, B, String>of(
            "sourcedId",
            E::sourcedId,
            B::sourcedId,
            Codecs::writeString,
            Lenient::text,
            Tokens.Kind.TEXT),
        Prop.<E, B, StatusType>of(
            "status",
            E::status,
            B::status,
            Codecs::writeVocab,
            (node, where) -> Lenient.vocab(node, where, StatusType::of),
            (parser, at) -> Tokens.vocab(parser, at, StatusType::of)),
        Prop.<E, B, Instant>of(
            "dateLastModified",
            E::dateLastModified,
            B::dateLastModified,
            Codecs::writeDateTime,
            Lenient::instant,
            Tokens.Kind.INSTANT),
        Prop.<E, B, Map<String, Object>>of(
            "metadata",
            E::metadata,
            B::metadata,
            Codecs::writeMetadata,
            Codecs::readMetadata,
            Codecs::readMetadata));
  }

  private EntityCodec<Org, Org.Builder> org() {
    return entity(
        Org.class,
        "org",
        "orgs",
        Org::builder,
        Org.Builder::build,
        List.of(
            text("name", Org::name, Org.Builder::name),
            vocab("type", Org::type, Org.Builder::type, OrgType::of),
            text("identifier", Org::identifier, Org.Builder::identifier),
            ref("parent", Org::parent, Org.Builder::parent, GuidRefType.ORG),
            refs("children", Org::children, Org.Builder::children, GuidRefType.ORG)));
  }

  private EntityCodec<AcademicSession, AcademicSession.Builder> academicSession() {
    return entity(
        AcademicSession.class,
        "academicSession",
        "academicSessions",
        AcademicSession::builder,
        AcademicSession.Builder::build,
        List.of(
            text("title", AcademicSession::title, AcademicSession.Builder::title),
            date("startDate", AcademicSession::startDate, AcademicSession.Builder::startDate),
            date("endDate", AcademicSession::endDate, AcademicSession.Builder::endDate),
            vocab("type", AcademicSession::type, AcademicSession.Builder::type, SessionType::of),
            ref(
                "parent",
                AcademicSession::parent,
                AcademicSession.Builder::parent,
                GuidRefType.ACADEMIC_SESSION),
            refs(
                "children",
                AcademicSession::children,
                AcademicSession.Builder::children,
                GuidRefType.ACADEMIC_SESSION),
            text("schoolYear", AcademicSession::schoolYear, AcademicSession.Builder::schoolYear)));
  }

  private EntityCodec<Course, Course.Builder> course() {
    return entity(
        Course.class,
        "course",
        "courses",
        Course::builder,
        Course.Builder::build,
        List.of(
            text("title", Course::title, Course.Builder::title),
            ref(
                "schoolYear",
                Course::schoolYear,
                Course.Builder::schoolYear,
                GuidRefType.ACADEMIC_SESSION),
            text("courseCode", Course::courseCode, Course.Builder::courseCode),
            strings("grades", Course::grades, Course.Builder::grades),
            strings("subjects", Course::subjects, Course.Builder::subjects),
            ref("org", Course::org, Course.Builder::org, GuidRefType.ORG),
            strings("subjectCodes", Course::subjectCodes, Course.Builder::subjectCodes),
            refs("resources", Course::resources, Course.Builder::resources, GuidRefType.RESOURCE)));
  }

  private EntityCodec<SchoolClass, SchoolClass.Builder> schoolClass() {
    return entity(
        SchoolClass.class,
        "class",
        "classes",
        SchoolClass::builder,
        SchoolClass.Builder::build,
        List.of(
            text("title", SchoolClass::title, SchoolClass.Builder::title),
            text("classCode", SchoolClass::classCode, SchoolClass.Builder::classCode),
            vocab(
                "classType", SchoolClass::classType, SchoolClass.Builder::classType, ClassType::of),
            text("location", SchoolClass::location, SchoolClass.Builder::location),
            strings("grades", SchoolClass::grades, SchoolClass.Builder::grades),
            strings("subjects", SchoolClass::subjects, SchoolClass.Builder::subjects),
            ref("course", SchoolClass::course, SchoolClass.Builder::course, GuidRefType.COURSE),
            ref("school", SchoolClass::school, SchoolClass.Builder::school, GuidRefType.ORG),
            refs(
                "terms",
                SchoolClass::terms,
                SchoolClass.Builder::terms,
                GuidRefType.ACADEMIC_SESSION),
            strings("subjectCodes", SchoolClass::subjectCodes, SchoolClass.Builder::subjectCodes),
            strings("periods", SchoolClass::periods, SchoolClass.Builder::periods),
            refs(
                "resources",
                SchoolClass::resources,
                SchoolClass.Builder::resources,
                GuidRefType.RESOURCE)));
  }

  private EntityCodec<User, User.Builder> user() {
    Prop<User, User.Builder> role =
        Prop.<User, User.Builder, RoleType>of(
                "role",
                v12 ? u -> null : Codecs::roleOf,
                User.Builder::role,
                Codecs::writeVocab,
                (node, where) -> Lenient.vocab(node, where, RoleType::of),
                (parser, at) -> Tokens.vocab(parser, at, RoleType::of))
            .slot(ROLE_SLOT);
    Prop<User, User.Builder> orgs =
        Prop.<User, User.Builder, List<GuidRef>>of(
                "orgs",
                v12 ? u -> null : Codecs::orgsOf,
                User.Builder::orgs,
                this::writeRefs11,
                Lenient::refs,
                Tokens.Kind.REFS)
            .slot(ORGS_SLOT);
    Prop<User, User.Builder> roles =
        Prop.<User, User.Builder, List<Role>>of(
                "roles",
                v12 ? Codecs::rolesOf : u -> null,
                User.Builder::roles,
                this::writeRoles,
                this::readRoles,
                this::readRoles)
            .slot(ROLES_SLOT);
    List<Prop<User, User.Builder>> props;
    if (v12) {
      props =
          List.of(
              text(
                  "userMasterIdentifier",
                  User::userMasterIdentifier,
                  User.Builder::userMasterIdentifier),
              text("username", User::username, User.Builder::username),
              Prop.of(
                  "userIds",
                  User::userIds,
                  User.Builder::userIds,
                  Codecs::writeUserIds,
                  Lenient::userIds,
                  Tokens::userIds),
              bool("enabledUser", User::enabledUser, User.Builder::enabledUser),
              text("givenName", User::givenName, User.Builder::givenName),
              text("familyName", User::familyName, User.Builder::familyName),
              text("middleName", User::middleName, User.Builder::middleName),
              text(
                  "preferredFirstName", User::preferredFirstName, User.Builder::preferredFirstName),
              text(
                  "preferredMiddleName",
                  User::preferredMiddleName,
                  User.Builder::preferredMiddleName),
              text("preferredLastName", User::preferredLastName, User.Builder::preferredLastName),
              text("pronouns", User::pronouns, User.Builder::pronouns),
              roles,
              Prop.of(
                  "userProfiles",
                  User::userProfiles,
                  User.Builder::userProfiles,
                  Codecs::writeUserProfiles,
                  Codecs::readUserProfiles,
                  Codecs::readUserProfiles),
              ref("primaryOrg", User::primaryOrg, User.Builder::primaryOrg, GuidRefType.ORG),
              text("identifier", User::identifier, User.Builder::identifier),
              text("email", User::email, User.Builder::email),
              text("sms", User::sms, User.Builder::sms),
              text("phone", User::phone, User.Builder::phone),
              refs("agents", User::agents, User.Builder::agents, GuidRefType.USER),
              strings("grades", User::grades, User.Builder::grades),
              text("password", User::password, User.Builder::password),
              refs("resources", User::resources, User.Builder::resources, GuidRefType.RESOURCE),
              // Read only: a 1.2 provider that still sends the 1.1 members.
              role,
              orgs);
    } else {
      props =
          List.of(
              text("username", User::username, User.Builder::username),
              Prop.of(
                  "userIds",
                  User::userIds,
                  User.Builder::userIds,
                  Codecs::writeUserIds,
                  Lenient::userIds,
                  Tokens::userIds),
              bool("enabledUser", User::enabledUser, User.Builder::enabledUser),
              text("givenName", User::givenName, User.Builder::givenName),
              text("familyName", User::familyName, User.Builder::familyName),
              text("middleName", User::middleName, User.Builder::middleName),
              role,
              text("identifier", User::identifier, User.Builder::identifier),
              text("email", User::email, User.Builder::email),
              text("sms", User::sms, User.Builder::sms),
              text("phone", User::phone, User.Builder::phone),
              refs("agents", User::agents, User.Builder::agents, GuidRefType.USER),
              orgs,
              strings("grades", User::grades, User.Builder::grades),
              text("password", User::password, User.Builder::password),
              // Read only: a 1.1 provider that already sends the 1.2 member.
              roles);
    }
    return entity(
        User.class, "user", "users", User::builder, User.Builder::build, props, Codecs::mapRoles);
  }

  private EntityCodec<Enrollment, Enrollment.Builder> enrollment() {
    return entity(
        Enrollment.class,
        "enrollment",
        "enrollments",
        Enrollment::builder,
        Enrollment.Builder::build,
        List.of(
            ref("user", Enrollment::user, Enrollment.Builder::user, GuidRefType.USER),
            ref(
                "class",
                Enrollment::schoolClass,
                Enrollment.Builder::schoolClass,
                GuidRefType.CLASS),
            ref("school", Enrollment::school, Enrollment.Builder::school, GuidRefType.ORG),
            vocab("role", Enrollment::role, Enrollment.Builder::role, RoleType::of),
            bool("primary", Enrollment::primary, Enrollment.Builder::primary),
            date("beginDate", Enrollment::beginDate, Enrollment.Builder::beginDate),
            date("endDate", Enrollment::endDate, Enrollment.Builder::endDate)));
  }

  private EntityCodec<Demographics, Demographics.Builder> demographics() {
    return entity(
        Demographics.class,
        "demographics",
        "demographics",
        Demographics::builder,
        Demographics.Builder::build,
        List.of(
            date("birthDate", Demographics::birthDate, Demographics.Builder::birthDate),
            vocab("sex", Demographics::sex, Demographics.Builder::sex, Gender::of),
            bool(
                "americanIndianOrAlaskaNative",
                Demographics::americanIndianOrAlaskaNative,
                Demographics.Builder::americanIndianOrAlaskaNative),
            bool("asian", Demographics::asian, Demographics.Builder::asian),
            bool(
                "blackOrAfricanAmerican",
                Demographics::blackOrAfricanAmerican,
                Demographics.Builder::blackOrAfricanAmerican),
            bool(
                "nativeHawaiianOrOtherPacificIslander",
                Demographics::nativeHawaiianOrOtherPacificIslander,
                Demographics.Builder::nativeHawaiianOrOtherPacificIslander),
            bool("white", Demographics::white, Demographics.Builder::white),
            bool(
                "demographicRaceTwoOrMoreRaces",
                Demographics::demographicRaceTwoOrMoreRaces,
                Demographics.Builder::demographicRaceTwoOrMoreRaces),
            bool(
                "hispanicOrLatinoEthnicity",
                Demographics::hispanicOrLatinoEthnicity,
                Demographics.Builder::hispanicOrLatinoEthnicity),
            text(
                "countryOfBirthCode",
                Demographics::countryOfBirthCode,
                Demographics.Builder::countryOfBirthCode),
            text(
                "stateOfBirthAbbreviation",
                Demographics::stateOfBirthAbbreviation,
                Demographics.Builder::stateOfBirthAbbreviation),
            text("cityOfBirth", Demographics::cityOfBirth, Demographics.Builder::cityOfBirth),
            text(
                "publicSchoolResidenceStatus",
                Demographics::publicSchoolResidenceStatus,
                Demographics.Builder::publicSchoolResidenceStatus)));
  }

  private EntityCodec<Category, Category.Builder> category() {
    List<Prop<Category, Category.Builder>> props =
        new ArrayList<>(List.of(text("title", Category::title, Category.Builder::title)));
    if (v12) {
      props.add(number("weight", Category::weight, Category.Builder::weight));
    }
    return entity(
        Category.class,
        "category",
        "categories",
        Category::builder,
        Category.Builder::build,
        props);
  }

  private EntityCodec<LineItem, LineItem.Builder> lineItem() {
    List<Prop<LineItem, LineItem.Builder>> props = new ArrayList<>();
    props.add(text("title", LineItem::title, LineItem.Builder::title));
    props.add(text("description", LineItem::description, LineItem.Builder::description));
    props.add(dateTime("assignDate", LineItem::assignDate, LineItem.Builder::assignDate));
    props.add(dateTime("dueDate", LineItem::dueDate, LineItem.Builder::dueDate));
    props.add(
        ref("class", LineItem::schoolClass, LineItem.Builder::schoolClass, GuidRefType.CLASS));
    if (v12) {
      props.add(ref("school", LineItem::school, LineItem.Builder::school, GuidRefType.ORG));
    }
    props.add(
        ref("category", LineItem::category, LineItem.Builder::category, GuidRefType.CATEGORY));
    props.add(
        ref(
            "gradingPeriod",
            LineItem::gradingPeriod,
            LineItem.Builder::gradingPeriod,
            GuidRefType.ACADEMIC_SESSION));
    if (v12) {
      props.add(
          ref(
              "academicSession",
              LineItem::academicSession,
              LineItem.Builder::academicSession,
              GuidRefType.ACADEMIC_SESSION));
      props.add(
          ref(
              "scoreScale",
              LineItem::scoreScale,
              LineItem.Builder::scoreScale,
              GuidRefType.SCORE_SCALE));
    }
    props.add(number("resultValueMin", LineItem::resultValueMin, LineItem.Builder::resultValueMin));
    props.add(number("resultValueMax", LineItem::resultValueMax, LineItem.Builder::resultValueMax));
    if (v12) {
      props.add(
          Prop.of(
              "learningObjectiveSet",
              LineItem::learningObjectiveSet,
              LineItem.Builder::learningObjectiveSet,
              Codecs::writeObjectiveSets,
              Codecs::readObjectiveSets,
              Codecs::readObjectiveSets));
    }
    return entity(
        LineItem.class, "lineItem", "lineItems", LineItem::builder, LineItem.Builder::build, props);
  }

  private EntityCodec<Result, Result.Builder> result() {
    List<Prop<Result, Result.Builder>> props = new ArrayList<>();
    props.add(ref("lineItem", Result::lineItem, Result.Builder::lineItem, GuidRefType.LINE_ITEM));
    props.add(ref("student", Result::student, Result.Builder::student, GuidRefType.USER));
    if (v12) {
      props.add(ref("class", Result::schoolClass, Result.Builder::schoolClass, GuidRefType.CLASS));
      props.add(
          ref(
              "scoreScale",
              Result::scoreScale,
              Result.Builder::scoreScale,
              GuidRefType.SCORE_SCALE));
    }
    props.add(
        vocab("scoreStatus", Result::scoreStatus, Result.Builder::scoreStatus, ScoreStatus::of));
    props.add(number("score", Result::score, Result.Builder::score));
    if (v12) {
      props.add(text("textScore", Result::textScore, Result.Builder::textScore));
    }
    props.add(date("scoreDate", Result::scoreDate, Result.Builder::scoreDate));
    props.add(text("comment", Result::comment, Result.Builder::comment));
    if (v12) {
      props.add(
          Prop.of(
              "learningObjectiveSet",
              Result::learningObjectiveSet,
              Result.Builder::learningObjectiveSet,
              Codecs::writeObjectiveResultSets,
              Codecs::readObjectiveResultSets,
              Codecs::readObjectiveResultSets));
      props.add(bool("inProgress", Result::inProgress, Result.Builder::inProgress));
      props.add(bool("incomplete", Result::incomplete, Result.Builder::incomplete));
      props.add(bool("late", Result::late, Result.Builder::late));
      props.add(bool("missing", Result::missing, Result.Builder::missing));
    }
    return entity(Result.class, "result", "results", Result::builder, Result.Builder::build, props);
  }

  private EntityCodec<ScoreScale, ScoreScale.Builder> scoreScale() {
    return entity(
        ScoreScale.class,
        "scoreScale",
        "scoreScales",
        ScoreScale::builder,
        ScoreScale.Builder::build,
        List.of(
            text("title", ScoreScale::title, ScoreScale.Builder::title),
            text("type", ScoreScale::type, ScoreScale.Builder::type),
            ref("course", ScoreScale::course, ScoreScale.Builder::course, GuidRefType.COURSE),
            ref(
                "class",
                ScoreScale::schoolClass,
                ScoreScale.Builder::schoolClass,
                GuidRefType.CLASS),
            Prop.of(
                "scoreScaleValue",
                ScoreScale::scoreScaleValue,
                ScoreScale.Builder::scoreScaleValue,
                Codecs::writeScoreScaleValues,
                Codecs::readScoreScaleValues,
                Codecs::readScoreScaleValues)));
  }

  /** OneRoster 1.2 only; members in the order of {@code AssessmentLineItemDType}. */
  private EntityCodec<AssessmentLineItem, AssessmentLineItem.Builder> assessmentLineItem() {
    return entity(
        AssessmentLineItem.class,
        "assessmentLineItem",
        "assessmentLineItems",
        AssessmentLineItem::builder,
        AssessmentLineItem.Builder::build,
        List.of(
            text("title", AssessmentLineItem::title, AssessmentLineItem.Builder::title),
            text(
                "description",
                AssessmentLineItem::description,
                AssessmentLineItem.Builder::description),
            ref(
                "class",
                AssessmentLineItem::schoolClass,
                AssessmentLineItem.Builder::schoolClass,
                GuidRefType.CLASS),
            ref(
                "parentAssessmentLineItem",
                AssessmentLineItem::parentAssessmentLineItem,
                AssessmentLineItem.Builder::parentAssessmentLineItem,
                GuidRefType.ASSESSMENT_LINE_ITEM),
            ref(
                "scoreScale",
                AssessmentLineItem::scoreScale,
                AssessmentLineItem.Builder::scoreScale,
                GuidRefType.SCORE_SCALE),
            number(
                "resultValueMin",
                AssessmentLineItem::resultValueMin,
                AssessmentLineItem.Builder::resultValueMin),
            number(
                "resultValueMax",
                AssessmentLineItem::resultValueMax,
                AssessmentLineItem.Builder::resultValueMax),
            Prop.of(
                "learningObjectiveSet",
                AssessmentLineItem::learningObjectiveSet,
                AssessmentLineItem.Builder::learningObjectiveSet,
                Codecs::writeObjectiveSets,
                Codecs::readObjectiveSets,
                Codecs::readObjectiveSets)));
  }

  /** OneRoster 1.2 only; members in the order of {@code AssessmentResultDType}. */
  private EntityCodec<AssessmentResult, AssessmentResult.Builder> assessmentResult() {
    return entity(
        AssessmentResult.class,
        "assessmentResult",
        "assessmentResults",
        AssessmentResult::builder,
        AssessmentResult.Builder::build,
        List.of(
            ref(
                "assessmentLineItem",
                AssessmentResult::assessmentLineItem,
                AssessmentResult.Builder::assessmentLineItem,
                GuidRefType.ASSESSMENT_LINE_ITEM),
            ref(
                "student",
                AssessmentResult::student,
                AssessmentResult.Builder::student,
                GuidRefType.USER),
            number("score", AssessmentResult::score, AssessmentResult.Builder::score),
            text("textScore", AssessmentResult::textScore, AssessmentResult.Builder::textScore),
            date("scoreDate", AssessmentResult::scoreDate, AssessmentResult.Builder::scoreDate),
            ref(
                "scoreScale",
                AssessmentResult::scoreScale,
                AssessmentResult.Builder::scoreScale,
                GuidRefType.SCORE_SCALE),
            number(
                "scorePercentile",
                AssessmentResult::scorePercentile,
                AssessmentResult.Builder::scorePercentile),
            vocab(
                "scoreStatus",
                AssessmentResult::scoreStatus,
                AssessmentResult.Builder::scoreStatus,
                ScoreStatus::of),
            text("comment", AssessmentResult::comment, AssessmentResult.Builder::comment),
            Prop.of(
                "learningObjectiveSet",
                AssessmentResult::learningObjectiveSet,
                AssessmentResult.Builder::learningObjectiveSet,
                Codecs::writeObjectiveResultSets,
                Codecs::readObjectiveResultSets,
                Codecs::readObjectiveResultSets),
            bool("inProgress", AssessmentResult::inProgress, AssessmentResult.Builder::inProgress),
            bool("incomplete", AssessmentResult::incomplete, AssessmentResult.Builder::incomplete),
            bool("late", AssessmentResult::late, AssessmentResult.Builder::late),
            bool("missing", AssessmentResult::missing, AssessmentResult.Builder::missing)));
  }

  // ---- member kinds ----

  private static <E, B> Prop<E, B> text(
      String name, Function<E, String> getter, BiConsumer<B, String> setter) {
    return Prop.of(name, getter, setter, Codecs::writeString, Lenient::text, Tokens.Kind.TEXT);
  }

  private static <E, B> Prop<E, B> strings(
      String name, Function<E, List<String>> getter, BiConsumer<B, List<String>> setter) {
    return Prop.of(
        name, getter, setter, Codecs::writeStrings, Lenient::strings, Tokens.Kind.STRINGS);
  }

  private static <E, B, V> Prop<E, B> vocab(
      String name, Function<E, V> getter, BiConsumer<B, V> setter, Function<String, V> of) {
    return Prop.of(
        name,
        getter,
        setter,
        Codecs::writeVocab,
        (node, where) -> Lenient.vocab(node, where, of),
        (parser, at) -> Tokens.vocab(parser, at, of));
  }

  private static <E, B> Prop<E, B> number(
      String name, Function<E, Double> getter, BiConsumer<B, Double> setter) {
    return Prop.of(name, getter, setter, Codecs::writeNumber, Lenient::number, Tokens.Kind.NUMBER);
  }

  private static <E, B> Prop<E, B> dateTime(
      String name, Function<E, Instant> getter, BiConsumer<B, Instant> setter) {
    return Prop.of(
        name, getter, setter, Codecs::writeDateTime, Lenient::instant, Tokens.Kind.INSTANT);
  }

  /** A date member; 1.2 reads a date-time as its UTC date, 1.1 as its date in its own offset. */
  private <E, B> Prop<E, B> date(
      String name, Function<E, LocalDate> getter, BiConsumer<B, LocalDate> setter) {
    return Prop.of(
        name,
        getter,
        setter,
        Codecs::writeDate,
        v12 ? Lenient::utcDate : Lenient::date,
        v12 ? Tokens.Kind.UTC_DATE : Tokens.Kind.DATE);
  }

  /** A boolean member: a JSON boolean in 1.1, the string "true" or "false" in 1.2. */
  private <E, B> Prop<E, B> bool(
      String name, Function<E, Boolean> getter, BiConsumer<B, Boolean> setter) {
    return Prop.of(
        name,
        getter,
        setter,
        v12 ? Codecs::writeBooleanString : Codecs::writeBoolean,
        Lenient::bool,
        Tokens.Kind.BOOL);
  }

  /**
   * A reference member. 1.1 writes the type the reference holds; 1.2 writes {@code type12}, the one
   * type its schema allows for the member.
   */
  private <E, B> Prop<E, B> ref(
      String name, Function<E, GuidRef> getter, BiConsumer<B, GuidRef> setter, GuidRefType type12) {
    Prop.Writer<GuidRef> writer =
        v12 ? (g, ref, hrefs) -> writeRef(g, ref, hrefs, type12) : Codecs::writeRef;
    return Prop.of(name, getter, setter, writer, Lenient::ref, Tokens.Kind.REF);
  }

  private <E, B> Prop<E, B> refs(
      String name,
      Function<E, List<GuidRef>> getter,
      BiConsumer<B, List<GuidRef>> setter,
      GuidRefType type12) {
    Prop.Writer<List<GuidRef>> writer =
        v12 ? (g, refs, hrefs) -> writeRefs(g, refs, hrefs, type12) : Codecs::writeRefs;
    return Prop.of(name, getter, setter, writer, Lenient::refs, Tokens.Kind.REFS);
  }

  private void writeRefs11(JsonGenerator generator, List<GuidRef> refs, boolean hrefs)
      throws IOException {
    writeRefs(generator, refs, hrefs);
  }

  // ---- users: role and orgs (1.1) versus roles (1.2) ----

  /** The 1.1 role to write: the user's role, else the primary role's. */
  private static RoleType roleOf(User user) {
    return user.role() != null ? user.role() : primaryRole(user.roles());
  }

  /** The 1.1 orgs to write: the user's orgs, else the orgs of its roles. */
  private static List<GuidRef> orgsOf(User user) {
    return !user.orgs().isEmpty() ? user.orgs() : orgsOfRoles(user.roles());
  }

  /** The 1.2 roles to write: the user's roles, else one primary role per org of a 1.1 user. */
  private static List<Role> rolesOf(User user) {
    return !user.roles().isEmpty() ? user.roles() : rolesFrom(user.role(), user.orgs());
  }

  /**
   * Makes users read from either version look the same: a user with {@code role}/{@code orgs} and
   * no {@code roles} gets one primary role per org; a user with {@code roles} gets {@code role}
   * (the first primary role) and {@code orgs} (the roles' orgs) where they are missing.
   */
  @SuppressWarnings("unchecked")
  private static void mapRoles(User.Builder builder, Object[] slots) {
    RoleType role = (RoleType) slots[ROLE_SLOT];
    List<GuidRef> orgs = (List<GuidRef>) slots[ORGS_SLOT];
    List<Role> roles = (List<Role>) slots[ROLES_SLOT];
    if (roles == null || roles.isEmpty()) {
      List<Role> derived = rolesFrom(role, orgs == null ? List.of() : orgs);
      if (!derived.isEmpty()) {
        builder.roles(derived);
      }
      return;
    }
    if (role == null) {
      builder.role(primaryRole(roles));
    }
    if (orgs == null || orgs.isEmpty()) {
      builder.orgs(orgsOfRoles(roles));
    }
  }

  /** One primary role per org; with a role but no org, one primary role without an org. */
  static List<Role> rolesFrom(RoleType role, List<GuidRef> orgs) {
    if (role == null) {
      return List.of();
    }
    if (orgs.isEmpty()) {
      return List.of(Role.primary(role, null));
    }
    List<Role> roles = new ArrayList<>(orgs.size());
    for (GuidRef org : orgs) {
      roles.add(Role.primary(role, org));
    }
    return roles;
  }

  /** The role of the first primary role, else of the first role; null when there is none. */
  static RoleType primaryRole(List<Role> roles) {
    for (Role role : roles) {
      if (RoleKind.PRIMARY.equals(role.roleType()) && role.role() != null) {
        return role.role();
      }
    }
    for (Role role : roles) {
      if (role.role() != null) {
        return role.role();
      }
    }
    return null;
  }

  /** The distinct orgs of {@code roles}, in order. */
  static List<GuidRef> orgsOfRoles(List<Role> roles) {
    Set<GuidRef> orgs = new LinkedHashSet<>();
    for (Role role : roles) {
      if (role.org() != null) {
        orgs.add(role.org());
      }
    }
    return List.copyOf(orgs);
  }

  private void writeRoles(JsonGenerator generator, List<Role> roles, boolean hrefs)
      throws IOException {
    generator.writeStartArray();
    for (Role role : roles) {
      generator.writeStartObject();
      if (role.roleType() != null) {
        generator.writeStringField("roleType", role.roleType().value());
      }
      if (role.role() != null) {
        generator.writeStringField("role", role.role().value());
      }
      if (role.org() != null) {
        generator.writeFieldName("org");
        writeRef(generator, role.org(), hrefs, GuidRefType.ORG);
      }
      if (role.userProfile() != null) {
        generator.writeStringField("userProfile", role.userProfile());
      }
      if (role.beginDate() != null) {
        generator.writeStringField("beginDate", role.beginDate().toString());
      }
      if (role.endDate() != null) {
        generator.writeStringField("endDate", role.endDate().toString());
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  private List<Role> readRoles(JsonNode node, String where) {
    return Lenient.list(
        node,
        where,
        (element, at) -> {
          if (!element.isObject()) {
            throw Lenient.mismatch(at, "a role object {\"roleType\",\"role\",\"org\"}", element);
          }
          return Role.builder()
              .roleType(
                  Lenient.vocab(Lenient.field(element, "roleType"), at + ".roleType", RoleKind::of))
              .role(Lenient.vocab(Lenient.field(element, "role"), at + ".role", RoleType::of))
              .org(Lenient.ref(Lenient.field(element, "org"), at + ".org"))
              .userProfile(Lenient.text(Lenient.field(element, "userProfile"), at + ".userProfile"))
              .beginDate(dateReader().read(Lenient.field(element, "beginDate"), at + ".beginDate"))
              .endDate(dateReader().read(Lenient.field(element, "endDate"), at + ".endDate"))
              .build();
        });
  }

  private Lenient.ElementReader<LocalDate> dateReader() {
    return v12 ? Lenient::utcDate : Lenient::date;
  }

  /** The members of a role object, in the order {@link #readRoles(JsonNode, String)} reads them. */
  private Tokens.Fields roleFields() {
    Tokens.Reader<LocalDate> date = v12 ? Tokens::utcDate : Tokens::date;
    return Tokens.Fields.of()
        .with("roleType", (p, at) -> Tokens.vocab(p, at, RoleKind::of))
        .with("role", (p, at) -> Tokens.vocab(p, at, RoleType::of))
        .with("org", Tokens::ref)
        .with("userProfile", Tokens::text)
        .with("beginDate", date)
        .with("endDate", date);
  }

  private List<Role> readRoles(JsonParser parser, Path at) throws IOException {
    return Tokens.objects(
        parser,
        at,
        roleFields,
        "a role object {\"roleType\",\"role\",\"org\"}",
        kept ->
            Role.builder()
                .roleType((RoleKind) Tokens.value(kept[0]))
                .role((RoleType) Tokens.value(kept[1]))
                .org((GuidRef) Tokens.value(kept[2]))
                .userProfile((String) Tokens.value(kept[3]))
                .beginDate((LocalDate) Tokens.value(kept[4]))
                .endDate((LocalDate) Tokens.value(kept[5]))
                .build());
  }

  // ---- 1.2 value types ----

  static void writeUserProfiles(JsonGenerator generator, List<UserProfile> profiles, boolean hrefs)
      throws IOException {
    generator.writeStartArray();
    for (UserProfile profile : profiles) {
      generator.writeStartObject();
      stringField(generator, "profileId", profile.profileId());
      stringField(generator, "profileType", profile.profileType());
      stringField(generator, "vendorId", profile.vendorId());
      stringField(generator, "applicationId", profile.applicationId());
      stringField(generator, "description", profile.description());
      if (!profile.credentials().isEmpty()) {
        generator.writeArrayFieldStart("credentials");
        for (Credential credential : profile.credentials()) {
          generator.writeStartObject();
          stringField(generator, "type", credential.type());
          stringField(generator, "username", credential.username());
          stringField(generator, "password", credential.password());
          generator.writeEndObject();
        }
        generator.writeEndArray();
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  static List<UserProfile> readUserProfiles(JsonNode node, String where) {
    return Lenient.list(
        node,
        where,
        (element, at) -> {
          if (!element.isObject()) {
            throw Lenient.mismatch(at, "a user profile object", element);
          }
          return UserProfile.builder()
              .profileId(Lenient.text(Lenient.field(element, "profileId"), at + ".profileId"))
              .profileType(Lenient.text(Lenient.field(element, "profileType"), at + ".profileType"))
              .vendorId(Lenient.text(Lenient.field(element, "vendorId"), at + ".vendorId"))
              .applicationId(
                  Lenient.text(Lenient.field(element, "applicationId"), at + ".applicationId"))
              .description(Lenient.text(Lenient.field(element, "description"), at + ".description"))
              .credentials(
                  Lenient.list(
                      Lenient.field(element, "credentials"),
                      at + ".credentials",
                      (c, cat) -> {
                        if (!c.isObject()) {
                          throw Lenient.mismatch(cat, "a credential object", c);
                        }
                        return Credential.builder()
                            .type(Lenient.text(Lenient.field(c, "type"), cat + ".type"))
                            .username(Lenient.text(Lenient.field(c, "username"), cat + ".username"))
                            .password(Lenient.text(Lenient.field(c, "password"), cat + ".password"))
                            .build();
                      }))
              .build();
        });
  }

  private static final Tokens.Fields CREDENTIAL =
      Tokens.Fields.of()
          .with("type", Tokens::text)
          .with("username", Tokens::text)
          .with("password", Tokens::text);

  private static final Tokens.Fields USER_PROFILE =
      Tokens.Fields.of()
          .with("profileId", Tokens::text)
          .with("profileType", Tokens::text)
          .with("vendorId", Tokens::text)
          .with("applicationId", Tokens::text)
          .with("description", Tokens::text)
          .with(
              "credentials",
              (p, at) ->
                  Tokens.objects(
                      p,
                      at,
                      CREDENTIAL,
                      "a credential object",
                      kept ->
                          Credential.builder()
                              .type((String) Tokens.value(kept[0]))
                              .username((String) Tokens.value(kept[1]))
                              .password((String) Tokens.value(kept[2]))
                              .build()));

  static List<UserProfile> readUserProfiles(JsonParser parser, Path at) throws IOException {
    return Tokens.objects(
        parser,
        at,
        USER_PROFILE,
        "a user profile object",
        kept ->
            UserProfile.builder()
                .profileId((String) Tokens.value(kept[0]))
                .profileType((String) Tokens.value(kept[1]))
                .vendorId((String) Tokens.value(kept[2]))
                .applicationId((String) Tokens.value(kept[3]))
                .description((String) Tokens.value(kept[4]))
                .credentials(listValue(kept[5]))
                .build());
  }

  /** A list kept by {@link Tokens.Fields#read}: an absent member is an empty list. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> listValue(Object kept) {
    Object value = Tokens.value(kept);
    return value == null ? List.of() : (List<T>) value;
  }

  static void writeObjectiveSets(
      JsonGenerator generator, List<LearningObjectiveSet> sets, boolean hrefs) throws IOException {
    generator.writeStartArray();
    for (LearningObjectiveSet set : sets) {
      generator.writeStartObject();
      stringField(generator, "source", set.source());
      generator.writeFieldName("learningObjectiveIds");
      writeStrings(generator, set.learningObjectiveIds(), hrefs);
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  static List<LearningObjectiveSet> readObjectiveSets(JsonNode node, String where) {
    return Lenient.list(
        node,
        where,
        (element, at) -> {
          if (!element.isObject()) {
            throw Lenient.mismatch(at, "a learning objective set object", element);
          }
          return LearningObjectiveSet.builder()
              .source(Lenient.text(Lenient.field(element, "source"), at + ".source"))
              .learningObjectiveIds(
                  Lenient.strings(
                      Lenient.field(element, "learningObjectiveIds"), at + ".learningObjectiveIds"))
              .build();
        });
  }

  private static final Tokens.Fields OBJECTIVE_SET =
      Tokens.Fields.of().with("source", Tokens::text).with("learningObjectiveIds", Tokens::strings);

  static List<LearningObjectiveSet> readObjectiveSets(JsonParser parser, Path at)
      throws IOException {
    return Tokens.objects(
        parser,
        at,
        OBJECTIVE_SET,
        "a learning objective set object",
        kept ->
            LearningObjectiveSet.builder()
                .source((String) Tokens.value(kept[0]))
                .learningObjectiveIds(listValue(kept[1]))
                .build());
  }

  static void writeObjectiveResultSets(
      JsonGenerator generator, List<LearningObjectiveResultSet> sets, boolean hrefs)
      throws IOException {
    generator.writeStartArray();
    for (LearningObjectiveResultSet set : sets) {
      generator.writeStartObject();
      stringField(generator, "source", set.source());
      generator.writeArrayFieldStart("learningObjectiveResults");
      for (LearningObjectiveResult result : set.learningObjectiveResults()) {
        generator.writeStartObject();
        stringField(generator, "learningObjectiveId", result.learningObjectiveId());
        if (result.score() != null) {
          generator.writeFieldName("score");
          writeNumber(generator, result.score(), hrefs);
        }
        stringField(generator, "textScore", result.textScore());
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  static List<LearningObjectiveResultSet> readObjectiveResultSets(JsonNode node, String where) {
    return Lenient.list(
        node,
        where,
        (element, at) -> {
          if (!element.isObject()) {
            throw Lenient.mismatch(at, "a learning objective result set object", element);
          }
          return LearningObjectiveResultSet.builder()
              .source(Lenient.text(Lenient.field(element, "source"), at + ".source"))
              .learningObjectiveResults(
                  Lenient.list(
                      Lenient.field(element, "learningObjectiveResults"),
                      at + ".learningObjectiveResults",
                      (r, rat) -> {
                        if (!r.isObject()) {
                          throw Lenient.mismatch(rat, "a learning objective result object", r);
                        }
                        return LearningObjectiveResult.builder()
                            .learningObjectiveId(
                                Lenient.text(
                                    Lenient.field(r, "learningObjectiveId"),
                                    rat + ".learningObjectiveId"))
                            .score(Lenient.number(Lenient.field(r, "score"), rat + ".score"))
                            .textScore(
                                Lenient.text(Lenient.field(r, "textScore"), rat + ".textScore"))
                            .build();
                      }))
              .build();
        });
  }

  private static final Tokens.Fields OBJECTIVE_RESULT =
      Tokens.Fields.of()
          .with("learningObjectiveId", Tokens::text)
          .with("score", Tokens::number)
          .with("textScore", Tokens::text);

  private static final Tokens.Fields OBJECTIVE_RESULT_SET =
      Tokens.Fields.of()
          .with("source", Tokens::text)
          .with(
              "learningObjectiveResults",
              (p, at) ->
                  Tokens.objects(
                      p,
                      at,
                      OBJECTIVE_RESULT,
                      "a learning objective result object",
                      kept ->
                          LearningObjectiveResult.builder()
                              .learningObjectiveId((String) Tokens.value(kept[0]))
                              .score((Double) Tokens.value(kept[1]))
                              .textScore((String) Tokens.value(kept[2]))
                              .build()));

  static List<LearningObjectiveResultSet> readObjectiveResultSets(JsonParser parser, Path at)
      throws IOException {
    return Tokens.objects(
        parser,
        at,
        OBJECTIVE_RESULT_SET,
        "a learning objective result set object",
        kept ->
            LearningObjectiveResultSet.builder()
                .source((String) Tokens.value(kept[0]))
                .learningObjectiveResults(listValue(kept[1]))
                .build());
  }

  static void writeScoreScaleValues(
      JsonGenerator generator, List<ScoreScaleValue> values, boolean hrefs) throws IOException {
    generator.writeStartArray();
    for (ScoreScaleValue value : values) {
      generator.writeStartObject();
      stringField(generator, "itemValueLHS", value.itemValueLHS());
      stringField(generator, "itemValueRHS", value.itemValueRHS());
      generator.writeEndObject();
    }
    generator.writeEndArray();
  }

  static List<ScoreScaleValue> readScoreScaleValues(JsonNode node, String where) {
    return Lenient.list(
        node,
        where,
        (element, at) -> {
          if (!element.isObject()) {
            throw Lenient.mismatch(at, "an object {\"itemValueLHS\",\"itemValueRHS\"}", element);
          }
          return ScoreScaleValue.builder()
              .itemValueLHS(
                  Lenient.text(Lenient.field(element, "itemValueLHS"), at + ".itemValueLHS"))
              .itemValueRHS(
                  Lenient.text(Lenient.field(element, "itemValueRHS"), at + ".itemValueRHS"))
              .build();
        });
  }

  private static final Tokens.Fields SCORE_SCALE_VALUE =
      Tokens.Fields.of().with("itemValueLHS", Tokens::text).with("itemValueRHS", Tokens::text);

  static List<ScoreScaleValue> readScoreScaleValues(JsonParser parser, Path at) throws IOException {
    return Tokens.objects(
        parser,
        at,
        SCORE_SCALE_VALUE,
        "an object {\"itemValueLHS\",\"itemValueRHS\"}",
        kept ->
            ScoreScaleValue.builder()
                .itemValueLHS((String) Tokens.value(kept[0]))
                .itemValueRHS((String) Tokens.value(kept[1]))
                .build());
  }

  private static void stringField(JsonGenerator generator, String name, String value)
      throws IOException {
    if (value != null) {
      generator.writeStringField(name, value);
    }
  }

  // ---- shared value writers ----

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

  /** Writes the string {@code "true"} or {@code "false"}, as OneRoster 1.2 declares booleans. */
  static void writeBooleanString(JsonGenerator generator, Boolean value, boolean hrefs)
      throws IOException {
    generator.writeString(value ? "true" : "false");
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

  /** Writes a reference: href (when set and wanted), sourcedId, and its type when it has one. */
  static void writeRef(JsonGenerator generator, GuidRef ref, boolean hrefs) throws IOException {
    writeRef(generator, ref, hrefs, ref.type() == null ? null : ref.type().value());
  }

  /**
   * Writes a OneRoster 1.2 reference: href (when set and wanted), sourcedId, and {@code type}, the
   * one type the member's schema allows, whatever type the reference holds.
   */
  static void writeRef(JsonGenerator generator, GuidRef ref, boolean hrefs, GuidRefType type)
      throws IOException {
    writeRef(generator, ref, hrefs, type.value());
  }

  private static void writeRef(JsonGenerator generator, GuidRef ref, boolean hrefs, String type)
      throws IOException {
    generator.writeStartObject();
    if (hrefs && ref.href() != null) {
      generator.writeFieldName(HREF);
      generator.writeString(ref.href());
    }
    generator.writeFieldName(SOURCED_ID);
    generator.writeString(ref.sourcedId());
    if (type != null) {
      generator.writeFieldName(TYPE);
      generator.writeString(type);
    }
    generator.writeEndObject();
  }

  static void writeRefs(
      JsonGenerator generator, List<GuidRef> refs, boolean hrefs, GuidRefType type)
      throws IOException {
    generator.writeStartArray();
    for (GuidRef ref : refs) {
      writeRef(generator, ref, hrefs, type);
    }
    generator.writeEndArray();
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

  static Map<String, Object> readMetadata(JsonParser parser, Path at) throws IOException {
    return Tokens.metadata(parser, PLAIN);
  }
}
