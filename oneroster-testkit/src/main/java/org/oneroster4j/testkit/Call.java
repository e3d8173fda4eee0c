package org.oneroster4j.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One HTTP exchange: the request as read, and helpers that send (and remember) the response. */
final class Call {
  final HttpExchange exchange;
  final String method;
  final String rawPath;
  final String rawQuery;
  final Map<String, String> params;
  final byte[] body;
  int status;

  /** When the server began handling the request, by the fake SIS's clock. */
  java.time.Instant receivedAt = java.time.Instant.EPOCH;

  /**
   * OneRoster 1.2 error bodies: one {@code imsx_StatusInfo} object instead of 1.1's {@code
   * statusInfoSet} array.
   */
  boolean singleStatusInfo;

  /** A warning to add to this call's successful JSON or empty answer (a fault's), or null. */
  ApiError successWarning;

  /** Runs once, just before the status line is sent (so a recording never lags the response). */
  Runnable beforeSend = () -> {};

  /**
   * Whether the response was abandoned after its headers: the connection must be dropped, not
   * closed normally (see {@link #stream}).
   */
  boolean aborted;

  Call(HttpExchange exchange, byte[] body) {
    this.exchange = exchange;
    this.method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    this.rawPath = exchange.getRequestURI().getRawPath();
    this.rawQuery = exchange.getRequestURI().getRawQuery();
    this.params = parseQuery(rawQuery);
    this.body = body;
  }

  /** A request whose target could not be parsed: {@code target} as the client sent it. */
  Call(HttpExchange exchange, String target) {
    this.exchange = exchange;
    this.method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    int q = target.indexOf('?');
    this.rawPath = q < 0 ? target : target.substring(0, q);
    this.rawQuery = q < 0 ? null : target.substring(q + 1);
    this.params = Map.of();
    this.body = new byte[0];
  }

  /** Query parameters, decoded; the first occurrence of a name wins. */
  static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("Malformed percent-encoding in '" + s + "'");
    }
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  void header(String name, String value) {
    exchange.getResponseHeaders().add(name, value);
  }

  boolean responded() {
    return status != 0;
  }

  void json(int code, JsonNode node) throws IOException {
    if (successWarning != null && code < 300 && node instanceof ObjectNode object) {
      ObjectNode withWarning = Nodes.F.objectNode();
      withWarning.setAll(object);
      withWarning.putArray("statusInfoSet").add(statusInfo(successWarning));
      successWarning = null;
      node = withWarning;
    }
    byte[] bytes = Nodes.MAPPER.writeValueAsBytes(node);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    status = code;
    beforeSend.run();
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void noContent(int code) throws IOException {
    if (successWarning != null) {
      ObjectNode info = statusInfo(successWarning);
      successWarning = null;
      json(code == 204 ? 200 : code, info);
      return;
    }
    status = code;
    beforeSend.run();
    exchange.sendResponseHeaders(code, -1);
  }

  /**
   * Streams a JSON body (chunked) so large collections are never built as one string. When writing
   * fails after the headers were sent, the response is abandoned: nothing more is written, no
   * terminating chunk, and the connection is dropped ({@link Aborted}), as a crashing server's
   * would be. Closing the body normally would hand the client a well-formed but short page.
   */
  void stream(int code, JsonWriter writer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    status = code;
    beforeSend.run();
    exchange.sendResponseHeaders(code, 0);
    OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 16384);
    JsonGenerator gen = Nodes.MAPPER.getFactory().createGenerator(out);
    try {
      writer.write(gen);
    } catch (IOException | RuntimeException e) {
      aborted = true;
      throw new Aborted(e);
    }
    gen.close();
    out.close();
  }

  /** A response abandoned after its headers; the handler drops the connection. */
  static final class Aborted extends IOException {
    private static final long serialVersionUID = 1L;

    Aborted(Throwable cause) {
      super("response abandoned after its headers: " + cause, cause);
    }
  }

  /** Writes a JSON body. */
  interface JsonWriter {
    void write(JsonGenerator gen) throws IOException;
  }

  void error(ApiError e) throws IOException {
    if (singleStatusInfo) {
      json(e.status, statusInfo(e));
      return;
    }
    ObjectNode body = Nodes.F.objectNode();
    body.putArray("statusInfoSet").add(statusInfo(e));
    json(e.status, body);
  }

  /** The 1EdTech imsx status-info object for an error or warning. */
  static ObjectNode statusInfo(ApiError e) {
    boolean warning = e.status < 400;
    ObjectNode info = Nodes.F.objectNode();
    info.put("imsx_codeMajor", warning ? "success" : "failure");
    info.put("imsx_severity", warning ? "warning" : "error");
    info.put("imsx_description", e.getMessage());
    ObjectNode minor = info.putObject("imsx_CodeMinor");
    ArrayNode fields = minor.putArray("imsx_codeMinorField");
    ObjectNode field = fields.addObject();
    field.put("imsx_codeMinorFieldName", "TargetEndSystem");
    field.put("imsx_codeMinorFieldValue", e.codeMinor);
    return info;
  }

  static void writeWarnings(JsonGenerator gen, List<ApiError> warnings) throws IOException {
    if (warnings.isEmpty()) {
      return;
    }
    gen.writeArrayFieldStart("statusInfoSet");
    for (ApiError w : warnings) {
      Nodes.MAPPER.writeTree(gen, statusInfo(w));
    }
    gen.writeEndArray();
  }
}
