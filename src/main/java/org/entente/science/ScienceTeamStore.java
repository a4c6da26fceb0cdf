package org.entente.science;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the team and attachments; every read and write goes through row-level security as the caller. */
@Repository
class ScienceTeamStore {

  private final JdbcClient jdbc;

  ScienceTeamStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<TeamMember> team(UUID application) {
    return jdbc.sql("select * from science_team_member where application = :a order by added_at, id").param("a", application)
        .query(ScienceTeamStore::member).list();
  }

  Optional<TeamMember> member(UUID application, UUID id) {
    return jdbc.sql("select * from science_team_member where application = :a and id = :id").param("a", application).param("id", id)
        .query(ScienceTeamStore::member).optional();
  }

  void add(UUID id, UUID application, String name, String role, String organisation, String nation, String by) {
    jdbc.sql("""
        insert into science_team_member (id, application, name, role, organisation, nation, added_by)
        values (:id, :a, :name, :role, :org, :nation, :by)""")
        .param("id", id).param("a", application).param("name", name).param("role", role).param("org", organisation)
        .param("nation", nation).param("by", by).update();
  }

  int remove(UUID id) {
    return jdbc.sql("delete from science_team_member where id = :id").param("id", id).update();
  }

  private static final String ATTACHMENT = "select id, application, filename, size, pages, uploaded_by, uploaded_at from science_attachment";

  List<Attachment> attachments(UUID application) {
    return jdbc.sql(ATTACHMENT + " where application = :a order by uploaded_at, id").param("a", application)
        .query(ScienceTeamStore::attachment).list();
  }

  Optional<Attachment> attachment(UUID application, UUID id) {
    return jdbc.sql(ATTACHMENT + " where application = :a and id = :id").param("a", application).param("id", id)
        .query(ScienceTeamStore::attachment).optional();
  }

  Optional<byte[]> content(UUID application, UUID id) {
    return jdbc.sql("select content from science_attachment where application = :a and id = :id").param("a", application).param("id", id)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  void attach(UUID id, UUID application, String filename, byte[] content, int pages, String by) {
    jdbc.sql("""
        insert into science_attachment (id, application, filename, size, pages, content, uploaded_by)
        values (:id, :a, :f, :s, :p, :c, :by)""")
        .param("id", id).param("a", application).param("f", filename).param("s", content.length).param("p", pages).param("c", content)
        .param("by", by).update();
  }

  long attachmentCount(UUID application) {
    return jdbc.sql("select count(*) from science_attachment where application = :a").param("a", application).query(Long.class).single();
  }

  private static TeamMember member(ResultSet rs, int n) throws SQLException {
    return new TeamMember(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class), rs.getString("name"), rs.getString("role"),
        rs.getString("organisation"), rs.getString("nation"), rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
  }

  private static Attachment attachment(ResultSet rs, int n) throws SQLException {
    return new Attachment(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class), rs.getString("filename"),
        rs.getInt("size"), rs.getInt("pages"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
  }
}
