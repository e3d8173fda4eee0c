package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The roster a {@link FakeSis} serves: orgs, a school year with terms and grading periods, courses,
 * classes, teachers and students (with emails), enrollments and demographics.
 *
 * <p>Seeds are immutable; the gradebook (categories, lineItems, results) lives in the server and is
 * reset to the seed's state by {@link FakeSis#reset()}.
 *
 * <h2>Generated seeds ({@link #small()}, {@link #large})</h2>
 *
 * Deterministic ids, all 1-based: {@code district-1}; schools {@code school-1…}; teachers {@code
 * teacher-1…} with emails {@code teacher1@example.org…}; students {@code student-1…} with emails
 * {@code student1@example.org…}; classes {@code class-1…}; courses {@code course-<school>-<k>};
 * enrollments {@code enrollment-teacher-<class>} and {@code enrollment-student-<student>}; school
 * year {@code schoolyear-2027} (schoolYear "2027"); terms {@code term-1} (Fall 2026) and {@code
 * term-2} (Spring 2027); grading periods {@code gp-1}, {@code gp-2} (in term-1) and {@code gp-3},
 * {@code gp-4} (in term-2). Teacher {@code n} teaches at school {@code ((n-1) % schools)+1} and
 * owns classes {@code (n-1)*classesPerTeacher+1 … n*classesPerTeacher}; each class has its own
 * {@code studentsPerClass} students numbered consecutively (class-1 has student-1…); a class's term
 * is term-1 for odd-numbered classes of a teacher and term-2 for the others. Users are computed
 * when read, so a million of them cost no memory.
 *
 * <h2>Seed files ({@link #fromJson})</h2>
 *
 * A JSON object whose optional keys are the OneRoster 1.1 collection names — {@code orgs}, {@code
 * academicSessions}, {@code courses}, {@code classes}, {@code users}, {@code enrollments}, {@code
 * demographics}, {@code categories}, {@code lineItems}, {@code results} — each an array of entities
 * in the OneRoster 1.1 JSON binding, exactly as the server should return them. Every entity needs a
 * {@code sourcedId}; {@code status} defaults to {@code active} and {@code dateLastModified} to
 * {@code 2026-07-01T00:00:00.000Z}. Relations follow the references: a class's {@code school},
 * {@code course} and {@code terms}; an enrollment's {@code user}, {@code class}, {@code school} and
 * {@code role}; a user's {@code orgs} and {@code role}; a grading period's {@code parent} term.
 * When {@code categories} is absent the vendor flavour's default categories are used. {@link
 * #teacherEmail()} is the email of the first user whose role is {@code teacher}. Example:
 *
 * <pre>{@code
 * {"orgs": [{"sourcedId": "sch1", "name": "North High", "type": "school"}],
 *  "academicSessions": [{"sourcedId": "t1", "title": "Fall", "type": "term",
 *       "startDate": "2026-08-15", "endDate": "2026-12-20", "schoolYear": "2027"}],
 *  "classes": [{"sourcedId": "c1", "title": "Algebra", "school": {"sourcedId": "sch1"},
 *       "course": {"sourcedId": "crs1"}, "terms": [{"sourcedId": "t1"}]}],
 *  "users": [{"sourcedId": "u1", "role": "teacher", "email": "kim@example.org",
 *       "givenName": "Kim", "familyName": "Lee", "orgs": [{"sourcedId": "sch1"}]}],
 *  "enrollments": [{"sourcedId": "e1", "role": "teacher", "user": {"sourcedId": "u1"},
 *       "class": {"sourcedId": "c1"}, "school": {"sourcedId": "sch1"}}]}
 * }</pre>
 */
public final class Seed {
  private final Roster roster;

  private Seed(Roster roster) {
    this.roster = roster;
  }

  /**
   * A small district: 2 schools, 3 teachers, 2 classes per teacher, 10 students per class (63
   * users). {@link #teacherEmail()} is {@code teacher1@example.org} (sourcedId {@code teacher-1},
   * classes {@code class-1} and {@code class-2}).
   *
   * @return the small seed
   */
  public static Seed small() {
    return large(2, 3, 2, 10);
  }

  /**
   * A generated district of any size, computed on access (see the class documentation for the
   * layout). {@code large(10, 1000, 5, 200)} has a million students.
   *
   * @param schools number of schools (at least 1)
   * @param teachers number of teachers (at least 1), spread round-robin over the schools
   * @param classesPerTeacher classes each teacher teaches (at least 1)
   * @param studentsPerClass students in each class (at least 0); every class has its own
   * @return the seed
   * @throws IllegalArgumentException if a size is out of range or the totals overflow an int
   */
  public static Seed large(int schools, int teachers, int classesPerTeacher, int studentsPerClass) {
    try {
      return new Seed(new GeneratedRoster(schools, teachers, classesPerTeacher, studentsPerClass));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Seed too large: user count overflows an int", e);
    }
  }

  /**
   * Reads a seed file (format in the class documentation).
   *
   * @param file the JSON seed file
   * @return the seed
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not a valid seed document
   */
  public static Seed fromJson(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read seed file " + file.getFileName(), e);
    }
  }

  /**
   * Reads a seed document from a stream (format in the class documentation); does not close it.
   *
   * @param in the JSON document
   * @return the seed
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalArgumentException if it is not a valid seed document
   */
  public static Seed fromJson(InputStream in) {
    Objects.requireNonNull(in, "in");
    JsonNode document;
    try {
      document = Nodes.MAPPER.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Seed document is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (document == null) {
      throw new IllegalArgumentException("Seed document is empty");
    }
    return new Seed(new JsonRoster(document));
  }

  Roster roster() {
    return roster;
  }

  /**
   * The email of the first teacher: the one to look up with {@code GET /teachers?filter=email='…'}.
   *
   * @return the email, or null if the seed has no teacher with an email
   */
  public String teacherEmail() {
    for (ObjectNode teacher : roster.teachers()) {
      String email = Nodes.text(teacher, "email");
      if (email != null) {
        return email;
      }
    }
    return null;
  }

  /**
   * The sourcedId of the first teacher (the one with {@link #teacherEmail()}).
   *
   * @return the sourcedId, or null if the seed has no teacher with an email
   */
  public String teacherId() {
    String email = teacherEmail();
    ObjectNode user = email == null ? null : roster.userByEmail(email);
    return user == null ? null : Nodes.id(user);
  }

  /**
   * @return sourcedIds of the schools (orgs of type school), in seed order
   */
  public List<String> schoolIds() {
    return ids(Roster.filter(roster.orgs(), o -> "school".equals(Nodes.text(o, "type"))));
  }

  /**
   * @return sourcedIds of all teachers, in seed order (computed on access for generated seeds)
   */
  public List<String> teacherIds() {
    return ids(roster.teachers());
  }

  /**
   * @return sourcedIds of all students, in seed order (computed on access for generated seeds)
   */
  public List<String> studentIds() {
    return ids(roster.students());
  }

  /**
   * @return sourcedIds of all classes, in seed order
   */
  public List<String> classIds() {
    return ids(roster.classes());
  }

  /**
   * @param teacherId a teacher's sourcedId
   * @return sourcedIds of the classes the user is enrolled in (empty for an unknown user)
   */
  public List<String> classIdsOf(String teacherId) {
    return ids(roster.classesOfUser(Objects.requireNonNull(teacherId, "teacherId")));
  }

  /**
   * @param classId a class's sourcedId
   * @return sourcedIds of the class's students (empty for an unknown class)
   */
  public List<String> studentIdsOf(String classId) {
    return ids(roster.usersOfClass(Objects.requireNonNull(classId, "classId"), "student"));
  }

  /**
   * @return sourcedIds of the academic sessions of type term
   */
  public List<String> termIds() {
    return ids(Roster.filter(roster.academicSessions(), s -> "term".equals(Nodes.text(s, "type"))));
  }

  /**
   * @return sourcedIds of the academic sessions of type gradingPeriod
   */
  public List<String> gradingPeriodIds() {
    return ids(
        Roster.filter(
            roster.academicSessions(), s -> "gradingPeriod".equals(Nodes.text(s, "type"))));
  }

  /**
   * @param userId a user's sourcedId
   * @return the user's email, or null if the user is unknown or has none
   */
  public String emailOf(String userId) {
    ObjectNode user = roster.find(Kind.USER, Objects.requireNonNull(userId, "userId"));
    return user == null ? null : Nodes.text(user, "email");
  }

  /**
   * @return the number of users (teachers, students and others)
   */
  public int userCount() {
    return roster.users().size();
  }

  private static List<String> ids(List<ObjectNode> nodes) {
    return Nodes.lazy(nodes.size(), i -> Nodes.id(nodes.get(i)));
  }

  @Override
  public String toString() {
    return "Seed[users=" + userCount() + ", classes=" + roster.classes().size() + "]";
  }
}
