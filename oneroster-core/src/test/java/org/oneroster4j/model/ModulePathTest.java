package org.oneroster4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.oneroster4j.internal.json.OneRosterJson;

/** Surefire's default execution runs on the module path: the classes live in the named module. */
class ModulePathTest {

  @Test
  void modelClasses_areInTheNamedModule_exportingModelButNoInternalPackage() {
    Module module = LineItem.class.getModule();

    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("org.oneroster4j");
    // No internal package is exported, not even to our own modules (the testkit reads the model
    // through EntityJson), so every consumer sees the same API on any path.
    assertThat(module.getDescriptor().exports())
        .allMatch(exports -> !exports.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .contains("org.oneroster4j.model", "org.oneroster4j.error")
        .noneMatch(pkg -> pkg.contains(".internal"));
    assertThat(OneRosterJson.class.getModule()).isSameAs(module);
  }

  @Test
  void jsonBinding_worksInsideTheModule() {
    Category category = Category.builder().sourcedId("c1").title("Quizzes").build();
    OneRosterJson json = OneRosterJson.get();

    assertThat(
            json.readSingle(new ByteArrayInputStream(json.writeSingle(category)), Category.class))
        .isEqualTo(category);
  }
}
