package org.oneroster4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneroster4j.internal.json.JsonText.in;
import static org.oneroster4j.internal.json.JsonText.q;
import static org.oneroster4j.internal.json.JsonText.text;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.ClassType;
import org.oneroster4j.model.Course;
import org.oneroster4j.model.Demographics;
import org.oneroster4j.model.Enrollment;
import org.oneroster4j.model.Gender;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.GuidRefType;
import org.oneroster4j.model.OneRosterEntity;
import org.oneroster4j.model.Org;
import org.oneroster4j.model.OrgType;
import org.oneroster4j.model.Role;
import org.oneroster4j.model.RoleType;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.SessionType;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.model.UserId;

/** Serialization, lenient parsing and round trips of the rostering entities. */
class RosterJsonTest {
  private static final Instant MODIFIED = Instant.parse("2026-08-01T00:00:00Z");
  private static final String BASE =
      "'sourcedId':'%s','status':'active'," + "'dateLastModified':'2026-08-01T00:00:00.000Z',";

  private final OneRosterJson json = OneRosterJson.get();

  static Org org() {
    return Org.builder()
        .sourcedId("sch-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .name("Lincoln High")
        .type(OrgType.SCHOOL)
        .identifier("LHS")
        .parent(GuidRef.of("dist-1", GuidRefType.ORG))
        .children(List.of(GuidRef.of("dep-1", GuidRefType.ORG)))
        .build();
  }

  static AcademicSession session() {
    return AcademicSession.builder()
        .sourcedId("gp-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .title("Q1")
        .startDate(LocalDate.parse("2026-08-15"))
        .endDate(LocalDate.parse("2026-10-31"))
        .type(SessionType.GRADING_PERIOD)
        .parent(GuidRef.of("term-1", GuidRefType.ACADEMIC_SESSION))
        .children(List.of(GuidRef.of("wk-1", GuidRefType.ACADEMIC_SESSION)))
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
        .grades(List.of("09", "10"))
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
        .terms(List.of(GuidRef.of("term-1", GuidRefType.ACADEMIC_SESSION)))
        .subjectCodes(List.of("02052"))
        .periods(List.of("1", "2"))
        .resources(List.of(GuidRef.of("res-2", GuidRefType.RESOURCE)))
        .build();
  }

  static User user() {
    return User.builder()
        .sourcedId("t-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .username("kim")
        .userIds(List.of(UserId.of("LDAP", "kim01")))
        .enabledUser(true)
        .givenName("Kim")
        .familyName("Lee")
        .middleName("J")
        .role(RoleType.TEACHER)
        .identifier("T100")
        .email("kim@district.org")
        .sms("+15550001")
        .phone("+15550002")
        .agents(List.of(GuidRef.of("u-9", GuidRefType.USER)))
        .orgs(List.of(GuidRef.of("sch-1", GuidRefType.ORG)))
        // What reading the 1.1 role and orgs fills in, so that a round trip is equal.
        .roles(List.of(Role.primary(RoleType.TEACHER, GuidRef.of("sch-1", GuidRefType.ORG))))
        .grades(List.of("09"))
        .password("s3cret")
        .build();
  }

  static Enrollment enrollment() {
    return Enrollment.builder()
        .sourcedId("enr-1")
        .status(StatusType.ACTIVE)
        .dateLastModified(MODIFIED)
        .user(GuidRef.of("t-1", GuidRefType.USER))
        .schoolClass(GuidRef.of("cls-1", GuidRefType.CLASS))
        .school(GuidRef.of("sch-1", GuidRefType.ORG))
        .role(RoleType.TEACHER)
        .primary(true)
        .beginDate(LocalDate.parse("2026-08-15"))
        .endDate(LocalDate.parse("2027-06-15"))
        .build();
  }

  static Demographics demographics() {
    return Demographics.builder()
        .sourcedId("s-1")
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

  private static String base(String id) {
    return String.format(BASE, id);
  }

  @Test
  void org_isWrittenExactly() {
    assertThat(text(json.writeSingle(org())))
        .isEqualTo(
            q(
                "{'org':{"
                    + base("sch-1")
                    + "'name':'Lincoln High','type':'school','identifier':'LHS',"
                    + "'parent':{'sourcedId':'dist-1','type':'org'},"
                    + "'children':[{'sourcedId':'dep-1','type':'org'}]}}"));
  }

  @Test
  void academicSession_isWrittenExactly() {
    assertThat(text(json.writeSingle(session())))
        .isEqualTo(
            q(
                "{'academicSession':{"
                    + base("gp-1")
                    + "'title':'Q1','startDate':'2026-08-15','endDate':'2026-10-31',"
                    + "'type':'gradingPeriod','parent':{'sourcedId':'term-1','type':'academicSession'},"
                    + "'children':[{'sourcedId':'wk-1','type':'academicSession'}],'schoolYear':'2027'}}"));
  }

  @Test
  void course_isWrittenExactly() {
    assertThat(text(json.writeSingle(course())))
        .isEqualTo(
            q(
                "{'course':{"
                    + base("crs-1")
                    + "'title':'Algebra I','schoolYear':{'sourcedId':'sy-2027','type':'academicSession'},"
                    + "'courseCode':'ALG1','grades':['09','10'],'subjects':['Mathematics'],"
                    + "'org':{'sourcedId':'sch-1','type':'org'},'subjectCodes':['02052'],"
                    + "'resources':[{'sourcedId':'res-1','type':'resource'}]}}"));
  }

  @Test
  void schoolClass_isWrittenAsClassExactly() {
    assertThat(text(json.writeSingle(schoolClass())))
        .isEqualTo(
            q(
                "{'class':{"
                    + base("cls-1")
                    + "'title':'Algebra I - P1','classCode':'ALG1-1','classType':'scheduled',"
                    + "'location':'Room 12','grades':['09'],'subjects':['Mathematics'],"
                    + "'course':{'sourcedId':'crs-1','type':'course'},"
                    + "'school':{'sourcedId':'sch-1','type':'org'},"
                    + "'terms':[{'sourcedId':'term-1','type':'academicSession'}],"
                    + "'subjectCodes':['02052'],'periods':['1','2'],"
                    + "'resources':[{'sourcedId':'res-2','type':'resource'}]}}"));
  }

  @Test
  void user_isWrittenExactly() {
    assertThat(text(json.writeSingle(user())))
        .isEqualTo(
            q(
                "{'user':{"
                    + base("t-1")
                    + "'username':'kim','userIds':[{'type':'LDAP','identifier':'kim01'}],"
                    + "'enabledUser':true,'givenName':'Kim','familyName':'Lee','middleName':'J',"
                    + "'role':'teacher','identifier':'T100','email':'kim@district.org',"
                    + "'sms':'+15550001','phone':'+15550002',"
                    + "'agents':[{'sourcedId':'u-9','type':'user'}],"
                    + "'orgs':[{'sourcedId':'sch-1','type':'org'}],'grades':['09'],"
                    + "'password':'s3cret'}}"));
  }

  @Test
  void enrollment_isWrittenExactly() {
    assertThat(text(json.writeSingle(enrollment())))
        .isEqualTo(
            q(
                "{'enrollment':{"
                    + base("enr-1")
                    + "'user':{'sourcedId':'t-1','type':'user'},"
                    + "'class':{'sourcedId':'cls-1','type':'class'},"
                    + "'school':{'sourcedId':'sch-1','type':'org'},'role':'teacher','primary':true,"
                    + "'beginDate':'2026-08-15','endDate':'2027-06-15'}}"));
  }

  @Test
  void demographics_isWrittenExactly() {
    assertThat(text(json.writeSingle(demographics())))
        .isEqualTo(
            q(
                "{'demographics':{"
                    + base("s-1")
                    + "'birthDate':'2011-03-04','sex':'female','americanIndianOrAlaskaNative':false,"
                    + "'asian':true,'blackOrAfricanAmerican':false,"
                    + "'nativeHawaiianOrOtherPacificIslander':false,'white':false,"
                    + "'demographicRaceTwoOrMoreRaces':false,'hispanicOrLatinoEthnicity':false,"
                    + "'countryOfBirthCode':'US','stateOfBirthAbbreviation':'CA',"
                    + "'cityOfBirth':'Fresno','publicSchoolResidenceStatus':'01652'}}"));
  }

  @Test
  void everyRosterEntity_survivesARoundTrip() {
    List<OneRosterEntity> entities =
        List.of(org(), session(), course(), schoolClass(), user(), enrollment(), demographics());
    for (OneRosterEntity entity : entities) {
      Object back =
          json.readSingle(new ByteArrayInputStream(json.writeSingle(entity)), entity.getClass());
      assertThat(back).as(entity.getClass().getSimpleName()).isEqualTo(entity);
    }
  }

  @Test
  void user_acceptsStringBooleansAndAnUnknownRole() {
    User user =
        json.readSingle(
            in(
                "{'user':{'sourcedId':'u1','enabledUser':'true','role':'ext:districtCoach',"
                    + "'orgs':[{'sourcedId':'sch-1'}],'userIds':[{'type':'SIS','identifier':42}],"
                    + "'grades':'09','unknownField':{'deep':[1,{'a':null}]}}}"),
            User.class);

    assertThat(user.enabledUser()).isTrue();
    assertThat(user.role().isKnown()).isFalse();
    assertThat(user.role().value()).isEqualTo("ext:districtCoach");
    assertThat(user.orgs())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(GuidRef.of("sch-1", null));
    assertThat(user.userIds()).containsExactly(UserId.of("SIS", "42"));
    assertThat(user.grades()).containsExactly("09");
    assertThat(user.agents()).isEmpty();
  }

  @Test
  void enrollment_acceptsStringFalseAndDateTimesForDates() {
    Enrollment enrollment =
        json.readSingle(
            in(
                "{'enrollment':{'sourcedId':'e1','primary':'FALSE','role':'student',"
                    + "'class':{'sourcedId':'c1','type':'class'},'user':'s-1',"
                    + "'beginDate':'2026-08-15T00:00:00.000Z','endDate':'2027-06-15T23:00:00-07:00'}}"),
            Enrollment.class);

    assertThat(enrollment.primary()).isFalse();
    assertThat(enrollment.role()).isEqualTo(RoleType.STUDENT);
    assertThat(enrollment.schoolClass()).isEqualTo(GuidRef.of("c1", GuidRefType.CLASS));
    assertThat(enrollment.user()).usingRecursiveComparison().isEqualTo(GuidRef.of("s-1", null));
    assertThat(enrollment.beginDate()).isEqualTo(LocalDate.parse("2026-08-15"));
    assertThat(enrollment.endDate()).isEqualTo(LocalDate.parse("2027-06-15"));
  }

  @Test
  void schoolClass_acceptsPeriodsAsAStringAndRefsWithoutType() {
    SchoolClass schoolClass =
        json.readSingle(
            in(
                "{'class':{'sourcedId':'c1','title':'Art','classType':'homeroom','periods':'3',"
                    + "'terms':[{'href':'https://sis/terms/t1','sourcedId':'t1'},null],"
                    + "'school':{'sourcedId':'sch-1','type':'org'}}}"),
            SchoolClass.class);

    assertThat(schoolClass.periods()).containsExactly("3");
    assertThat(schoolClass.classType()).isEqualTo(ClassType.HOMEROOM);
    assertThat(schoolClass.terms())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(GuidRef.builder().href("https://sis/terms/t1").sourcedId("t1").build());
  }

  @Test
  void academicSession_acceptsNumericSchoolYearAndUnknownType() {
    AcademicSession session =
        json.readSingle(
            in("{'academicSession':{'sourcedId':'x','schoolYear':2027,'type':'quarter'}}"),
            AcademicSession.class);

    assertThat(session.schoolYear()).isEqualTo("2027");
    assertThat(session.type()).isEqualTo(SessionType.of("quarter"));
    assertThat(session.type().isKnown()).isFalse();
  }

  @Test
  void demographics_acceptsNumericAndStringBooleans() {
    Demographics demographics =
        json.readSingle(
            in(
                "{'demographics':{'sourcedId':'s1','white':1,'asian':'0','sex':'Male',"
                    + "'hispanicOrLatinoEthnicity':'','birthDate':'2011-03-04'}}"),
            Demographics.class);

    assertThat(demographics.white()).isTrue();
    assertThat(demographics.asian()).isFalse();
    assertThat(demographics.sex()).isEqualTo(Gender.MALE);
    assertThat(demographics.hispanicOrLatinoEthnicity()).isNull();
  }

  @Test
  void keys_followTheEntityNotTheEndpoint() {
    assertThat(OneRosterJson.pluralKey(SchoolClass.class)).isEqualTo("classes");
    assertThat(OneRosterJson.singularKey(SchoolClass.class)).isEqualTo("class");
    assertThat(OneRosterJson.pluralKey(Org.class)).isEqualTo("orgs");
    assertThat(OneRosterJson.pluralKey(AcademicSession.class)).isEqualTo("academicSessions");
    assertThat(OneRosterJson.singularKey(Demographics.class)).isEqualTo("demographics");
    assertThat(OneRosterJson.pluralKey(Demographics.class)).isEqualTo("demographics");
    assertThat(OneRosterJson.pluralKey(User.class)).isEqualTo("users");
    assertThat(OneRosterJson.pluralKey(Enrollment.class)).isEqualTo("enrollments");
    assertThat(OneRosterJson.pluralKey(Course.class)).isEqualTo("courses");
  }
}
