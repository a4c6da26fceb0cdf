package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.access.Role;
import org.entente.council.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a database check lists the values of a Java enum, it lists exactly those: two modules widening the same
 * list side by side once lost a role (each migration restated the list without the other's value).
 */
@SpringBootTest
class EnumChecksIntegrationTest {

  @Autowired JdbcClient jdbc;

  static Stream<Arguments> checks() {
    return Stream.of(
        Arguments.of("identity_membership_role_check", Role.class),
        Arguments.of("council_decision_subject_type_check", Decision.SubjectType.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void theCheckListsExactlyTheEnumsValues(String constraint, Class<? extends Enum<?>> values) {
    var definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
        .param(constraint).query(String.class).single();
    var inDatabase = new TreeSet<String>();
    var quoted = Pattern.compile("'([A-Z_]+)'").matcher(definition);
    while (quoted.find()) {
      inDatabase.add(quoted.group(1));
    }
    assertThat(inDatabase).containsExactlyElementsOf(
        new TreeSet<>(Arrays.stream(values.getEnumConstants()).map(Enum::name).toList()));
  }
}
