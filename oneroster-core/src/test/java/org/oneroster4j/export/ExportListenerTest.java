package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.oneroster4j.Credentials;
import org.oneroster4j.OneRosterClient;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.ValidationException;

/**
 * The run's frame of events: {@code started} first, then {@code finished} or {@code aborted}, on
 * the calling thread, heard by the listener {@code started} returned. The gradebooks here need no
 * SIS request (no classes, or a namespace conflict found before any read), so nothing listens.
 */
class ExportListenerTest {
  private static OneRosterClient client() {
    return OneRosterClient.builder()
        .url("http://127.0.0.1:9/ims/oneroster/v1p1")
        .tokenUrl("http://127.0.0.1:9/oauth/token")
        .credentials(Credentials.clientCredentials("id", "secret"))
        .allowInsecureHttp(true)
        .build();
  }

  /** Records events as "name" strings, with the thread for the frame events. */
  static final class Recorder implements ExportListener {
    final String name;
    final List<String> events;

    Recorder(String name, List<String> events) {
      this.name = name;
      this.events = events;
    }

    @Override
    public ExportListener started(ExportStart start) {
      events.add(name + " started " + start + " on " + Thread.currentThread().getName());
      return new Recorder(name + "/run", events);
    }

    @Override
    public void planned(ExportPlan plan) {
      events.add(name + " planned " + plan.writeCount());
    }

    @Override
    public void finished(ExportReport report) {
      events.add(name + " finished on " + Thread.currentThread().getName());
    }

    @Override
    public void aborted(RuntimeException error) {
      events.add(name + " aborted " + error.getClass().getSimpleName());
    }
  }

  @Test
  void export_tellsStarted_thenTheRunListenerHearsPlannedAndFinished_onTheCallingThread() {
    List<String> events = new CopyOnWriteArrayList<>();
    String thread = Thread.currentThread().getName();

    GradeExporter.of(client())
        .listener(new Recorder("a", events))
        .export(Gradebook.builder().build());

    assertThat(events)
        .containsExactly(
            "a started export to generic OneRoster 1.1: 0 class(es), concurrency 4 on " + thread,
            "a/run planned 0",
            "a/run finished on " + thread);
  }

  @Test
  void exportStart_carriesVendorVersionClassesAndConcurrency() {
    List<ExportStart> starts = new CopyOnWriteArrayList<>();
    ExportListener listener =
        new ExportListener() {
          @Override
          public ExportListener started(ExportStart start) {
            starts.add(start);
            return this;
          }
        };

    GradeExporter.of(client())
        .concurrency(3)
        .listener(listener)
        .export(Gradebook.builder().build());

    assertThat(starts).hasSize(1);
    assertThat(starts.get(0).vendor()).isEqualTo("generic");
    assertThat(starts.get(0).version()).isEqualTo(OneRosterVersion.V1_1);
    assertThat(starts.get(0).classes()).isZero();
    assertThat(starts.get(0).concurrency()).isEqualTo(3);
  }

  @Test
  void exportStart_builder_requiresVendorAndVersion_andChecksCounts() {
    ExportStart start =
        ExportStart.builder().vendor("skyward").version(OneRosterVersion.V1_2).classes(2).build();

    assertThat(start.concurrency()).isEqualTo(1);
    assertThat(start).hasToString("export to skyward OneRoster 1.2: 2 class(es), concurrency 1");
    assertThatThrownBy(() -> ExportStart.builder().version(OneRosterVersion.V1_1).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("vendor");
    assertThatThrownBy(
            () ->
                ExportStart.builder()
                    .vendor("generic")
                    .version(OneRosterVersion.V1_1)
                    .concurrency(0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void export_thatThrows_tellsAborted_andNotFinished() {
    List<String> events = new CopyOnWriteArrayList<>();
    Gradebook other = Gradebook.builder().namespace("other-lms").build();

    assertThatThrownBy(
            () ->
                GradeExporter.of(client())
                    .namespace("my-lms")
                    .listener(new Recorder("a", events))
                    .export(other))
        .isInstanceOf(ValidationException.class);

    assertThat(events).hasSize(2);
    assertThat(events.get(1)).isEqualTo("a/run aborted ValidationException");
  }

  @Test
  void connectionListener_hearsEveryRun_besidesTheExportersOwn() {
    List<String> events = new CopyOnWriteArrayList<>();
    GradeExportConnection connection =
        GradeExportConnection.builder()
            .client(client())
            .exportListener(new Recorder("connection", events))
            .build();

    connection.exporter().listener(new Recorder("own", events)).export(Gradebook.builder().build());
    connection.exporter().export(Gradebook.builder().build());

    assertThat(events.stream().filter(e -> e.startsWith("connection/run finished"))).hasSize(2);
    assertThat(events.stream().filter(e -> e.startsWith("own/run finished"))).hasSize(1);
    assertThat(connection.exportListener()).isInstanceOf(Recorder.class);
  }

  @Test
  void of_keepsTellingTheOthers_whenOneListenerThrows() {
    List<String> events = new CopyOnWriteArrayList<>();
    ExportListener throwing =
        new ExportListener() {
          @Override
          public ExportListener started(ExportStart start) {
            throw new IllegalStateException("boom");
          }

          @Override
          public void finished(ExportReport report) {
            throw new IllegalStateException("boom");
          }
        };

    GradeExporter.of(client())
        .listener(ExportListener.of(throwing, new Recorder("b", events)))
        .export(Gradebook.builder().build());

    assertThat(events).hasSize(3);
    assertThat(events.get(2)).startsWith("b/run finished");
  }
}
