package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every role the application knows can be held, and no other: the database's check on memberships lists exactly
 * {@link Role}'s values. (Two modules widening the list side by side once lost a role.)
 */
@SpringBootTest
class RolesIntegrationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theMembershipCheckListsExactlyTheRoles() {
    var definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = 'identity_membership_role_check'")
        .query(String.class).single();
    var inDatabase = new TreeSet<String>();
    var quoted = Pattern.compile("'([A-Z_]+)'").matcher(definition);
    while (quoted.find()) {
      inDatabase.add(quoted.group(1));
    }
    assertThat(inDatabase).containsExactlyElementsOf(new TreeSet<>(Arrays.stream(Role.values()).map(Role::name).toList()));
  }
}
