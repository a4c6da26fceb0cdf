package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one table of states in Java and its mirror in PostgreSQL say the same: which states hold a seat, which moves exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NominationStatesIntegrationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void javaAndTheDatabaseAgreeOnSeatsAndMoves() {
    for (var state : NominationState.values()) {
      var held = jdbc.sql("select registration_holds_seat(:state)").param("state", state.name()).query(Boolean.class).single();
      assertThat(held).as(state.name()).isEqualTo(state.holdsSeat());
    }
    var inJava = new HashSet<String>();
    for (var from : NominationState.values()) {
      from.next().forEach(to -> inJava.add(from + ">" + to));
    }
    Set<String> inDatabase = new HashSet<>(jdbc.sql("select from_state || '>' || to_state from registration_transition")
        .query(String.class).list());
    assertThat(inDatabase).isEqualTo(inJava);
  }
}
