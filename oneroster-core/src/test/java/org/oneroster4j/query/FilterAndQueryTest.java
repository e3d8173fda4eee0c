package org.oneroster4j.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("classpath")
class FilterAndQueryTest {
  @Test
  void everyOperator_rendersTheWireExpression() {
    assertThat(Filter.eq("a", "1")).hasToString("a='1'");
    assertThat(Filter.ne("a", "1")).hasToString("a!='1'");
    assertThat(Filter.gt("a", "1")).hasToString("a>'1'");
    assertThat(Filter.ge("a", "1")).hasToString("a>='1'");
    assertThat(Filter.lt("a", "1")).hasToString("a<'1'");
    assertThat(Filter.le("a", "1")).hasToString("a<='1'");
    assertThat(Filter.contains("a", "1")).hasToString("a~'1'");
  }

  @Test
  void values_areQuotedWithInnerQuotesDoubled() {
    assertThat(Filter.eq("familyName", "O'Brien")).hasToString("familyName='O''Brien'");
  }

  @Test
  void andOr_joinWithSingleSpaces_butNeverMix() {
    Filter f =
        Filter.eq("status", "active").and(Filter.eq("role", "teacher")).and(Filter.eq("x", "y"));
    assertThat(f).hasToString("status='active' AND role='teacher' AND x='y'");
    assertThat(Filter.eq("a", "1").or(Filter.eq("b", "2"))).hasToString("a='1' OR b='2'");
    assertThatThrownBy(() -> f.or(Filter.eq("c", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot mix AND and OR");
  }

  @Test
  void fieldNames_areChecked() {
    assertThatThrownBy(() -> Filter.eq("a='x' OR b", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Filter.eq("class.sourcedId", "c1")).hasToString("class.sourcedId='c1'");
  }

  @Test
  void query_keepsItsParts_andToBuilderCopies() {
    Query q =
        Query.builder()
            .filter(Filter.eq("a", "1"))
            .sort("title")
            .orderBy(Query.Order.ASC)
            .fields("sourcedId", "title")
            .pageSize(25)
            .build();
    assertThat(q.fields()).isEqualTo(List.of("sourcedId", "title"));
    assertThat(q.orderBy().wireValue()).isEqualTo("asc");
    assertThat(q.toBuilder().build()).isEqualTo(q);
    assertThat(Query.all().pageSize()).isNull();
    assertThatThrownBy(() -> Query.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pagedIterable_ofPages_flattensInOrder() {
    PagedIterable<String> p =
        PagedIterable.ofPages(
            List.of(
                new Page<>(List.of("a", "b"), 0, java.util.OptionalLong.of(3), List.of()),
                new Page<>(List.of(), 2, java.util.OptionalLong.empty(), List.of()),
                new Page<>(List.of("c"), 2, java.util.OptionalLong.of(3), List.of())));
    assertThat(p.stream()).containsExactly("a", "b", "c");
    assertThat(p).containsExactly("a", "b", "c");
  }
}
