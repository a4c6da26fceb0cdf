package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application works as a role that owns nothing and bypasses nothing, so that row-level security
 * (next issue) binds every query it makes; only migrations run as the owner.
 */
@SpringBootTest
class ApplicationRoleIntegrationTest {

  @Autowired JdbcClient jdbc;

  @Test
  void worksAsTheNonOwnerApplicationRole() {
    var role =
        jdbc.sql(
                """
                select current_user as name, r.rolsuper, r.rolbypassrls
                from pg_roles r where r.rolname = current_user
                """)
            .query((rs, n) -> rs.getString("name") + " super=" + rs.getBoolean(2) + " bypassrls=" + rs.getBoolean(3))
            .single();
    assertThat(role).isEqualTo("entente_app super=false bypassrls=false");
    assertThat(
            jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void cannotChangeTheSchema() {
    assertThatThrownBy(() -> jdbc.sql("create table intruder (id int)").update())
        .rootCause()
        .hasMessageContaining("permission denied for schema public");
    assertThatThrownBy(() -> jdbc.sql("drop table directory_organisation").update())
        .rootCause()
        .hasMessageContaining("must be owner of table directory_organisation");
  }
}
