package org.oneroster4j.internal.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneroster4j.OneRosterScopes;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException;

/** The endpoint table against the official OneRoster 1.2 OpenAPI's operations. */
class EndpointsTest {

  /** Operations left out on purpose, with the reason. */
  private static final Set<String> LEFT_OUT_PREFIXES =
      Set.of(
          // Server-allocated ids (createpost) would break idempotent re-export.
          "POST ");

  private static List<String[]> operations() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                EndpointsTest.class.getResourceAsStream("/spec/oneroster-1.2-operations.txt"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split(" "));
        }
      }
    }
    return out;
  }

  /** A path template with its parameter names erased: {@code /classes/{}/students}. */
  private static String shape(String template) {
    return template.replaceAll("\\{[^}]*}", "{}");
  }

  private static String key(String service, String method, String template) {
    return service + " " + method + " " + shape(template);
  }

  @Test
  void everyGetPutDeleteOfThe12OpenApi_isInTheTable() throws IOException {
    Set<String> table = new HashSet<>();
    for (Endpoint<?> e : Endpoints.ALL) {
      if (e.versions().contains(OneRosterVersion.V1_2)) {
        table.add(key(e.service().name(), e.method(), e.template()));
      }
    }
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (String[] op : operations()) {
      String call = op[1] + " " + op[2];
      if (LEFT_OUT_PREFIXES.stream().anyMatch(call::startsWith)) {
        continue;
      }
      checked++;
      if (!table.contains(key(op[0], op[1], op[2]))) {
        missing.add(op[0] + " " + call + " (" + op[3] + ")");
      }
    }
    assertThat(missing).as("1.2 operations without an endpoint").isEmpty();
    // Rostering's 41 GETs; gradebook's 35 operations less its 4 POSTs.
    assertThat(checked).isEqualTo(41 + 31);
  }

  @Test
  void everyTableEntry_isAnOperationOfThe12OpenApi_orA11OnlyOne() throws IOException {
    Set<String> spec = new HashSet<>();
    for (String[] op : operations()) {
      spec.add(key(op[0], op[1], op[2]));
    }
    for (Endpoint<?> e : Endpoints.ALL) {
      if (e.versions().contains(OneRosterVersion.V1_2)) {
        assertThat(spec)
            .as("%s is not an operation of the 1.2 OpenAPI", e)
            .contains(key(e.service().name(), e.method(), e.template()));
      }
    }
  }

  @Test
  void eachEndpointIsDeclaredOnce() {
    Set<String> seen = new HashSet<>();
    for (Endpoint<?> e : Endpoints.ALL) {
      assertThat(seen.add(key(e.service().name(), e.method(), e.template())))
          .as("declared twice: %s", e)
          .isTrue();
    }
  }

  @Test
  void path_percentEncodesIds() {
    assertThat(Endpoints.RESULTS_FOR_LINE_ITEM_FOR_CLASS.path("c 1/x", "l+1"))
        .isEqualTo("/classes/c%201%2Fx/lineItems/l%2B1/results");
  }

  @Test
  void path_refusesDotSegments_namingTheParameter() {
    assertThatThrownBy(() -> Endpoints.STUDENTS_FOR_CLASS.path(".."))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("classId")
        .hasMessageContaining("dot segment");
    assertThatThrownBy(() -> Endpoints.LINE_ITEM.path("."))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sourcedId");
  }

  @Test
  void path_refusesBlankIds() {
    assertThatThrownBy(() -> Endpoints.CLASS.path(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sourcedId must not be blank");
  }

  @Test
  void scopes_followServiceAndKind() {
    assertThat(Endpoints.STUDENTS_FOR_CLASS.scope()).isEqualTo("roster.readonly");
    assertThat(Endpoints.DEMOGRAPHIC_ALL.scope()).isEqualTo("roster-demographics.readonly");
    assertThat(Endpoints.LINE_ITEMS_FOR_CLASS.scope()).isEqualTo("gradebook.readonly");
    assertThat(Endpoints.PUT_RESULT.scope()).isEqualTo("gradebook.createput");
    assertThat(Endpoints.DELETE_LINE_ITEM.scope()).isEqualTo("gradebook.delete");
  }

  @Test
  void assessmentProfile_isGradebookService_12Only_withTheAssessmentScopes() {
    List<Endpoint<?>> assessment =
        Endpoints.ALL.stream().filter(e -> e.template().startsWith("/assessment")).toList();

    assertThat(assessment).hasSize(8);
    for (Endpoint<?> e : assessment) {
      assertThat(e.service()).as("%s", e).isEqualTo(org.oneroster4j.Service.GRADEBOOK);
      assertThat(e.versions()).as("%s", e).containsExactly(OneRosterVersion.V1_2);
      String expected =
          switch (e.kind()) {
            case LIST, GET -> OneRosterScopes.ASSESSMENT_READONLY;
            case PUT -> OneRosterScopes.ASSESSMENT_CREATEPUT;
            case DELETE -> OneRosterScopes.ASSESSMENT_DELETE;
          };
      assertThat(e.scope()).as("%s", e).isEqualTo(expected);
    }
    assertThat(Endpoints.ASSESSMENT_RESULT_ALL.scope()).isEqualTo("assessment.readonly");
    assertThat(Endpoints.PUT_ASSESSMENT_LINE_ITEM.scope()).isEqualTo("assessment.createput");
    assertThat(Endpoints.DELETE_ASSESSMENT_RESULT.scope()).isEqualTo("assessment.delete");
    assertThat(Endpoints.PUT_ASSESSMENT_RESULT.path("ar 1")).isEqualTo("/assessmentResults/ar%201");
  }
}
