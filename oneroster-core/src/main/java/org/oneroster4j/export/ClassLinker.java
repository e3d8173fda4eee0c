package org.oneroster4j.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.error.NotFoundException;
import org.oneroster4j.internal.endpoint.SisIds;
import org.oneroster4j.model.AcademicSession;
import org.oneroster4j.model.GuidRef;
import org.oneroster4j.model.SchoolClass;
import org.oneroster4j.model.StatusType;
import org.oneroster4j.model.User;
import org.oneroster4j.query.Filter;
import org.oneroster4j.query.Query;

/**
 * Links LMS classes to SIS classes: finds a teacher by email, lists the teacher's active classes
 * with term and course, and matches the LMS's students to the SIS roster by sourcedId or email.
 *
 * <pre>{@code
 * ClassLinker linker = connection.linker();
 * List<SisClass> classes = linker.linkableClasses("kim@district.org");
 * ClassLink link = linker.link(classes.get(0), List.of(
 *     LmsStudent.byEmail("lms-17", "ana@district.org"),
 *     LmsStudent.bySourcedId("lms-18", "s-2")));
 * link.unmatchedLmsStudents().forEach(s -> System.out.println("not in the SIS class: " + s.lmsId()));
 * }</pre>
 */
public final class ClassLinker {
  private final OneRosterClient client;
  private final GradeExportConnection connection;

  private ClassLinker(OneRosterClient client, GradeExportConnection connection) {
    this.client = client;
    this.connection = connection;
  }

  /**
   * A linker reading through {@code client}, without a connection's permission switch.
   *
   * @param client the SIS client
   * @return a linker
   */
  public static ClassLinker of(OneRosterClient client) {
    return new ClassLinker(Objects.requireNonNull(client, "client"), null);
  }

  static ClassLinker of(GradeExportConnection connection) {
    return new ClassLinker(null, connection);
  }

  private OneRosterClient client() {
    if (connection != null) {
      connection.requireEnabled("link classes");
      return connection.client();
    }
    return client;
  }

  /**
   * The active SIS classes of the teacher with {@code teacherEmail}, with term and course titles:
   * the classes an LMS class can be linked to. (The OneRoster view of the same classes is {@link
   * OneRosterClient#teacherClasses(String)}.)
   *
   * @param teacherEmail the teacher's email in the SIS
   * @return the classes, never null
   * @throws TeacherNotFoundException when no SIS teacher has that email
   * @throws GradeExportUnavailableException when the connection's grade export is off
   */
  public List<SisClass> linkableClasses(String teacherEmail) {
    Objects.requireNonNull(teacherEmail, "teacherEmail");
    OneRosterClient c = client();
    User teacher =
        c.teacherByEmail(teacherEmail.strip())
            .orElseThrow(
                () ->
                    new TeacherNotFoundException(
                        "no SIS teacher has the email "
                            + teacherEmail.strip()
                            + "; check the"
                            + " teacher's email in the SIS (and that the SIS exposes teachers"
                            + " with an email)"));
    Query active = Query.builder().filter(Filter.eq("status", "active")).build();
    Map<String, Optional<String>> titles = new HashMap<>();
    List<SisClass> out = new ArrayList<>();
    String teacherId =
        SisIds.require(teacher.sourcedId(), "teacher", "GET /teachers?filter=email='…'");
    String listed = "GET /teachers/" + teacherId + "/classes";
    for (SchoolClass sc : c.classesForTeacher(teacherId, active).toList(c.maxListItems())) {
      if (StatusType.TO_BE_DELETED.equals(sc.status())) {
        continue;
      }
      // A class listed here is linked to and read by id later: refuse a dot segment now.
      SisIds.require(sc.sourcedId(), "class", listed);
      out.add(describe(c, sc, titles));
    }
    return out;
  }

  /**
   * Reads class {@code classSourcedId} and matches {@code lmsStudents} to its roster.
   *
   * @param classSourcedId the SIS class's sourcedId
   * @param lmsStudents the LMS's students of the class
   * @return the link: matched and unmatched students on both sides
   * @throws org.oneroster4j.error.NotFoundException when the SIS has no such class
   */
  public ClassLink link(String classSourcedId, List<LmsStudent> lmsStudents) {
    Objects.requireNonNull(classSourcedId, "classSourcedId");
    OneRosterClient c = client();
    SisClass sisClass = describe(c, c.schoolClass(classSourcedId), new HashMap<>());
    return link(c, sisClass, lmsStudents);
  }

  /**
   * Matches {@code lmsStudents} to the roster of {@code sisClass}.
   *
   * @param sisClass a class from {@link #linkableClasses(String)}
   * @param lmsStudents the LMS's students of the class
   * @return the link: matched and unmatched students on both sides
   * @throws GradeExportUnavailableException when the connection's grade export is off
   */
  public ClassLink link(SisClass sisClass, List<LmsStudent> lmsStudents) {
    Objects.requireNonNull(sisClass, "sisClass");
    return link(client(), sisClass, lmsStudents);
  }

  private ClassLink link(OneRosterClient c, SisClass sisClass, List<LmsStudent> lmsStudents) {
    Objects.requireNonNull(lmsStudents, "lmsStudents");
    Map<String, User> remaining = new LinkedHashMap<>();
    for (User u : c.studentsForClass(sisClass.classSourcedId()).toList(c.maxListItems())) {
      if (!StatusType.TO_BE_DELETED.equals(u.status())) {
        remaining.put(u.sourcedId(), u);
      }
    }
    Map<String, String> idByEmail = new HashMap<>();
    for (User u : remaining.values()) {
      if (u.email() != null && !u.email().isBlank()) {
        idByEmail.putIfAbsent(ClassIndex.normalizeEmail(u.email()), u.sourcedId());
      }
    }
    List<StudentMatch> matched = new ArrayList<>();
    List<LmsStudent> unmatched = new ArrayList<>();
    List<LmsStudent> byEmailLater = new ArrayList<>();
    // Sourced ids first: an email match must not take a SIS student another LMS student names.
    for (LmsStudent s : lmsStudents) {
      if (s.sisSourcedId() != null && remaining.remove(s.sisSourcedId()) != null) {
        matched.add(
            new StudentMatch(s.lmsId(), s.sisSourcedId(), StudentMatch.MatchedBy.SOURCED_ID));
      } else {
        byEmailLater.add(s);
      }
    }
    for (LmsStudent s : byEmailLater) {
      String id =
          s.email() == null || s.email().isBlank()
              ? null
              : idByEmail.get(ClassIndex.normalizeEmail(s.email()));
      if (id != null && remaining.remove(id) != null) {
        matched.add(new StudentMatch(s.lmsId(), id, StudentMatch.MatchedBy.EMAIL));
      } else {
        unmatched.add(s);
      }
    }
    List<SisStudent> unmatchedSis =
        remaining.values().stream()
            .map(u -> new SisStudent(u.sourcedId(), u.email(), u.givenName(), u.familyName()))
            .toList();
    return new ClassLink(
        sisClass.classSourcedId(),
        sisClass.title(),
        sisClass.term(),
        sisClass.course(),
        matched,
        unmatched,
        unmatchedSis);
  }

  private static SisClass describe(
      OneRosterClient c, SchoolClass sc, Map<String, Optional<String>> titles) {
    String courseId = sc.course() == null ? null : sc.course().sourcedId();
    String where = "the course and terms of class " + sc.sourcedId();
    String course =
        courseId == null
            ? null
            : titles
                .computeIfAbsent(
                    "course:" + courseId,
                    k -> title(() -> c.course(SisIds.require(courseId, "course", where)).title()))
                .orElse(null);
    List<String> termIds = sc.terms().stream().map(GuidRef::sourcedId).toList();
    List<String> termTitles = new ArrayList<>();
    for (String t : termIds) {
      SisIds.require(t, "term", where);
      titles
          .computeIfAbsent("term:" + t, k -> title(() -> sessionTitle(c.academicSession(t))))
          .ifPresent(termTitles::add);
    }
    return new SisClass(
        sc.sourcedId(),
        sc.title(),
        sc.classCode(),
        courseId,
        course,
        termIds,
        termTitles.isEmpty() ? null : String.join(", ", termTitles));
  }

  private static String sessionTitle(AcademicSession s) {
    return s.title();
  }

  private interface TitleRead {
    String read();
  }

  private static Optional<String> title(TitleRead read) {
    try {
      return Optional.ofNullable(read.read());
    } catch (NotFoundException e) {
      // A class referencing a term or course the SIS no longer serves still links; it just
      // shows without that title.
      return Optional.empty();
    }
  }
}
