package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The seeded, read-only roster. Implementations may compute entities on access (the generated seed
 * does, so a million users cost no memory); the relation methods have scanning defaults that a
 * large implementation overrides with direct arithmetic.
 */
abstract class Roster {

  abstract List<ObjectNode> orgs();

  abstract List<ObjectNode> academicSessions();

  abstract List<ObjectNode> courses();

  abstract List<ObjectNode> classes();

  abstract List<ObjectNode> users();

  abstract List<ObjectNode> enrollments();

  abstract List<ObjectNode> demographics();

  /** Categories of the seed, or null to use the vendor flavour's defaults. */
  List<ObjectNode> categories() {
    return null;
  }

  /** LineItems present before any test writes. */
  List<ObjectNode> lineItems() {
    return List.of();
  }

  /** Results present before any test writes. */
  List<ObjectNode> results() {
    return List.of();
  }

  /** The entity of {@code kind} with {@code id}, or null. */
  abstract ObjectNode find(Kind kind, String id);

  List<ObjectNode> all(Kind kind) {
    switch (kind) {
      case ORG:
        return orgs();
      case ACADEMIC_SESSION:
        return academicSessions();
      case COURSE:
        return courses();
      case CLASS:
        return classes();
      case USER:
        return users();
      case ENROLLMENT:
        return enrollments();
      case DEMOGRAPHICS:
        return demographics();
      default:
        return List.of();
    }
  }

  List<ObjectNode> teachers() {
    return filter(users(), u -> Nodes.hasRole(u, "teacher"));
  }

  List<ObjectNode> students() {
    return filter(users(), u -> Nodes.hasRole(u, "student"));
  }

  ObjectNode userByEmail(String email) {
    for (ObjectNode user : users()) {
      if (email.equals(Nodes.text(user, "email"))) {
        return user;
      }
    }
    return null;
  }

  List<ObjectNode> classesOfUser(String userId) {
    Set<String> classIds = new LinkedHashSet<>();
    for (ObjectNode e : enrollments()) {
      if (userId.equals(Nodes.refId(e, "user"))) {
        classIds.add(Nodes.refId(e, "class"));
      }
    }
    return resolve(Kind.CLASS, classIds);
  }

  /** Users enrolled in the class; {@code role} null means every role. */
  List<ObjectNode> usersOfClass(String classId, String role) {
    Set<String> userIds = new LinkedHashSet<>();
    for (ObjectNode e : enrollmentsOfClass(classId)) {
      if (role == null || role.equals(Nodes.text(e, "role"))) {
        userIds.add(Nodes.refId(e, "user"));
      }
    }
    return resolve(Kind.USER, userIds);
  }

  boolean isEnrolled(String userId, String classId, String role) {
    for (ObjectNode e : enrollmentsOfClass(classId)) {
      if (userId.equals(Nodes.refId(e, "user"))
          && (role == null || role.equals(Nodes.text(e, "role")))) {
        return true;
      }
    }
    return false;
  }

  List<ObjectNode> enrollmentsOfClass(String classId) {
    return filter(enrollments(), e -> classId.equals(Nodes.refId(e, "class")));
  }

  List<ObjectNode> enrollmentsOfSchool(String schoolId) {
    return filter(enrollments(), e -> schoolId.equals(Nodes.refId(e, "school")));
  }

  /** Users with the school among their orgs; {@code role} null means every role. */
  List<ObjectNode> usersOfSchool(String schoolId, String role) {
    return filter(
        users(), u -> Nodes.inOrg(u, schoolId) && (role == null || Nodes.hasRole(u, role)));
  }

  List<ObjectNode> classesOfSchool(String schoolId) {
    return filter(classes(), c -> schoolId.equals(Nodes.refId(c, "school")));
  }

  List<ObjectNode> classesOfCourse(String courseId) {
    return filter(classes(), c -> courseId.equals(Nodes.refId(c, "course")));
  }

  List<ObjectNode> classesOfTerm(String termId) {
    return filter(classes(), c -> Nodes.refsContain(c, "terms", termId));
  }

  List<ObjectNode> coursesOfSchool(String schoolId) {
    return filter(courses(), c -> schoolId.equals(Nodes.refId(c, "org")));
  }

  static List<ObjectNode> filter(List<ObjectNode> nodes, Predicate<ObjectNode> keep) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode node : nodes) {
      if (keep.test(node)) {
        out.add(node);
      }
    }
    return out;
  }

  private List<ObjectNode> resolve(Kind kind, Set<String> ids) {
    List<ObjectNode> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      ObjectNode node = id == null ? null : find(kind, id);
      if (node != null) {
        out.add(node);
      }
    }
    return out;
  }
}
