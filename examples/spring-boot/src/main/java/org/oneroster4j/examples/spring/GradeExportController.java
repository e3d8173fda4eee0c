package org.oneroster4j.examples.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.export.ExportReport;
import org.oneroster4j.export.GradeExportConnection;
import org.oneroster4j.export.GradeExportUnavailableException;
import org.oneroster4j.export.Gradebook;
import org.oneroster4j.testkit.FakeSis;
import org.oneroster4j.testkit.Seed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /exports} takes a gradebook JSON (the README's "Gradebook file" format) and answers
 * with the export report JSON; {@code GET /sample-gradebook} gives a gradebook for the embedded
 * fake SIS to try it with.
 */
@RestController
public class GradeExportController {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GradeExportConnection connection;
  private final ObjectProvider<FakeSis> embeddedSis;

  /**
   * Created by Spring with the one configured connection.
   *
   * @param connection the {@code demo} connection, injected without a qualifier
   * @param embeddedSis the embedded fake SIS, when it runs
   */
  public GradeExportController(
      GradeExportConnection connection, ObjectProvider<FakeSis> embeddedSis) {
    this.connection = connection;
    this.embeddedSis = embeddedSis;
  }

  /**
   * Exports a gradebook to the SIS.
   *
   * @param body the gradebook JSON
   * @return the export report JSON
   * @throws IOException when the body cannot be read
   */
  @PostMapping(
      path = "/exports",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public String export(InputStream body) throws IOException {
    Gradebook gradebook = Gradebook.fromJson(body);
    ExportReport report = connection.exporter().export(gradebook);
    return report.toJson();
  }

  /**
   * A gradebook of one assignment for the first class of the embedded SIS's teacher, graded for
   * three students.
   *
   * @return the gradebook JSON
   * @throws JsonProcessingException never: the map holds strings and numbers only
   */
  @GetMapping(path = "/sample-gradebook", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> sampleGradebook() throws JsonProcessingException {
    FakeSis sis = embeddedSis.getIfAvailable();
    if (sis == null) {
      return error(
          HttpStatus.NOT_FOUND, "the sample needs the embedded SIS (embedded-sis.enabled=true)");
    }
    Seed seed = sis.seed();
    String classId = seed.classIdsOf(seed.teacherId()).get(0);
    List<String> students = seed.studentIdsOf(classId);
    List<Map<String, Object>> grades = new ArrayList<>();
    for (int i = 0; i < Math.min(3, students.size()); i++) {
      grades.add(
          Map.of("studentSourcedId", students.get(i), "score", 7 + i, "status", "fully graded"));
    }
    Map<String, Object> quiz = new LinkedHashMap<>();
    quiz.put("id", "quiz-1");
    quiz.put("title", "Quiz 1");
    quiz.put("assignDate", "2026-09-01T00:00:00Z");
    quiz.put("dueDate", "2026-09-08T23:59:00Z");
    quiz.put("maxPoints", 10);
    quiz.put("grades", grades);
    Map<String, Object> gradebook = new LinkedHashMap<>();
    gradebook.put("namespace", connection.namespace());
    gradebook.put(
        "classes", List.of(Map.of("classSourcedId", classId, "assignments", List.of(quiz))));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(JSON.writeValueAsString(gradebook));
  }

  /**
   * A gradebook that cannot be read: 400 with every problem.
   *
   * @param e the problems
   * @return the answer
   */
  @ExceptionHandler(ValidationException.class)
  public ResponseEntity<String> invalid(ValidationException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /**
   * Grade export switched off for the connection: 409.
   *
   * @param e why
   * @return the answer
   */
  @ExceptionHandler(GradeExportUnavailableException.class)
  public ResponseEntity<String> unavailable(GradeExportUnavailableException e) {
    return error(HttpStatus.CONFLICT, e.getMessage());
  }

  private static ResponseEntity<String> error(HttpStatus status, String message) {
    String body;
    try {
      body = JSON.writeValueAsString(Map.of("message", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
