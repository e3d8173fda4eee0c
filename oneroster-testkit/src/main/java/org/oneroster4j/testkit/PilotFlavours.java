package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pilot vendors' flavours: Aeries, Aspen (Follett) and Capita SIMS. Each imitates what the
 * vendor is documented (or, where marked, inferred) to require, so the vendor modules' rules are
 * exercised end to end.
 */
final class PilotFlavours {
  private PilotFlavours() {}

  /** The relative path below the base, e.g. {@code lineItems/x}, or null outside the API. */
  private static String relative(Call call, String basePath) {
    return call.rawPath.startsWith(basePath + "/")
        ? call.rawPath.substring(basePath.length() + 1)
        : null;
  }

  private static String firstSegment(String relative) {
    if (relative == null) {
      return "";
    }
    int slash = relative.indexOf('/');
    return slash < 0 ? relative : relative.substring(0, slash);
  }

  private static Map<String, String> form(Call call) {
    return Call.parseQuery(new String(call.body, StandardCharsets.UTF_8));
  }

  /**
   * Aeries: the site lives under {@code /aeries}; tokens at {@code /aeries/token} need a {@code
   * scope}; the token response sets {@code ARRAffinity} and {@code ASP.NET_SessionId} cookies that
   * every later call must send; whole-number points, due date required, titles of at most 50
   * characters.
   */
  static final class Aeries extends Flavour {
    static final String AFFINITY_COOKIE = "ARRAffinity";
    static final String SESSION_COOKIE = "ASP.NET_SessionId";
    static final int TITLE_MAX = 50;

    private final SecureRandom random = new SecureRandom();
    private final String affinity = hex(16);
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();

    private String hex(int bytes) {
      byte[] raw = new byte[bytes];
      random.nextBytes(raw);
      return HexFormat.of().formatHex(raw);
    }

    @Override
    String id() {
      return "aeries";
    }

    @Override
    String basePath() {
      return "/aeries/ims/oneroster/v1p1";
    }

    @Override
    String tokenPath() {
      return "/aeries/token";
    }

    @Override
    String adminUrl(String root) {
      return root + "/aeries";
    }

    @Override
    void checkTokenRequest(Call call) {
      String scope = form(call).get("scope");
      if (scope == null || scope.isBlank()) {
        throw ApiError.badRequest("Aeries requires at least one scope in the token request");
      }
    }

    /** Pins the client to this "server" and opens a session, as Aeries' load balancer does. */
    @Override
    void beforeTokenResponse(Call call) {
      String session = hex(12);
      sessions.add(session);
      call.header("Set-Cookie", AFFINITY_COOKIE + "=" + affinity + "; Path=/; HttpOnly; Secure");
      call.header("Set-Cookie", SESSION_COOKIE + "=" + session + "; path=/; HttpOnly");
    }

    @Override
    void checkApiRequest(Call call, boolean gradebookPath) {
      Map<String, String> cookies = new LinkedHashMap<>();
      String header = call.header("Cookie");
      if (header != null) {
        for (String pair : header.split(";")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
          }
        }
      }
      String sentAffinity = cookies.get(AFFINITY_COOKIE);
      String sentSession = cookies.get(SESSION_COOKIE);
      if (sentAffinity == null || sentSession == null) {
        throw ApiError.unauthorized(
            "Missing "
                + AFFINITY_COOKIE
                + " and "
                + SESSION_COOKIE
                + " cookies: send the cookies of the token response on every call");
      }
      if (!sentAffinity.equals(affinity) || !sessions.contains(sentSession)) {
        throw ApiError.unauthorized("Unknown Aeries session; request a new token");
      }
    }

    @Override
    void applyLineItemRules(ObjectNode lineItem, List<String> problems) {
      String title = Nodes.text(lineItem, "title");
      if (title != null && title.codePointCount(0, title.length()) > TITLE_MAX) {
        problems.add("title is longer than " + TITLE_MAX + " characters");
      }
      if (lineItem.path("dueDate").asText("").isEmpty()) {
        problems.add("dueDate is required");
      }
      JsonNode max = lineItem.get("resultValueMax");
      if (max != null && max.isNumber() && max.doubleValue() != Math.rint(max.doubleValue())) {
        problems.add("resultValueMax must be a whole number, not " + max.asText());
      }
    }
  }

  /**
   * Aspen: an opaque base path and token URL; categories cannot be created or changed ({@code PUT
   * /categories} → 405); deleting a lineItem is not supported ({@code DELETE /lineItems} → 405);
   * comments of at most 100 characters (longer → 422).
   */
  static final class Aspen extends Flavour {
    static final int COMMENT_MAX = 100;

    @Override
    String id() {
      return "aspen";
    }

    @Override
    String basePath() {
      return "/aspen/rest/ims/oneroster/v1p1";
    }

    @Override
    String tokenPath() {
      return "/aspen/rest/oauth/token";
    }

    @Override
    void checkApiRequest(Call call, boolean gradebookPath) {
      String collection = firstSegment(relative(call, basePath()));
      if (call.method.equals("PUT") && collection.equals("categories")) {
        call.header("Allow", "GET");
        throw new ApiError(
            405, "unsupportedoperation", "Aspen does not create or change categories");
      }
      if (call.method.equals("DELETE") && collection.equals("lineItems")) {
        call.header("Allow", "GET, PUT");
        throw new ApiError(
            405,
            "unsupportedoperation",
            "Aspen does not delete assignments through OneRoster; delete it in Aspen");
      }
    }

    @Override
    void applyResultRules(ObjectNode result, List<String> problems) {
      String comment = Nodes.text(result, "comment");
      if (comment != null && comment.codePointCount(0, comment.length()) > COMMENT_MAX) {
        problems.add("comment is longer than " + COMMENT_MAX + " characters");
      }
    }
  }

  /**
   * Capita SIMS: fixed paths, tokens at {@code /connect/token} only for a request naming the
   * school's organisation in {@code acr_values}. The {@code orgselection:<id>} syntax is the SDK's
   * inference (SIMS does not publish it), imitated here so that the SDK's default is exercised.
   */
  static final class Sims extends Flavour {
    static final String ORGANISATION_ID = "5c030578-1832-4c66-80c4-0e5deb68d3fe";

    @Override
    String id() {
      return "sims";
    }

    @Override
    String basePath() {
      return "/ims/oneroster/v1p1";
    }

    @Override
    String tokenPath() {
      return "/connect/token";
    }

    @Override
    String adminUrl(String root) {
      return root;
    }

    @Override
    void checkTokenRequest(Call call) {
      String acr = form(call).get("acr_values");
      if (acr == null || acr.isBlank()) {
        throw ApiError.badRequest(
            "acr_values is required: name the school's organisation (orgselection:<id>)");
      }
      if (!List.of(acr.strip().split("\\s+")).contains("orgselection:" + ORGANISATION_ID)) {
        throw ApiError.badRequest("acr_values does not name this client's organisation");
      }
    }

    @Override
    Map<String, String> vendorOptions() {
      return Map.of("organisationId", ORGANISATION_ID);
    }
  }
}
