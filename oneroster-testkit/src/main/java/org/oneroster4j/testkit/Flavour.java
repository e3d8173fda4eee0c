package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one SIS vendor differs from spec-faithful OneRoster 1.1: URL shapes, extra request checks,
 * default categories and lineItem rules. Add a vendor by adding a subclass and a case in {@link
 * #create}.
 */
abstract class Flavour {
  static final List<String> IDS =
      List.of("generic", "infinitecampus", "skyward", "aeries", "aspen", "sims");

  /** Settings a flavour may need. */
  record Settings(String appName, String vendorKey, String vendorSecret) {}

  static Flavour create(String id, Settings settings) {
    switch (id.toLowerCase(Locale.ROOT)) {
      case "generic":
        return new Generic();
      case "infinitecampus":
        return new InfiniteCampus(settings);
      case "skyward":
        return new Skyward();
      case "aeries":
        return new PilotFlavours.Aeries();
      case "aspen":
        return new PilotFlavours.Aspen();
      case "sims":
        return new PilotFlavours.Sims();
      default:
        throw new IllegalArgumentException(
            "Unknown fake SIS vendor flavour '" + id + "'; use one of " + IDS);
    }
  }

  abstract String id();

  /** Path of the OneRoster base, e.g. {@code /ims/oneroster/v1p1}. */
  abstract String basePath();

  /** Path of the token endpoint. */
  abstract String tokenPath();

  /** Query of the token URL (without {@code ?}), or null. */
  String tokenQuery() {
    return null;
  }

  /** What an administrator types for this vendor, given {@code http://host:port}. */
  String adminUrl(String root) {
    return root + basePath();
  }

  /** Rejects a token request this vendor would refuse (beyond credentials). */
  void checkTokenRequest(Call call) {}

  /** Adds response headers (e.g. cookies) to a token response before it is sent. */
  void beforeTokenResponse(Call call) {}

  /** Vendor options a client needs for this flavour (e.g. SIMS' organisation id). */
  java.util.Map<String, String> vendorOptions() {
    return java.util.Map.of();
  }

  /** Rejects an API request this vendor would refuse (beyond the token), e.g. missing headers. */
  void checkApiRequest(Call call, boolean gradebookPath) {}

  /** Categories the SIS has before any write. */
  List<ObjectNode> defaultCategories() {
    return List.of(
        category("cat-homework", "Homework"),
        category("cat-quizzes", "Quizzes"),
        category("cat-tests", "Tests"));
  }

  /** Whether a lineItem's category must reference an existing category. */
  boolean checksCategory() {
    return true;
  }

  /** Vendor rules for a lineItem about to be stored: may fill defaults, adds problems. */
  void applyLineItemRules(ObjectNode lineItem, List<String> problems) {}

  /** Vendor rules for a result about to be stored: adds problems. */
  void applyResultRules(ObjectNode result, List<String> problems) {}

  static ObjectNode category(String id, String title) {
    ObjectNode node = Nodes.F.objectNode();
    node.put("sourcedId", id);
    node.put("status", "active");
    node.put("dateLastModified", "2026-07-01T00:00:00.000Z");
    node.put("title", title);
    return node;
  }

  static final class Generic extends Flavour {
    @Override
    String id() {
      return "generic";
    }

    @Override
    String basePath() {
      return "/ims/oneroster/v1p1";
    }

    @Override
    String tokenPath() {
      return "/oauth/token";
    }
  }

  /**
   * Infinite Campus: app name in the base and token URLs, {@code x-vendor-authorization} on the
   * gradebook endpoints, a placeholder category, categories otherwise ignored (1.1).
   */
  static final class InfiniteCampus extends Flavour {
    static final String PLACEHOLDER_CATEGORY = "00000000-0000-0000-0000-000000000000";
    private final Settings settings;

    InfiniteCampus(Settings settings) {
      this.settings = settings;
    }

    @Override
    String id() {
      return "infinitecampus";
    }

    @Override
    String basePath() {
      return "/campus/api/oneroster/v1p1/" + settings.appName() + "/ims/oneroster/v1p1";
    }

    @Override
    String tokenPath() {
      return "/campus/oauth2/token";
    }

    @Override
    String tokenQuery() {
      return "appName=" + settings.appName();
    }

    @Override
    void checkTokenRequest(Call call) {
      String app = call.params.get("appName");
      if (app == null || app.isBlank()) {
        throw ApiError.badRequest("No Campus Application selected");
      }
      if (!app.equals(settings.appName())) {
        throw ApiError.badRequest("No Campus Application named '" + app + "'");
      }
    }

    @Override
    void checkApiRequest(Call call, boolean gradebookPath) {
      if (!gradebookPath) {
        return;
      }
      String expected = settings.vendorKey() + ":" + settings.vendorSecret();
      String sent = call.header("x-vendor-authorization");
      if (sent == null) {
        throw ApiError.unauthorized(
            "Missing x-vendor-authorization header (vendorKey:vendorSecret) on a gradebook endpoint");
      }
      if (!java.security.MessageDigest.isEqual(
          sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          expected.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
        throw ApiError.unauthorized("Wrong vendor key or secret in x-vendor-authorization");
      }
    }

    @Override
    List<ObjectNode> defaultCategories() {
      return List.of(category(PLACEHOLDER_CATEGORY, "Uncategorized"));
    }

    @Override
    boolean checksCategory() {
      return false;
    }
  }

  /**
   * Skyward: {@code /api} base, token at {@code /api/token}, admin's Default Category applied to
   * lineItems sent without one, due date required, whole-number points.
   */
  static final class Skyward extends Flavour {
    static final String DEFAULT_CATEGORY = "cat-assignments";

    @Override
    String id() {
      return "skyward";
    }

    @Override
    String basePath() {
      return "/api/ims/oneroster/v1p1";
    }

    @Override
    String tokenPath() {
      return "/api/token";
    }

    @Override
    String adminUrl(String root) {
      return root;
    }

    @Override
    List<ObjectNode> defaultCategories() {
      return List.of(
          category(DEFAULT_CATEGORY, "Assignments"),
          category("cat-quizzes", "Quizzes"),
          category("cat-tests", "Tests"));
    }

    @Override
    void applyLineItemRules(ObjectNode lineItem, List<String> problems) {
      JsonNode category = lineItem.get("category");
      if (category == null || category.isNull()) {
        lineItem.set("category", Nodes.ref(DEFAULT_CATEGORY, "category"));
      }
      if (lineItem.path("dueDate").asText("").isEmpty()) {
        problems.add("dueDate is required");
      }
      JsonNode max = lineItem.get("resultValueMax");
      if (max == null || !max.isNumber()) {
        problems.add("resultValueMax is required and must be a whole number");
      } else if (max.doubleValue() != Math.rint(max.doubleValue())) {
        problems.add("resultValueMax must be a whole number, not " + max.asText());
      }
    }
  }

  static List<String> problems() {
    return new ArrayList<>();
  }
}
