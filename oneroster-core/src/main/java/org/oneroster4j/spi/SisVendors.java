package org.oneroster4j.spi;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.oneroster4j.OneRosterVersion;
import org.oneroster4j.error.OneRosterException;
import org.oneroster4j.error.ValidationException;
import org.oneroster4j.error.ValidationException.Violation;

/**
 * Finds the {@link SisVendor} for a connection among the vendor modules on the class path or module
 * path ({@link ServiceLoader}), and lists the SIS partnership status table.
 *
 * <pre>{@code
 * // The one installed vendor that detects the URL, else generic:
 * SisVendor vendor = SisVendors.resolve(null, null, "https://sis.district.example");
 * }</pre>
 */
public final class SisVendors {
  /** The id of the spec-faithful vendor in core, used when nothing else applies. */
  public static final String GENERIC = "generic";

  /**
   * SIS partners that have no vendor module, shown in {@link #partners()} as not installed. Every
   * partner with a module describes itself ({@link SisVendor#id()}, {@link
   * SisVendor#displayName()}, {@link SisVendor#status()}), so core keeps no copy of those; today
   * every partner has a module, so this is empty.
   */
  private static final List<PartnerInfo> WITHOUT_MODULE = List.of();

  private SisVendors() {}

  /**
   * Picks the vendor for a connection: {@code explicit} if given, else the installed vendor with
   * {@code id}, else the one installed vendor that {@linkplain SisVendor#detects detects} {@code
   * url}, else {@code generic}.
   *
   * <p>Ids are compared ignoring case, spaces, hyphens and underscores ({@code "My SIS"} finds
   * {@code mysis}).
   *
   * @param explicit a vendor instance chosen by the caller, or null
   * @param id a vendor id, or null
   * @param url the URL as the administrator typed it, or null
   * @return the vendor
   * @throws ValidationException when {@code id} is not installed (naming the installed ids), or
   *     when several vendors detect the URL (naming them; set the vendor explicitly). A URL no
   *     installed vendor detects gets {@code generic}: core keeps no list of vendors' hosts
   */
  public static SisVendor resolve(SisVendor explicit, String id, String url) {
    if (explicit != null) {
      return explicit;
    }
    return resolve(null, id, url, installed());
  }

  /**
   * Like {@link #resolve(SisVendor, String, String)}, choosing among {@code candidates} instead of
   * the vendors {@link ServiceLoader} finds (for containers with their own plug-in loading). {@code
   * generic} is used when no candidate has that id.
   *
   * @param explicit a vendor instance chosen by the caller, or null
   * @param id a vendor id, or null
   * @param url the URL as typed, or null
   * @param candidates the vendors to choose from
   * @return the vendor
   */
  public static SisVendor resolve(
      SisVendor explicit, String id, String url, List<? extends SisVendor> candidates) {
    if (explicit != null) {
      return explicit;
    }
    List<SisVendor> vendors = withGeneric(candidates);
    if (id != null && !id.isBlank()) {
      return byId(id, vendors);
    }
    Optional<URI> parsed = VendorUrls.parseLeniently(url);
    if (parsed.isPresent()) {
      URI uri = parsed.get();
      List<SisVendor> detecting = new ArrayList<>();
      for (SisVendor v : vendors) {
        if (v.detects(uri)) {
          detecting.add(v);
        }
      }
      if (detecting.size() == 1) {
        return detecting.get(0);
      }
      if (detecting.size() > 1) {
        throw selection(
            "'"
                + VendorUrls.echo(url)
                + "' looks like more than one SIS: "
                + detecting.stream().map(SisVendors::describe).collect(Collectors.joining(", "))
                + "; set the vendor explicitly, e.g. "
                + detecting.stream()
                    .map(v -> ".vendor(\"" + v.id() + "\")")
                    .collect(Collectors.joining(" or ")));
      }
    }
    return byId(GENERIC, vendors);
  }

  /**
   * Refuses, before any request, a OneRoster version {@code vendor} does not speak: does nothing
   * when {@code requested} is one of {@link SisVendor#versions()}, otherwise throws with the
   * vendor's {@link SisVendor#versionAdvice} or, when it gives none, a general message naming the
   * versions it speaks and the generic vendor.
   *
   * @param vendor the resolved vendor
   * @param requested the version the caller chose or the URL names
   * @param field the setting to blame: {@code "version"} when the caller chose it, {@code "url"}
   *     when it was detected from the URL
   * @throws ValidationException with one violation for {@code field}
   */
  public static void requireVersion(SisVendor vendor, OneRosterVersion requested, String field) {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(field, "field");
    if (vendor.versions().contains(requested)) {
      return;
    }
    String message =
        vendor
            .versionAdvice(requested)
            .orElseGet(
                () ->
                    vendor.displayName()
                        + " (vendor \""
                        + vendor.id()
                        + "\") connects over "
                        + vendor.versions().stream()
                            .sorted()
                            .map(v -> "OneRoster " + v.label())
                            .collect(Collectors.joining(" and "))
                        + " only, not OneRoster "
                        + requested.label()
                        + ". "
                        + tryGenericAdvice(requested));
    throw new ValidationException("connection setting", List.of(new Violation(field, message)));
  }

  /**
   * Refuses a connection request in a version {@code vendor} does not speak, for {@link
   * SisVendor#connect} implementations: first a version the typed URL names with a {@code v1p1} or
   * {@code v1p2} segment (blamed on {@code url}), then {@link ConnectionRequest#version()} (blamed
   * on {@code version}). A bare root ending in {@code /ims/oneroster} names no version here: for a
   * vendor without 1.2 it is an unfinished 1.1 URL. See {@link #requireVersion(SisVendor,
   * OneRosterVersion, String)}.
   *
   * @param vendor the resolved vendor
   * @param request the request
   * @throws ValidationException with the vendor's {@link SisVendor#versionAdvice}
   */
  public static void requireVersion(SisVendor vendor, ConnectionRequest request) {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(request, "request");
    Optional<OneRosterVersion> named = namedVersion(request.url());
    if (named.isPresent()) {
      requireVersion(vendor, named.get(), "url");
    }
    requireVersion(vendor, request.version(), "version");
  }

  /**
   * {@return the version of a connection, by the design's rule: the caller's choice; else the
   * version the URL names with a {@code v1p1} or {@code v1p2} segment; else, for a root ending in
   * {@code /ims/oneroster}, 1.2 when the vendor speaks it; else the vendor's {@link
   * SisVendor#defaultVersion()}} A chosen or named version the vendor does not speak is refused
   * with its {@link SisVendor#versionAdvice}.
   *
   * @param vendor the resolved vendor
   * @param chosen the version the caller chose, or null
   * @param url the URL as typed, or null
   * @throws ValidationException when the vendor does not speak the chosen or named version
   */
  public static OneRosterVersion resolveVersion(
      SisVendor vendor, OneRosterVersion chosen, String url) {
    Objects.requireNonNull(vendor, "vendor");
    if (chosen != null) {
      requireVersion(vendor, chosen, "version");
      return chosen;
    }
    Optional<OneRosterVersion> named = namedVersion(url);
    if (named.isPresent()) {
      requireVersion(vendor, named.get(), "url");
      return named.get();
    }
    Optional<OneRosterVersion> detected = VendorUrls.detectVersion(url);
    if (detected.isPresent() && vendor.versions().contains(detected.get())) {
      return detected.get();
    }
    return vendor.defaultVersion();
  }

  /** The version a URL names by a {@code v1p1}/{@code v1p2} segment, not by a bare root. */
  private static Optional<OneRosterVersion> namedVersion(String url) {
    return VendorUrls.detectVersion(url)
        .filter(v -> url.toLowerCase(Locale.ROOT).contains(v.pathSegment()));
  }

  /**
   * {@return the sentence that tells an administrator how to try an endpoint of {@code version}
   * with a vendor that does not speak it: the generic vendor, the URL to type and the token URL}
   * Vendor modules end their {@link SisVendor#versionAdvice} with it.
   *
   * @param version the OneRoster version
   */
  public static String tryGenericAdvice(OneRosterVersion version) {
    Objects.requireNonNull(version, "version");
    String address =
        version == OneRosterVersion.V1_1
            ? "its OneRoster 1.1 base URL ending in " + VendorUrls.V1P1_PATH
            : "its OneRoster "
                + version.label()
                + " address (the root ending in "
                + VendorUrls.ROOT_PATH
                + ", or the rostering base ending in "
                + VendorUrls.ROOT_PATH
                + "/rostering/"
                + version.pathSegment()
                + ")";
    return "To try a OneRoster "
        + version.label()
        + " endpoint anyway, use the generic vendor: vendor(\""
        + GENERIC
        + "\") (command line: --vendor "
        + GENERIC
        + ") with "
        + address
        + " and its token URL.";
  }

  /**
   * {@return the vendors {@link ServiceLoader} finds, {@code generic} first, then by id} Looks in
   * this module's layer and class loader and in the thread's context class loader.
   *
   * @throws OneRosterException when a vendor plug-in is declared but cannot be loaded
   */
  public static List<SisVendor> installed() {
    Map<String, SisVendor> byClass = new LinkedHashMap<>();
    ClassLoader own = SisVendors.class.getClassLoader();
    load(ServiceLoader.load(SisVendor.class, own), byClass);
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != own) {
      load(ServiceLoader.load(SisVendor.class, context), byClass);
    }
    return withGeneric(List.copyOf(byClass.values()));
  }

  /**
   * {@return the SIS partnership status table: every installed vendor except {@code generic}, as it
   * describes itself, by id; then the partners that have no module yet}
   */
  public static List<PartnerInfo> partners() {
    return partners(installed());
  }

  /**
   * Like {@link #partners()}, with {@code installed} as the installed vendors.
   *
   * @param installed the vendors to treat as installed
   * @return every partner with its status, installed or not
   */
  public static List<PartnerInfo> partners(List<? extends SisVendor> installed) {
    Map<String, SisVendor> byId = new LinkedHashMap<>();
    for (SisVendor v : installed) {
      byId.putIfAbsent(normalizeId(v.id()), v);
    }
    byId.remove(GENERIC);
    List<PartnerInfo> out = new ArrayList<>();
    byId.values().stream()
        .sorted(Comparator.comparing(SisVendor::id))
        .forEach(v -> out.add(installedInfo(v)));
    for (PartnerInfo p : WITHOUT_MODULE) {
      if (!byId.containsKey(normalizeId(p.id()))) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  private static PartnerInfo installedInfo(SisVendor v) {
    Module m = v.getClass().getModule();
    String where = m.isNamed() ? "module " + m.getName() : "class path";
    return new PartnerInfo(
        v.id(),
        v.displayName(),
        v.status(),
        true,
        "installed (" + where + "); used when set with .vendor(\"" + v.id() + "\") or detected");
  }

  private static SisVendor byId(String id, List<SisVendor> vendors) {
    String wanted = normalizeId(id);
    List<SisVendor> found =
        vendors.stream().filter(v -> normalizeId(v.id()).equals(wanted)).toList();
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      throw selection(
          "vendor id \""
              + id
              + "\" is provided by several plug-ins ("
              + found.stream().map(v -> v.getClass().getName()).collect(Collectors.joining(", "))
              + "); keep one of them on the class path or module path, or pass the instance with"
              + " .vendor(SisVendor)");
    }
    throw selection(
        "unknown vendor \""
            + id
            + "\"; installed vendors: "
            + ids(vendors)
            + " — set .vendor(\"…\") to one of those, or add the vendor's module to your"
            + " dependencies");
  }

  private static List<SisVendor> withGeneric(List<? extends SisVendor> candidates) {
    List<SisVendor> all = new ArrayList<>(candidates);
    if (all.stream().noneMatch(v -> GENERIC.equals(normalizeId(v.id())))) {
      all.add(generic());
    }
    all.sort(
        Comparator.comparing((SisVendor v) -> !GENERIC.equals(normalizeId(v.id())))
            .thenComparing(SisVendor::id));
    return List.copyOf(all);
  }

  /**
   * The generic vendor, which core itself provides through {@link ServiceLoader} (its module
   * declaration and its {@code META-INF/services} file), so the SPI needs no reference to the
   * implementation.
   */
  private static SisVendor generic() {
    for (SisVendor v : ServiceLoader.load(SisVendor.class, SisVendors.class.getClassLoader())) {
      if (GENERIC.equals(normalizeId(v.id()))) {
        return v;
      }
    }
    throw new OneRosterException(
        "The generic vendor that OneRoster4j core provides was not found by ServiceLoader: the"
            + " core jar's META-INF/services entry or module declaration is missing (a shaded or"
            + " repackaged jar must keep service files)");
  }

  private static void load(ServiceLoader<SisVendor> loader, Map<String, SisVendor> byClass) {
    try {
      for (SisVendor v : loader) {
        byClass.putIfAbsent(v.getClass().getName(), v);
      }
    } catch (ServiceConfigurationError e) {
      throw new OneRosterException(
          "A SIS vendor plug-in is declared but cannot be loaded ("
              + e.getMessage()
              + "); fix or remove that vendor module",
          e);
    }
  }

  /** Lower case, without spaces, hyphens, underscores or dots. */
  static String normalizeId(String id) {
    return id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]", "");
  }

  private static String describe(SisVendor v) {
    return v.displayName() + " [" + v.id() + "]";
  }

  private static String ids(List<SisVendor> vendors) {
    return vendors.stream().map(SisVendor::id).collect(Collectors.joining(", "));
  }

  private static ValidationException selection(String message) {
    return new ValidationException("vendor selection", List.of(new Violation("vendor", message)));
  }
}
