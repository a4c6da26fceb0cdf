package org.entente.directory;

import java.util.List;
import org.entente.languages.BilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's frameworks and the policy's taxonomies. */
@Repository
class PolicyTerms {

  /** The three taxonomies, each in a table of the same shape. */
  enum Taxonomy {
    STRATEGIC_OBJECTIVES("directory_strategic_objective", "number"),
    PRIORITY_AREAS("directory_priority_area", "number"),
    AREAS_OF_COOPERATION("directory_area_of_cooperation", "null::int");

    private final String table;
    private final String number;

    Taxonomy(String table, String number) {
      this.table = table;
      this.number = number;
    }
  }

  private final JdbcClient jdbc;

  PolicyTerms(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PolicyTerm> all(Taxonomy taxonomy) {
    // Table and column names come from the enum above, never from a request.
    return jdbc.sql(
            "select code, "
                + taxonomy.number
                + " as number, name_en, name_fr, source, evidence from "
                + taxonomy.table
                + " order by number nulls last, code")
        .query(
            (rs, n) ->
                new PolicyTerm(
                    rs.getString("code"),
                    rs.getObject("number", Integer.class),
                    new BilingualText(rs.getString("name_en"), rs.getString("name_fr")),
                    rs.getString("source"),
                    rs.getString("evidence")))
        .list();
  }

  List<Framework> frameworks(java.time.LocalDate on) {
    return jdbc.sql(
            """
            select f.*, (select count(distinct m.organisation) from directory_membership m
                         where m.framework = f.code and m.valid_from <= cast(:on as date)
                           and (m.valid_to is null or m.valid_to > cast(:on as date))) as members
            from directory_framework f
            order by f.category desc, f.established nulls last, f.code
            """)
        .param("on", on)
        .query(
            (rs, n) ->
                new Framework(
                    rs.getString("code"),
                    Framework.Category.valueOf(rs.getString("category")),
                    new BilingualText(rs.getString("name_en"), rs.getString("name_fr")),
                    rs.getObject("established", java.time.LocalDate.class),
                    rs.getInt("members"),
                    rs.getString("source"),
                    rs.getString("evidence")))
        .list();
  }
}
