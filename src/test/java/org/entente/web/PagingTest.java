package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a page is read from the query and cut from a list. */
class PagingTest {

  @Test
  void absentValuesGiveTheFirstPageAtTheDefaultSize() {
    assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE));
    assertThat(Paging.of(" ", "")).isEqualTo(Paging.FIRST);
    assertThat(Paging.of("3", " 25 ")).isEqualTo(new Paging(3, 25));
    assertThat(Paging.of("0", String.valueOf(Paging.MAX_SIZE)).size()).isEqualTo(Paging.MAX_SIZE);
  }

  @Test
  void everyWrongValueIsNamedInOneAnswer() {
    assertThatThrownBy(() -> Paging.of("-1", "0"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::name)
            .containsExactly("page", "size"));
    for (var size : List.of("201", "abc", "1e3", "99999999999999999999", "\u0000")) {
      assertThatThrownBy(() -> Paging.of("0", size)).as(size)
          .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(InvalidInput.Violation::name)
              .containsExactly("size"));
    }
    assertThatThrownBy(() -> Paging.of("2000000000", "10")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void aSliceSaysItsPageSizeAndTheTotal() {
    var all = IntStream.range(0, 7).boxed().toList();
    var second = new Paging(1, 3).slice(all);
    assertThat(second.items()).containsExactly(3, 4, 5);
    assertThat(second.total()).isEqualTo(7);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(3);
    assertThat(new Paging(2, 3).slice(all).items()).containsExactly(6);
    assertThat(new Paging(5, 3).slice(all).items()).isEmpty();
    assertThat(new Paging(5, 3).slice(all).total()).isEqualTo(7);
  }
}
