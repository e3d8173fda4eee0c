package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.error.ValidationException;

/** The permission switch and disconnect refuse before any request is sent. */
class GradeExportConnectionTest {
  // Nothing listens here: any request would fail, so a refusal proves nothing was sent.
  private static OneRosterClient client() {
    return OneRosterClient.builder()
        .url("http://127.0.0.1:9/ims/oneroster/v1p1")
        .tokenUrl("http://127.0.0.1:9/oauth/token")
        .credentials(Credentials.clientCredentials("id", "secret"))
        .allowInsecureHttp(true)
        .build();
  }

  private static final Gradebook GRADEBOOK =
      Gradebook.builder()
          .addClass(
              GradebookClass.builder()
                  .classSourcedId("c-1")
                  .assignment(PlannerTest.quiz("a1").build())
                  .build())
          .build();

  @Test
  void gradeExport_isSwitchedOnByDefault() {
    GradeExportConnection connection = GradeExportConnection.builder().client(client()).build();

    assertThat(connection.isGradeExportEnabled()).isTrue();
    assertThat(connection.linker()).isNotNull();
    assertThat(connection.exporter()).isNotNull();
  }

  @Test
  void gradeExportSwitchedOff_refusesLinkingAndExport() {
    GradeExportConnection connection = GradeExportConnection.builder().client(client()).build();

    connection.disableGradeExport();

    assertThat(connection.isGradeExportEnabled()).isFalse();
    assertThat(connection.namespace()).isEqualTo("default");
    assertThatThrownBy(connection::linker)
        .isInstanceOfSatisfying(
            GradeExportUnavailableException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(GradeExportUnavailableException.Reason.GRADE_EXPORT_DISABLED))
        .hasMessageContaining("cannot link classes")
        .hasMessageContaining("administrator must enable it");
    assertThatThrownBy(connection::exporter)
        .isInstanceOf(GradeExportUnavailableException.class)
        .hasMessageContaining("cannot export grades");
  }

  @Test
  void anExporterObtainedWhileEnabled_refusesOnceSwitchedOff() {
    GradeExportConnection connection = GradeExportConnection.builder().client(client()).build();
    GradeExporter exporter = connection.exporter();
    ClassLinker linker = connection.linker();

    connection.disableGradeExport();

    assertThatThrownBy(() -> exporter.export(GRADEBOOK))
        .isInstanceOf(GradeExportUnavailableException.class);
    assertThatThrownBy(() -> exporter.plan(GRADEBOOK))
        .isInstanceOf(GradeExportUnavailableException.class);
    assertThatThrownBy(() -> linker.linkableClasses("kim@example.edu"))
        .isInstanceOf(GradeExportUnavailableException.class);
  }

  @Test
  void disconnect_refusesEverything_untilReconnected() {
    GradeExportConnection connection =
        GradeExportConnection.builder().client(client()).gradeExportEnabled(true).build();
    GradeExporter exporter = connection.exporter();

    connection.disconnect();

    assertThat(connection.isConnected()).isFalse();
    for (Runnable call :
        new Runnable[] {
          connection::exporter,
          connection::linker,
          connection::check,
          () -> exporter.plan(GRADEBOOK)
        }) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              GradeExportUnavailableException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(GradeExportUnavailableException.Reason.DISCONNECTED))
          .hasMessageContaining("reconnect");
    }
    connection.reconnect(client());
    assertThat(connection.isConnected()).isTrue();
    assertThat(connection.exporter()).isNotNull();
    assertThat(connection.toString()).contains("connected=true").doesNotContain("secret");
  }

  @Test
  void export_refusesANamespaceThatContradictsTheGradebooks() {
    Gradebook other = GRADEBOOK.toBuilder().namespace("other-lms").build();

    assertThatThrownBy(() -> GradeExporter.of(client()).namespace("my-lms").plan(other))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("namespace")
        .hasMessageContaining("duplicate");
  }
}
