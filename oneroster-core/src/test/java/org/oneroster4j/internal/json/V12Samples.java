package org.oneroster4j.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.AssessmentLineItem;
import org.oneroster4j.model.AssessmentResult;
import org.oneroster4j.model.Category;
import org.oneroster4j.model.ClassType;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Credential;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
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

/** One fully populated entity of each type, as a OneRoster 1.2 provider would hold it. */
final class V12Samples {
  static final Instant MODIFIED = Instant.parse("2027-01-15T10:20:30.123Z");

  private V12Samples() {}

  /** Every sample, keyed by its JSON envelope key (also the golden file's name). */
  static Map<String, OneRosterEntity> all() {
    return Map.ofEntries(
        Map.entry("org", org()),
        Map.entry("academicSession", session()),
        Map.entry("course", course()),
        Map.entry("class", schoolClass()),
        Map.entry("user", user()),
        Map.entry("enrollment", enrollment()),
        Map.entry("demographics", demographics()),
        Map.entry("category", category()),
        Map.entry("lineItem", lineItem()),
        Map.entry("result", result()),
        Map.entry("scoreScale", scoreScale()),
        Map.entry("assessmentLineItem", assessmentLineItem()),
        Map.entry("assessmentResult", assessmentResult()));
  }

  static Org org() {
    return Org.builder()
        .sourcedId("sch-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .metadata("ic", Map.of("legacySourcedId", "s-77"))
        .name("Lincoln High")
        .type(OrgType.SCHOOL)
        .identifier("LHS")
        .parent(GuidRef.of("dist-1", GuidRefType.ORG))
        .children(List.of(GuidRef.of("dept-1", GuidRefType.ORG)))
        .build();
  }

  static AcademicSession session() {
    return AcademicSession.builder()
        .sourcedId("term-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .title("Fall 2026")
        .startDate(LocalDate.parse("2026-08-20"))
        .endDate(LocalDate.parse("2026-12-20"))
        .type(SessionType.TERM)
        // 1.1 type names become academicSession on the 1.2 wire.
        .parent(GuidRef.of("sy-2027", GuidRefType.TERM))
        .children(List.of(GuidRef.of("gp-1", GuidRefType.GRADING_PERIOD)))
        .schoolYear("2027")
        .build();
  }

  static Course course() {
    return Course.builder()
        .sourcedId("crs-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .title("Algebra I")
        .schoolYear(GuidRef.of("sy-2027", GuidRefType.ACADEMIC_SESSION))
        .courseCode("ALG1")
        .grades(List.of("09"))
        .subjects(List.of("Mathematics"))
        .org(GuidRef.of("sch-1", GuidRefType.ORG))
        .subjectCodes(List.of("02052"))
        .resources(List.of(GuidRef.of("res-1", GuidRefType.RESOURCE)))
        .build();
  }

  static SchoolClass schoolClass() {
    return SchoolClass.builder()
        .sourcedId("cls-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .title("Algebra I - P1")
        .classCode("ALG1-1")
        .classType(ClassType.SCHEDULED)
        .location("Room 12")
        .grades(List.of("09"))
        .subjects(List.of("Mathematics"))
        .course(GuidRef.of("crs-1", GuidRefType.COURSE))
        .school(GuidRef.of("sch-1", GuidRefType.ORG))
        .terms(List.of(GuidRef.of("term-1", GuidRefType.TERM)))
        .subjectCodes(List.of("02052"))
        .periods(List.of("1"))
        .resources(List.of(GuidRef.of("res-1", GuidRefType.RESOURCE)))
        .build();
  }

  static User user() {
    GuidRef school = GuidRef.of("sch-1", GuidRefType.ORG);
    GuidRef district = GuidRef.of("dist-1", GuidRefType.ORG);
    return User.builder()
        .sourcedId("u-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .userMasterIdentifier("M-100")
        .username("kim")
        .userIds(List.of(UserId.of("LDAP", "kim01")))
        .enabledUser(true)
        .givenName("Kim")
        .familyName("Lee")
        .middleName("J")
        .preferredFirstName("Kimmy")
        .preferredMiddleName("Jo")
        .preferredLastName("Li")
        .pronouns("she/her")
        .roles(
            List.of(
                Role.builder()
                    .roleType(RoleKind.PRIMARY)
                    .role(RoleType.TEACHER)
                    .org(school)
                    .userProfile("https://idp.example/profiles/kim")
                    .beginDate(LocalDate.parse("2026-08-01"))
                    .endDate(LocalDate.parse("2027-06-30"))
                    .build(),
                Role.builder()
                    .roleType(RoleKind.SECONDARY)
                    .role(RoleType.COUNSELOR)
                    .org(school)
                    .build(),
                Role.primary(RoleType.DISTRICT_ADMINISTRATOR, district)))
        .userProfiles(
            List.of(
                UserProfile.builder()
                    .profileId("https://idp.example/profiles/kim")
                    .profileType("lms")
                    .vendorId("acme")
                    .applicationId("gradebook")
                    .description("LMS login")
                    .credentials(
                        List.of(
                            Credential.builder()
                                .type("password")
                                .username("kim")
                                .password("hunter2")
                                .build()))
                    .build()))
        .primaryOrg(school)
        .identifier("T100")
        .email("kim@district.org")
        .sms("+15550001")
        .phone("+15550002")
        .agents(List.of(GuidRef.of("u-9", GuidRefType.STUDENT)))
        .grades(List.of("09"))
        .password("s3cret")
        .resources(List.of(GuidRef.of("res-1", GuidRefType.RESOURCE)))
        // What reading roles fills in: the first primary role and the roles' orgs.
        .role(RoleType.TEACHER)
        .orgs(List.of(school, district))
        .build();
  }

  static Enrollment enrollment() {
    return Enrollment.builder()
        .sourcedId("enr-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .user(GuidRef.of("u-1", GuidRefType.TEACHER))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .school(GuidRef.of("sch-1", GuidRefType.ORG))
        .role(RoleType.TEACHER)
        .primary(true)
        .beginDate(LocalDate.parse("2026-08-20"))
        .endDate(LocalDate.parse("2026-12-20"))
        .build();
  }

  static Demographics demographics() {
    return Demographics.builder()
        .sourcedId("u-2")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .birthDate(LocalDate.parse("2011-03-04"))
        .sex(Gender.FEMALE)
        .americanIndianOrAlaskaNative(false)
        .asian(true)
        .blackOrAfricanAmerican(false)
        .nativeHawaiianOrOtherPacificIslander(false)
        .white(false)
        .demographicRaceTwoOrMoreRaces(false)
        .hispanicOrLatinoEthnicity(false)
        .countryOfBirthCode("US")
        .stateOfBirthAbbreviation("CA")
        .cityOfBirth("Fresno")
        .publicSchoolResidenceStatus("01652")
        .build();
  }

  static Category category() {
    return Category.builder()
        .sourcedId("cat-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .title("Quizzes")
        .weight(0.25)
        .build();
  }

  static LineItem lineItem() {
    return LineItem.builder()
        .sourcedId("li-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .metadata("classroomId", "c-9")
        .title("Quiz 1")
        .description("Linear equations")
        .assignDate(Instant.parse("2026-09-01T08:00:00Z"))
        .dueDate(Instant.parse("2026-09-08T23:59:00.500Z"))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .school(GuidRef.of("sch-1", GuidRefType.ORG))
        .category(GuidRef.of("cat-1", GuidRefType.CATEGORY))
        .gradingPeriod(GuidRef.of("gp-1", GuidRefType.GRADING_PERIOD))
        .academicSession(GuidRef.of("term-1", GuidRefType.TERM))
        .scoreScale(GuidRef.of("ss-1", GuidRefType.SCORE_SCALE))
        .resultValueMin(0)
        .resultValueMax(12.5)
        .learningObjectiveSet(
            List.of(
                LearningObjectiveSet.builder()
                    .source("case")
                    .learningObjectiveIds(List.of("lo-1", "lo-2"))
                    .build()))
        .build();
  }

  static Result result() {
    return Result.builder()
        .sourcedId("res-li-1-s-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .lineItem(GuidRef.of("li-1", GuidRefType.LINE_ITEM))
        .student(GuidRef.of("s-1", GuidRefType.STUDENT))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .scoreScale(GuidRef.of("ss-1", GuidRefType.SCORE_SCALE))
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .score(11.5)
        .textScore("A-")
        .scoreDate(LocalDate.parse("2026-09-09"))
        .comment("Well done")
        .learningObjectiveSet(
            List.of(
                LearningObjectiveResultSet.builder()
                    .source("case")
                    .learningObjectiveResults(
                        List.of(
                            LearningObjectiveResult.builder()
                                .learningObjectiveId("lo-1")
                                .score(4.0)
                                .textScore("B")
                                .build()))
                    .build()))
        .inProgress(false)
        .incomplete(false)
        .late(true)
        .missing(false)
        .build();
  }

  static ScoreScale scoreScale() {
    return ScoreScale.builder()
        .sourcedId("ss-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .title("Letter grades")
        .type("letter")
        .course(GuidRef.of("crs-1", GuidRefType.COURSE))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .scoreScaleValue(
            List.of(
                ScoreScaleValue.builder().itemValueLHS("A").itemValueRHS("90").build(),
                ScoreScaleValue.builder().itemValueLHS("B").itemValueRHS("80").build()))
        .build();
  }

  static AssessmentLineItem assessmentLineItem() {
    return AssessmentLineItem.builder()
        .sourcedId("ali-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .metadata("stateTestId", "ST-ALG-27")
        .title("Algebra benchmark 1")
        .description("Fall benchmark, linear equations")
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .parentAssessmentLineItem(GuidRef.of("ali-0", GuidRefType.ASSESSMENT_LINE_ITEM))
        .scoreScale(GuidRef.of("ss-1", GuidRefType.SCORE_SCALE))
        .resultValueMin(0)
        .resultValueMax(60.5)
        .learningObjectiveSet(
            List.of(
                LearningObjectiveSet.builder()
                    .source("case")
                    .learningObjectiveIds(List.of("lo-1", "lo-2"))
                    .build()))
        .build();
  }

  static AssessmentResult assessmentResult() {
    return AssessmentResult.builder()
        .sourcedId("ares-ali-1-s-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .assessmentLineItem(GuidRef.of("ali-1", GuidRefType.ASSESSMENT_LINE_ITEM))
        // 1.1 type names become user on the 1.2 wire.
        .student(GuidRef.of("s-1", GuidRefType.STUDENT))
        .score(52.25)
        .textScore("Proficient")
        .scoreDate(LocalDate.parse("2026-10-02"))
        .scoreScale(GuidRef.of("ss-1", GuidRefType.SCORE_SCALE))
        .scorePercentile(87.5)
        .scoreStatus(ScoreStatus.FULLY_GRADED)
        .comment("Strong on slopes")
        .learningObjectiveSet(
            List.of(
                LearningObjectiveResultSet.builder()
                    .source("case")
                    .learningObjectiveResults(
                        List.of(
                            LearningObjectiveResult.builder()
                                .learningObjectiveId("lo-1")
                                .score(18.0)
                                .textScore("Proficient")
                                .build()))
                    .build()))
        .inProgress(false)
        .incomplete(true)
        .late(false)
        .missing(false)
        .build();
  }
}
