package org.oneroster4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oneroster4j.OneRosterVersion;

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

  /** Path of the OneRoster 1.1 base, e.g. {@code /ims/oneroster/v1p1}. */
  abstract String basePath();

  /** Whether this flavour can speak {@code version}; every flavour speaks 1.1. */
  boolean supports(OneRosterVersion version) {
    return version == OneRosterVersion.V1_1;
  }

  /**
   * Path of the root ending in {@code /ims/oneroster} under which {@code version} lives: 1.1's base
   * without its {@code /v1p1}, or the 1.2 root that holds {@code rostering/v1p2}, {@code
   * gradebook/v1p2}…
   */
  String rootPath(OneRosterVersion version) {
    String base = basePath();
    return base.substring(0, base.lastIndexOf('/'));
  }

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

  /**
   * Refuses a 1.2 gradebook write this vendor would refuse beyond the spec (e.g. Infinite Campus:
   * no category writes, a real category on every lineItem).
   *
   * @param kind the entity written
   * @param node the entity as sent, or null for a delete
   */
  void checkWriteV12(Kind kind, ObjectNode node) {}

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
    boolean supports(OneRosterVersion version) {
      return true;
    }

    @Override
    String rootPath(OneRosterVersion version) {
      return "/ims/oneroster";
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

    /** The "no category" id Campus refuses on 1.2 lineItems. */
    static final String NO_CATEGORY_V12 = "11111111-1111-1111-1111-111111111111";

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
    boolean supports(OneRosterVersion version) {
      return true;
    }

    @Override
    String rootPath(OneRosterVersion version) {
      return "/campus/api/oneroster/"
          + version.pathSegment()
          + "/"
          + settings.appName()
          + "/ims/oneroster";
    }

    /** Campus 1.2: categories are the teacher's, never an integration's (IC-PUSH). */
    @Override
    void checkWriteV12(Kind kind, ObjectNode node) {
      if (kind == Kind.CATEGORY) {
        throw new ApiError(
            403,
            "forbidden",
            "Infinite Campus does not let integrations create or change categories; use one of"
                + " the class's categories from GET /classes/{id}/categories");
      }
      if (kind == Kind.LINE_ITEM && node != null) {
        String category = Nodes.refId(node, "category");
        if (category == null || category.equals(NO_CATEGORY_V12)) {
          throw ApiError.invalidData(
              "Line items are required to have a category and cannot be '"
                  + NO_CATEGORY_V12
                  + "' (OneRoster 1.2)");
        }
      }
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
