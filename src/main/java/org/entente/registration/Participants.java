package org.entente.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participants in the database; row-level security decides which the caller gets. */
@Repository
class Participants {

  private final JdbcClient jdbc;

  Participants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Participant> visible(@Nullable String nation, int limit) {
    return jdbc.sql("""
            select * from registration_participant where (cast(:nation as text) is null or nation = :nation)
            order by nation, family_name, given_name, id limit :limit
            """)
        .param("nation", nation)
        .param("limit", limit)
        .query(Participants::participant)
        .list();
  }

  /** One page of the participants the caller may see (row-level security decides), by nation and name. */
  org.entente.web.Listing<Participant> visible(@Nullable String nation, org.entente.web.Paging paging) {
    var parameters = new java.util.HashMap<String, Object>();
    parameters.put("nation", nation);
    return paging.query(jdbc, """
            select * from registration_participant where (cast(:nation as text) is null or nation = :nation)
            order by nation, family_name, given_name, id
            """, parameters, Participants::participant);
  }

  Optional<Participant> find(UUID id) {
    return jdbc.sql("select * from registration_participant where id = :id").param("id", id).query(Participants::participant).optional();
  }

  void insert(Participant p) {
    jdbc.sql("""
            insert into registration_participant (id, nation, family_name, given_name, rank, organisation, email,
              languages, gender, list_consent)
            values (:id, :nation, :family, :given, :rank, :organisation, :email, :languages, :gender, :consent)
            """)
        .param("id", p.id())
        .param("nation", p.nation())
        .param("family", p.familyName())
        .param("given", p.givenName())
        .param("rank", p.rank())
        .param("organisation", p.organisation())
        .param("email", p.email())
        .param("languages", p.languages().toArray(String[]::new))
        .param("gender", p.gender())
        .param("consent", p.listConsent())
        .update();
  }

  /** The caller's own records: linked to their account. */
  List<Participant> mine() {
    return jdbc.sql("select * from registration_participant where account = app_user_id() order by family_name, id")
        .query(Participants::participant).list();
  }

  void update(Participant p) {
    jdbc.sql("""
            update registration_participant set family_name = :family, given_name = :given, rank = :rank,
              organisation = :organisation, email = :email, languages = :languages, gender = :gender, list_consent = :consent
            where id = :id
            """)
        .param("id", p.id())
        .param("family", p.familyName())
        .param("given", p.givenName())
        .param("rank", p.rank())
        .param("organisation", p.organisation())
        .param("email", p.email())
        .param("languages", p.languages().toArray(String[]::new))
        .param("gender", p.gender())
        .param("consent", p.listConsent())
        .update();
  }

  void link(UUID id, @Nullable UUID account) {
    jdbc.sql("update registration_participant set account = :account where id = :id").param("id", id).param("account", account).update();
  }

  static Participant participant(ResultSet rs, int row) throws SQLException {
    return new Participant(
        rs.getObject("id", UUID.class),
        rs.getString("nation"),
        rs.getString("family_name"),
        rs.getString("given_name"),
        rs.getString("rank"),
        rs.getString("organisation"),
        rs.getString("email"),
        Arrays.asList((String[]) rs.getArray("languages").getArray()),
        rs.getString("gender"),
        rs.getBoolean("list_consent"),
        rs.getObject("account", UUID.class));
  }
}
