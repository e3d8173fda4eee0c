package org.oneroster4j.internal.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.Service;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;
import org.oneroster4j.internal.PercentEncoding;

/**
 * One OneRoster endpoint, declared once as data: what it does, its method, its service, its path
 * template, the entity it carries, the scope it needs and the versions that define it. The client's
 * public methods delegate to these; the path template is split once into literal parts so that
 * building a request path is concatenation plus percent-encoding of the ids.
 *
 * @param <T> the entity the endpoint reads or writes
 */
public final class Endpoint<T> {
  /** What the endpoint does. */
  public enum Kind {
    /** {@code GET} of a collection (paged). */
    LIST,
    /** {@code GET} of one object. */
    GET,
    /** {@code PUT} of one object (create or replace). */
    PUT,
    /** {@code DELETE} of one object. */
    DELETE;

    /** The HTTP method. */
    public String method() {
      return this == LIST ? "GET" : name();
    }
  }

  private final String operationId;
  private final Kind kind;
  private final Service service;
  private final String template;
  private final Class<T> entity;
  private final String scope;
  private final Set<OneRosterVersion> versions;
  private final String[] literals;
  private final String[] params;

  Endpoint(
      String operationId,
      Kind kind,
      Service service,
      String template,
      Class<T> entity,
      Set<OneRosterVersion> versions) {
    this.operationId = Objects.requireNonNull(operationId, "operationId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.service = Objects.requireNonNull(service, "service");
    this.template = Objects.requireNonNull(template, "template");
    this.entity = Objects.requireNonNull(entity, "entity");
    this.versions = Set.copyOf(versions);
    this.scope = scopeOf(kind, service, template);
    List<String> lits = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int from = 0;
    int open;
    while ((open = template.indexOf('{', from)) >= 0) {
      int close = template.indexOf('}', open);
      lits.add(template.substring(from, open));
      names.add(template.substring(open + 1, close));
      from = close + 1;
    }
    lits.add(template.substring(from));
    this.literals = lits.toArray(String[]::new);
    this.params = names.toArray(String[]::new);
  }

  private static String scopeOf(Kind kind, Service service, String template) {
    if (service == Service.ROSTERING) {
      return template.startsWith("/demographics")
          ? OneRosterScopes.ROSTER_DEMOGRAPHICS_READONLY
          : OneRosterScopes.ROSTER_READONLY;
    }
    // The assessment profile is served by the gradebook service but has scopes of its own.
    if (template.startsWith("/assessment")) {
      return switch (kind) {
        case LIST, GET -> OneRosterScopes.ASSESSMENT_READONLY;
        case PUT -> OneRosterScopes.ASSESSMENT_CREATEPUT;
        case DELETE -> OneRosterScopes.ASSESSMENT_DELETE;
      };
    }
    return switch (kind) {
      case LIST, GET -> OneRosterScopes.GRADEBOOK_READONLY;
      case PUT -> OneRosterScopes.GRADEBOOK_CREATEPUT;
      case DELETE -> OneRosterScopes.GRADEBOOK_DELETE;
    };
  }

  /** The OpenAPI operationId, e.g. {@code getStudentsForClass}. */
  public String operationId() {
    return operationId;
  }

  /** What the endpoint does. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP method. */
  public String method() {
    return kind.method();
  }

  /** The service whose base URL the path is relative to. */
  public Service service() {
    return service;
  }

  /** The path template, e.g. {@code /classes/{classId}/students}. */
  public String template() {
    return template;
  }

  /** The entity read or written. */
  public Class<T> entity() {
    return entity;
  }

  /** The scope name (see {@link OneRosterScopes}) the endpoint needs. */
  public String scope() {
    return scope;
  }

  /** The versions that define the endpoint. */
  public Set<OneRosterVersion> versions() {
    return versions;
  }

  /**
   * The template's literal text before its first parameter, for example {@code /results/} of {@code
   * /results/{sourcedId}}; the whole template when it has none.
   */
  public String prefix() {
    return literals[0];
  }

  /** The names of the template's parameters, in order. */
  public List<String> parameters() {
    return List.of(params);
  }

  /**
   * The request path with {@code ids} percent-encoded into the template's parameters.
   *
   * @throws NullPointerException naming the parameter when an id is null
   * @throws IllegalArgumentException when the number of ids is wrong or an id is blank
   * @throws ValidationException when an id is {@code .} or {@code ..}, which a server that
   *     normalises paths would read as another resource
   */
  public String path(String... ids) {
    if (ids.length != params.length) {
      throw new IllegalArgumentException(
          template + " takes " + params.length + " ids, not " + ids.length);
    }
    if (params.length == 0) {
      return literals[0];
    }
    StringBuilder b = new StringBuilder(template.length() + 48);
    for (int i = 0; i < params.length; i++) {
      b.append(literals[i]).append(segment(ids[i], params[i]));
    }
    return b.append(literals[params.length]).toString();
  }

  /**
   * One id as a path segment: percent-encoded, never blank, never a dot segment.
   *
   * @param id the id
   * @param name the parameter's name, for errors
   */
  public static String segment(String id, String name) {
    Objects.requireNonNull(id, name);
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new ValidationException(
          "request path",
          List.of(
              new Violation(
                  name,
                  "'"
                      + id
                      + "' is a dot segment: a server that normalises paths would read another"
                      + " resource. Use the object's real sourcedId")));
    }
    return PercentEncoding.encode(id);
  }

  @Override
  public String toString() {
    return method() + " " + service.pathSegment() + " " + template;
  }
}
