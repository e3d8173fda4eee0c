package org.oneroster4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The design's package rules, checked on core's compiled classes. Each rule is named after the part
 * of the design it protects and its message says what to do when it fails.
 */
class ArchitectureTest {
  private static final String CLIENT = "org.oneroster4j.OneRosterClient";
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    // core's own compiled classes (the module's directory), not whatever else the path holds
    core = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  /**
   * Every package is its own slice, except that the root package's client ({@code OneRosterClient}
   * and its nested types), which wires every layer together, is a slice of its own above them; the
   * rest of the root package (versions, services, scopes, credentials, retry and request options)
   * are values the layers below may use.
   */
  private static final SliceAssignment BY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getName();
          if (name.equals(CLIENT) || name.startsWith(CLIENT + "$")) {
            return SliceIdentifier.of("the client (" + CLIENT + ")");
          }
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "packages of OneRoster4j core";
        }
      };

  @Test
  void packages_formNoCycle() {
    SlicesRuleDefinition.slices()
        .assignedFrom(BY_PACKAGE)
        .should()
        .beFreeOfCycles()
        .because(
            "a cycle makes two packages one: move the shared piece to the package both use, or"
                + " invert the dependency with an interface owned by the lower package")
        .check(core);
  }

  @Test
  void valuePackages_dependOnNothingElseOfTheProject() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.oneroster4j.model..", "org.oneroster4j.query..", "org.oneroster4j.error..")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are OneRoster4j classes outside model, query and error (other than"
                    + " OneRosterVersion and the leaf utilities of org.oneroster4j.internal)",
                (JavaClass c) ->
                    c.getPackageName().startsWith("org.oneroster4j")
                        && !c.getPackageName().startsWith("org.oneroster4j.model")
                        && !c.getPackageName().startsWith("org.oneroster4j.query")
                        && !c.getPackageName().startsWith("org.oneroster4j.error")
                        && !c.getName().equals("org.oneroster4j.OneRosterVersion")
                        && !c.getPackageName().equals(LEAF_UTILITIES)))
        .because(
            "models, queries and errors are the values everything else is built from; logic that"
                + " needs the client, the SPI or the engine belongs in those packages instead")
        .check(core);
  }

  /** Text and URL helpers every layer may use, so they may use nothing of the project. */
  private static final String LEAF_UTILITIES = "org.oneroster4j.internal";

  @Test
  void leafUtilities_dependOnNothingOfTheProject() {
    noClasses()
        .that()
        .resideInAPackage(LEAF_UTILITIES)
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are other OneRoster4j classes",
                (JavaClass c) ->
                    c.getPackageName().startsWith("org.oneroster4j")
                        && !c.getPackageName().equals(LEAF_UTILITIES)))
        .because(
            "the values packages and every layer use these helpers; a helper that needs more"
                + " belongs in the package of what it needs")
        .check(core);
  }

  @Test
  void internalPackages_neverDependOnTheExportEngine() {
    noClasses()
        .that()
        .resideInAPackage("org.oneroster4j.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.oneroster4j.export..")
        .because(
            "the engine is built on the client, not the other way round: pass what the internal"
                + " code needs as a parameter or an interface it owns")
        .check(core);
  }

  @Test
  void publicApi_exposesNoInternalType() {
    ArchRule rule =
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .that()
            .resideOutsideOfPackage("org.oneroster4j.internal..")
            .and()
            .arePublic()
            .should(exposeNoInternalType())
            .because(
                "internal packages are not exported by module-info, so a consumer could not use"
                    + " such a member: wrap the internal type in a public one or keep the member"
                    + " package-private");
    rule.check(core);
  }

  /** Vendor ids, names and host names that only vendor modules may spell out. */
  private static final List<String> VENDOR_WORDS =
      List.of(
          "skyward",
          "infinite campus",
          "infinitecampus",
          "aeries",
          "aspen",
          "follett",
          "sims",
          "capita");

  @Test
  void core_namesNoVendorInItsCode() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String literal : stringLiterals(Files.readString(file))) {
          String text = literal.toLowerCase(Locale.ROOT);
          for (String word : VENDOR_WORDS) {
            if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find()) {
              found.add(file + ": \"" + literal + "\"");
            }
          }
        }
      }
    }
    assertThat(found)
        .as(
            "core names a vendor in its code: vendor ids, hosts and rules belong in the vendor"
                + " module, reached through an SisVendor hook (see VendorUrls and SisVendors for"
                + " the generic rules core may keep)")
        .isEmpty();
  }

  /**
   * The string literals (and text blocks) of a Java source, comments skipped: a small scanner,
   * since a regular expression cannot tell a {@code //} inside {@code "https://…"} from a comment.
   */
  static List<String> stringLiterals(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        i = skipQuoted(source, i, '\'');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        out.add(source.substring(i + 3, end));
        i = Math.min(n, end + 3);
      } else if (c == '"') {
        int end = skipQuoted(source, i, '"');
        out.add(source.substring(i + 1, Math.max(i + 1, end - 1)));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The index after the quote that closes the literal opened at {@code start}. */
  private static int skipQuoted(String source, int start, char quote) {
    int i = start + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  @Test
  void stringLiterals_skipCommentsButNotUrls() {
    assertThat(
            stringLiterals(
                "// \"skyward\"\n/* \"aeries\" */ String a = \"https://x.skyward.com\"; char q = '\"';"
                    + " String b = \"say \\\"hi\\\"\";"))
        .containsExactly("https://x.skyward.com", "say \\\"hi\\\"");
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("expose no internal type in a public or protected member") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> found = new ArrayList<>();
        for (JavaCodeUnit unit : c.getCodeUnits()) {
          if (!exposed(unit.getModifiers())) {
            continue;
          }
          if (isInternal(unit.getRawReturnType())) {
            found.add(unit.getFullName() + " returns " + unit.getRawReturnType().getName());
          }
          for (JavaClass p : unit.getRawParameterTypes()) {
            if (isInternal(p)) {
              found.add(unit.getFullName() + " takes " + p.getName());
            }
          }
        }
        for (JavaField f : c.getFields()) {
          if (exposed(f.getModifiers()) && isInternal(f.getRawType())) {
            found.add(f.getFullName() + " is a " + f.getRawType().getName());
          }
        }
        if (c.getRawSuperclass().isPresent() && isInternal(c.getRawSuperclass().get())) {
          found.add(c.getName() + " extends " + c.getRawSuperclass().get().getName());
        }
        for (JavaClass i : c.getRawInterfaces()) {
          if (isInternal(i)) {
            found.add(c.getName() + " implements " + i.getName());
          }
        }
        for (String f : found) {
          events.add(SimpleConditionEvent.violated(c, f));
        }
      }
    };
  }

  private static boolean exposed(java.util.Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isInternal(JavaClass c) {
    return c.getPackageName().startsWith("org.oneroster4j.internal");
  }
}
