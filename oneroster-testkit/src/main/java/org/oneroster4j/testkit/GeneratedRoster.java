package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A district computed from four numbers. Nothing per user is stored: users, classes, enrollments
 * and demographics are built from their index when read, and relations are plain arithmetic, so a
 * million-user district costs a few kilobytes.
 *
 * <p>Layout (all numbers 1-based in ids): teacher {@code t} teaches at school {@code ((t-1) %
 * schools) + 1} and owns classes {@code (t-1)*classesPerTeacher+1 … t*classesPerTeacher}; every
 * class has its own {@code studentsPerClass} students, numbered consecutively.
 */
final class GeneratedRoster extends Roster {
  static final String DOMAIN = "example.org";
  static final String SCHOOL_YEAR = "2027";
  private static final Instant ROSTER_MODIFIED = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant USERS_MODIFIED = Instant.parse("2026-08-01T00:00:00Z");
  private static final String[] SUBJECTS = {
    "Mathematics", "English", "Science", "History", "Art", "Music", "Spanish", "Computer Science"
  };
  private static final String[] GIVEN = {
    "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kim", "Liam",
    "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tess"
  };
  private static final String[] FAMILY = {
    "Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
    "Khan", "Lopez", "Moreau", "Nowak", "Okafor", "Patel", "Quist", "Rossi", "Silva", "Tanaka"
  };

  final int schools;
  final int teachers;
  final int classesPerTeacher;
  final int studentsPerClass;
  final int classCount;
  final int studentCount;
  private final List<ObjectNode> orgs;
  private final List<ObjectNode> sessions;
  private final List<ObjectNode> courses;

  GeneratedRoster(int schools, int teachers, int classesPerTeacher, int studentsPerClass) {
    if (schools < 1 || teachers < 1 || classesPerTeacher < 1 || studentsPerClass < 0) {
      throw new IllegalArgumentException(
          "schools, teachers and classesPerTeacher must be at least 1, studentsPerClass at least 0");
    }
    this.schools = schools;
    this.teachers = teachers;
    this.classesPerTeacher = classesPerTeacher;
    this.studentsPerClass = studentsPerClass;
    this.classCount = Math.multiplyExact(teachers, classesPerTeacher);
    this.studentCount = Math.multiplyExact(classCount, studentsPerClass);
    Math.addExact(Math.addExact(studentCount, teachers), classCount); // users and enrollments fit
    this.orgs = buildOrgs();
    this.sessions = buildSessions();
    this.courses = buildCourses();
  }

  // ---- entities --------------------------------------------------------------------------

  private List<ObjectNode> buildOrgs() {
    List<ObjectNode> list = new ArrayList<>();
    ObjectNode district = base("district-1", ROSTER_MODIFIED);
    district.put("name", "Example Unified School District");
    district.put("type", "district");
    district.put("identifier", "D1");
    ArrayNode children = district.putArray("children");
    list.add(district);
    for (int s = 1; s <= schools; s++) {
      ObjectNode school = base(schoolId(s - 1), ROSTER_MODIFIED);
      school.put("name", "Example School " + s);
      school.put("type", "school");
      school.put("identifier", "S" + s);
      school.set("parent", Nodes.ref("district-1", "org"));
      school.putArray("children");
      children.add(Nodes.ref(school.get("sourcedId").asText(), "org"));
      list.add(school);
    }
    return List.copyOf(list);
  }

  private List<ObjectNode> buildSessions() {
    List<ObjectNode> list = new ArrayList<>();
    list.add(
        session(
            "schoolyear-2027",
            "2026-2027",
            "schoolYear",
            "2026-08-01",
            "2027-06-30",
            null,
            List.of("term-1", "term-2")));
    list.add(
        session(
            "term-1",
            "Fall 2026",
            "term",
            "2026-08-15",
            "2026-12-20",
            "schoolyear-2027",
            List.of("gp-1", "gp-2")));
    list.add(
        session(
            "term-2",
            "Spring 2027",
            "term",
            "2027-01-05",
            "2027-06-10",
            "schoolyear-2027",
            List.of("gp-3", "gp-4")));
    list.add(session("gp-1", "Quarter 1", "gradingPeriod", "2026-08-15", "2026-10-16", "term-1"));
    list.add(session("gp-2", "Quarter 2", "gradingPeriod", "2026-10-17", "2026-12-20", "term-1"));
    list.add(session("gp-3", "Quarter 3", "gradingPeriod", "2027-01-05", "2027-03-19", "term-2"));
    list.add(session("gp-4", "Quarter 4", "gradingPeriod", "2027-03-20", "2027-06-10", "term-2"));
    return List.copyOf(list);
  }

  private static ObjectNode session(
      String id, String title, String type, String start, String end, String parent) {
    return session(id, title, type, start, end, parent, List.of());
  }

  private static ObjectNode session(
      String id,
      String title,
      String type,
      String start,
      String end,
      String parent,
      List<String> children) {
    ObjectNode node = base(id, ROSTER_MODIFIED);
    node.put("title", title);
    node.put("type", type);
    node.put("startDate", start);
    node.put("endDate", end);
    if (parent != null) {
      node.set("parent", Nodes.ref(parent, "academicSession"));
    }
    node.set("children", Nodes.refs("academicSession", children));
    node.put("schoolYear", SCHOOL_YEAR);
    return node;
  }

  private List<ObjectNode> buildCourses() {
    List<ObjectNode> list = new ArrayList<>();
    for (int s = 0; s < schools; s++) {
      for (int k = 0; k < classesPerTeacher; k++) {
        ObjectNode course = base(courseId(s, k), ROSTER_MODIFIED);
        course.put("title", subject(k));
        course.set("schoolYear", Nodes.ref("schoolyear-2027", "academicSession"));
        course.put("courseCode", "C" + (s + 1) + "-" + (k + 1));
        course.set("grades", Nodes.strings("09"));
        course.set("subjects", Nodes.strings(subject(k)));
        course.set("org", Nodes.ref(schoolId(s), "org"));
        list.add(course);
      }
    }
    return List.copyOf(list);
  }

  private ObjectNode schoolClass(int c) {
    int t = c / classesPerTeacher;
    int k = c % classesPerTeacher;
    int s = t % schools;
    ObjectNode node = base(classId(c), ROSTER_MODIFIED.plus(Duration.ofDays(14)));
    node.put("title", subject(k) + " " + (t + 1) + "." + (k + 1));
    node.put("classCode", "P" + (k + 1) + "-" + (c + 1));
    node.put("classType", "scheduled");
    node.put("location", "Room " + (100 + c % 900));
    node.set("grades", Nodes.strings("09"));
    node.set("subjects", Nodes.strings(subject(k)));
    node.set("course", Nodes.ref(courseId(s, k), "course"));
    node.set("school", Nodes.ref(schoolId(s), "org"));
    node.set("terms", Nodes.refs("academicSession", List.of(termOf(c))));
    node.set("periods", Nodes.strings(String.valueOf(k + 1)));
    return node;
  }

  private ObjectNode user(int u) {
    boolean teacher = u < teachers;
    int n = teacher ? u : u - teachers;
    String role = teacher ? "teacher" : "student";
    ObjectNode node = base(userId(u), USERS_MODIFIED.plus(Duration.ofDays(u % 30)));
    node.put("username", role + (n + 1));
    ArrayNode ids = node.putArray("userIds");
    ids.addObject().put("type", "LDAP").put("identifier", role + (n + 1));
    node.put("enabledUser", true);
    node.put("givenName", GIVEN[n % GIVEN.length]);
    node.put("familyName", FAMILY[(n / GIVEN.length) % FAMILY.length]);
    node.put("role", role);
    node.put("identifier", (teacher ? "T" : "S") + (n + 1));
    node.put("email", email(role, n));
    node.putArray("agents");
    node.set("orgs", Nodes.refs("org", List.of(schoolId(schoolOfUser(u)))));
    node.set("grades", teacher ? Nodes.F.arrayNode() : Nodes.strings("09"));
    return node;
  }

  private ObjectNode enrollment(int e) {
    boolean teacher = e < classCount;
    int c = teacher ? e : (e - classCount) / Math.max(1, studentsPerClass);
    int u = teacher ? c / classesPerTeacher : teachers + (e - classCount);
    ObjectNode node =
        base(
            teacher
                ? "enrollment-teacher-" + (e + 1)
                : "enrollment-student-" + (e - classCount + 1),
            ROSTER_MODIFIED.plus(Duration.ofDays(14)));
    node.set("user", Nodes.ref(userId(u), "user"));
    node.set("class", Nodes.ref(classId(c), "class"));
    node.set("school", Nodes.ref(schoolId(schoolOfClass(c)), "org"));
    node.put("role", teacher ? "teacher" : "student");
    node.put("primary", teacher);
    node.put("beginDate", "2026-08-15");
    node.put("endDate", "2027-06-10");
    return node;
  }

  private ObjectNode demographics(int i) {
    ObjectNode node = base(userId(teachers + i), USERS_MODIFIED);
    node.put("birthDate", "2011-0" + (1 + i % 9) + "-1" + (i % 10));
    node.put("sex", i % 2 == 0 ? "female" : "male");
    node.put("countryOfBirthCode", "US");
    return node;
  }

  private static ObjectNode base(String id, Instant modified) {
    ObjectNode node = Nodes.F.objectNode();
    node.put("sourcedId", id);
    node.put("status", "active");
    node.put("dateLastModified", Nodes.dateTime(modified));
    return node;
  }

  // ---- ids and arithmetic ----------------------------------------------------------------

  static String schoolId(int s) {
    return "school-" + (s + 1);
  }

  static String classId(int c) {
    return "class-" + (c + 1);
  }

  static String courseId(int s, int k) {
    return "course-" + (s + 1) + "-" + (k + 1);
  }

  String userId(int u) {
    return u < teachers ? "teacher-" + (u + 1) : "student-" + (u - teachers + 1);
  }

  static String email(String role, int n) {
    return role + (n + 1) + "@" + DOMAIN;
  }

  private static String subject(int k) {
    return SUBJECTS[k % SUBJECTS.length];
  }

  private String termOf(int c) {
    return (c % classesPerTeacher) % 2 == 0 ? "term-1" : "term-2";
  }

  private int schoolOfClass(int c) {
    return (c / classesPerTeacher) % schools;
  }

  private int schoolOfUser(int u) {
    return u < teachers ? u % schools : schoolOfClass(classOfStudent(u - teachers));
  }

  private int classOfStudent(int i) {
    return i / studentsPerClass;
  }

  /** Index of the numbered id {@code prefix + n} (1-based n), or -1. */
  private static int index(String id, String prefix, int limit) {
    if (!id.startsWith(prefix)) {
      return -1;
    }
    String digits = id.substring(prefix.length());
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int n = Integer.parseInt(digits);
    return n >= 1 && n <= limit && digits.equals(String.valueOf(n)) ? n - 1 : -1;
  }

  private int userIndex(String id) {
    int t = index(id, "teacher-", teachers);
    if (t >= 0) {
      return t;
    }
    int s = index(id, "student-", studentCount);
    return s >= 0 ? teachers + s : -1;
  }

  // ---- Roster ----------------------------------------------------------------------------

  @Override
  List<ObjectNode> orgs() {
    return orgs;
  }

  @Override
  List<ObjectNode> academicSessions() {
    return sessions;
  }

  @Override
  List<ObjectNode> courses() {
    return courses;
  }

  @Override
  List<ObjectNode> classes() {
    return Nodes.lazy(classCount, this::schoolClass);
  }

  @Override
  List<ObjectNode> users() {
    return Nodes.lazy(teachers + studentCount, this::user);
  }

  @Override
  List<ObjectNode> teachers() {
    return Nodes.lazy(teachers, this::user);
  }

  @Override
  List<ObjectNode> students() {
    return Nodes.lazy(studentCount, i -> user(teachers + i));
  }

  @Override
  List<ObjectNode> enrollments() {
    return Nodes.lazy(classCount + studentCount, this::enrollment);
  }

  @Override
  List<ObjectNode> demographics() {
    return Nodes.lazy(studentCount, this::demographics);
  }

  @Override
  ObjectNode find(Kind kind, String id) {
    switch (kind) {
      case CLASS:
        {
          int c = index(id, "class-", classCount);
          return c < 0 ? null : schoolClass(c);
        }
      case USER:
        {
          int u = userIndex(id);
          return u < 0 ? null : user(u);
        }
      case DEMOGRAPHICS:
        {
          int s = index(id, "student-", studentCount);
          return s < 0 ? null : demographics(s);
        }
      case ENROLLMENT:
        {
          int t = index(id, "enrollment-teacher-", classCount);
          if (t >= 0) {
            return enrollment(t);
          }
          int s = index(id, "enrollment-student-", studentCount);
          return s < 0 ? null : enrollment(classCount + s);
        }
      default:
        for (ObjectNode node : all(kind)) {
          if (id.equals(Nodes.id(node))) {
            return node;
          }
        }
        return null;
    }
  }

  @Override
  ObjectNode userByEmail(String email) {
    String suffix = "@" + DOMAIN;
    if (!email.endsWith(suffix)) {
      return null;
    }
    String local = email.substring(0, email.length() - suffix.length());
    int t = index(local, "teacher", teachers);
    if (t >= 0) {
      return user(t);
    }
    int s = index(local, "student", studentCount);
    return s >= 0 ? user(teachers + s) : null;
  }

  @Override
  List<ObjectNode> classesOfUser(String userId) {
    int u = userIndex(userId);
    if (u < 0) {
      return List.of();
    }
    if (u < teachers) {
      int first = u * classesPerTeacher;
      return Nodes.lazy(classesPerTeacher, i -> schoolClass(first + i));
    }
    return List.of(schoolClass(classOfStudent(u - teachers)));
  }

  @Override
  List<ObjectNode> usersOfClass(String classId, String role) {
    int c = index(classId, "class-", classCount);
    if (c < 0) {
      return List.of();
    }
    int teacher = c / classesPerTeacher;
    int firstStudent = teachers + c * studentsPerClass;
    if ("teacher".equals(role)) {
      return List.of(user(teacher));
    }
    if ("student".equals(role)) {
      return Nodes.lazy(studentsPerClass, i -> user(firstStudent + i));
    }
    if (role != null) {
      return List.of();
    }
    return Nodes.lazy(
        1 + studentsPerClass, i -> i == 0 ? user(teacher) : user(firstStudent + i - 1));
  }

  @Override
  boolean isEnrolled(String userId, String classId, String role) {
    int c = index(classId, "class-", classCount);
    int u = userIndex(userId);
    if (c < 0 || u < 0) {
      return false;
    }
    if (u < teachers) {
      return (role == null || role.equals("teacher")) && c / classesPerTeacher == u;
    }
    return (role == null || role.equals("student")) && classOfStudent(u - teachers) == c;
  }

  @Override
  List<ObjectNode> enrollmentsOfClass(String classId) {
    int c = index(classId, "class-", classCount);
    if (c < 0) {
      return List.of();
    }
    int firstStudent = classCount + c * studentsPerClass;
    return Nodes.lazy(
        1 + studentsPerClass, i -> i == 0 ? enrollment(c) : enrollment(firstStudent + i - 1));
  }

  @Override
  List<ObjectNode> enrollmentsOfSchool(String schoolId) {
    int s = index(schoolId, "school-", schools);
    if (s < 0) {
      return List.of();
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int c : classIndexesOfSchool(s)) {
      out.addAll(enrollmentsOfClass(classId(c)));
    }
    return out;
  }

  @Override
  List<ObjectNode> usersOfSchool(String schoolId, String role) {
    int s = index(schoolId, "school-", schools);
    if (s < 0) {
      return List.of();
    }
    List<ObjectNode> out = new ArrayList<>();
    if (role == null || role.equals("teacher")) {
      for (int t = s; t < teachers; t += schools) {
        out.add(user(t));
      }
    }
    if (role == null || role.equals("student")) {
      for (int c : classIndexesOfSchool(s)) {
        for (int i = 0; i < studentsPerClass; i++) {
          out.add(user(teachers + c * studentsPerClass + i));
        }
      }
    }
    return out;
  }

  @Override
  List<ObjectNode> classesOfSchool(String schoolId) {
    int s = index(schoolId, "school-", schools);
    if (s < 0) {
      return List.of();
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int c : classIndexesOfSchool(s)) {
      out.add(schoolClass(c));
    }
    return out;
  }

  private List<Integer> classIndexesOfSchool(int s) {
    List<Integer> out = new ArrayList<>();
    for (int t = s; t < teachers; t += schools) {
      for (int k = 0; k < classesPerTeacher; k++) {
        out.add(t * classesPerTeacher + k);
      }
    }
    return out;
  }

  @Override
  List<ObjectNode> classesOfCourse(String courseId) {
    for (int s = 0; s < schools; s++) {
      for (int k = 0; k < classesPerTeacher; k++) {
        if (courseId(s, k).equals(courseId)) {
          List<ObjectNode> out = new ArrayList<>();
          for (int t = s; t < teachers; t += schools) {
            out.add(schoolClass(t * classesPerTeacher + k));
          }
          return out;
        }
      }
    }
    return List.of();
  }

  @Override
  List<ObjectNode> classesOfTerm(String termId) {
    int parity = termId.equals("term-1") ? 0 : termId.equals("term-2") ? 1 : -1;
    if (parity < 0) {
      return List.of();
    }
    List<ObjectNode> out = new ArrayList<>();
    for (int c = 0; c < classCount; c++) {
      if ((c % classesPerTeacher) % 2 == parity) {
        out.add(schoolClass(c));
      }
    }
    return out;
  }
}
