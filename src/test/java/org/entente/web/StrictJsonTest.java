package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The strict JSON rules on their own: no coercion of scalars, except money written as a decimal string. */
class StrictJsonTest {

  record Amount(BigDecimal amount) {}

  record Count(Integer count) {}

  private final JsonMapper json = StrictJson.configure(JsonMapper.builder()).build();

  @Test
  void moneyIsReadExactlyFromADecimalString() {
    assertThat(json.readValue("{\"amount\":\"750000.10\"}", Amount.class).amount()).isEqualByComparingTo("750000.10");
    assertThat(json.readValue("{\"amount\":12.5}", Amount.class).amount()).isEqualByComparingTo("12.5");
  }

  @Test
  void aStringThatIsNotANumberIsStillRefused() {
    assertThatThrownBy(() -> json.readValue("{\"amount\":\"12 euros\"}", Amount.class)).isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @Test
  void otherNumbersAreNotCoercedFromStrings() {
    assertThatThrownBy(() -> json.readValue("{\"count\":\"5\"}", Count.class)).isInstanceOf(tools.jackson.core.JacksonException.class);
  }
}
