package org.oneroster4j.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oneroster4j.error.StatusInfo;

class SisWarningTest {

  @Test
  void describe_namesTheWrite_whereItBelongs_andWhatTheSisSaid() {
    SisWarning result =
        new SisWarning(
            ItemKind.RESULT,
            "r-1",
            "c-1",
            "a-1",
            "s-1",
            201,
            new StatusInfo("success", "warning", "rounded", "score rounded"));
    SisWarning category =
        new SisWarning(
            ItemKind.CATEGORY,
            "cat-1",
            null,
            null,
            null,
            200,
            new StatusInfo("success", null, null, "weight ignored"));
    SisWarning bare =
        new SisWarning(
            ItemKind.LINE_ITEM,
            "li-1",
            "c-1",
            "a-1",
            null,
            200,
            new StatusInfo("success", "status", "fullsuccess", null));

    assertThat(result.describe())
        .isEqualTo("result r-1 (class c-1, student s-1): SIS warning rounded: score rounded");
    assertThat(category.describe()).isEqualTo("category cat-1: SIS warning: weight ignored");
    assertThat(bare.describe()).isEqualTo("lineItem li-1 (class c-1): SIS status fullsuccess");
  }

  @Test
  void kindAndInfo_areRequired() {
    StatusInfo info = new StatusInfo("success", "warning", null, "x");
    assertThatThrownBy(() -> new SisWarning(null, "r", null, null, null, 200, info))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> new SisWarning(ItemKind.RESULT, "r", null, null, null, 200, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("info");
  }
}
