package org.entente.emergencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The EADRU register's table in plain SQL; every read passes through row-level security as the caller. */
@Repository
class CapabilityStore {

  private final JdbcClient jdbc;

  CapabilityStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Content(String nation, Capability.Kind kind, String name, int size, int readinessHours, int selfSufficiencyDays,
      String contact, LocalDate lastConfirmed) {}

  UUID insert(Content c, String by, Instant at) {
    return jdbc.sql("""
            insert into emergencies_capability (nation, kind, name, size, readiness_hours, self_sufficiency_days, contact,
              last_confirmed, registered_by, registered_at, changed_by, changed_at)
            values (:nation, :kind, :name, :size, :readiness, :days, :contact, :confirmed, :by, :at, :by, :at)
            returning id
            """)
        .param("nation", c.nation()).param("kind", c.kind().name()).param("name", c.name()).param("size", c.size())
        .param("readiness", c.readinessHours()).param("days", c.selfSufficiencyDays()).param("contact", c.contact())
        .param("confirmed", c.lastConfirmed()).param("by", by).param("at", EmergencyStore.utc(at))
        .query(UUID.class).single();
  }

  boolean update(UUID id, Content c, String by, Instant at) {
    return jdbc.sql("""
            update emergencies_capability set kind = :kind, name = :name, size = :size, readiness_hours = :readiness,
              self_sufficiency_days = :days, contact = :contact, last_confirmed = :confirmed, changed_by = :by, changed_at = :at
            where id = :id
            """)
        .param("id", id).param("kind", c.kind().name()).param("name", c.name()).param("size", c.size())
        .param("readiness", c.readinessHours()).param("days", c.selfSufficiencyDays()).param("contact", c.contact())
        .param("confirmed", c.lastConfirmed()).param("by", by).param("at", EmergencyStore.utc(at))
        .update() == 1;
  }

  boolean confirm(UUID id, LocalDate on, String by, Instant at) {
    return jdbc.sql("update emergencies_capability set last_confirmed = :on, changed_by = :by, changed_at = :at where id = :id")
        .param("id", id).param("on", on).param("by", by).param("at", EmergencyStore.utc(at)).update() == 1;
  }

  boolean delete(UUID id) {
    return jdbc.sql("delete from emergencies_capability where id = :id").param("id", id).update() == 1;
  }

  Optional<Capability> find(UUID id, LocalDate today) {
    return jdbc.sql("select * from emergencies_capability where id = :id").param("id", id)
        .query((rs, n) -> capability(rs, today)).optional();
  }

  /** One page of the register, by kind then nation then name (as far as the caller sees it). */
  Listing<Capability> list(Capability.@Nullable Kind kind, @Nullable String nation, Paging paging, LocalDate today) {
    var where = " where (cast(:kind as text) is null or kind = :kind) and (cast(:nation as text) is null or nation = :nation)";
    var k = kind == null ? null : kind.name();
    var total = jdbc.sql("select count(*) from emergencies_capability" + where).param("kind", k).param("nation", nation)
        .query(Long.class).single();
    var items = jdbc.sql("select * from emergencies_capability" + where
            + " order by kind, nation, name, id limit :limit offset :offset")
        .param("kind", k).param("nation", nation).param("limit", paging.size()).param("offset", paging.offset())
        .query((rs, n) -> capability(rs, today)).list();
    return paging.listing(items, total);
  }

  /** The entries of these kinds the caller sees, readiest first. */
  List<Capability> ofKinds(List<Capability.Kind> kinds, LocalDate today) {
    if (kinds.isEmpty()) return List.of();
    return jdbc.sql("select * from emergencies_capability where kind = any (:kinds) order by readiness_hours, nation, name, id")
        .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
        .query((rs, n) -> capability(rs, today)).list();
  }

  /** How many entries of these nations were last confirmed before this date (as far as the caller sees them). */
  long confirmedBefore(java.util.Collection<String> nations, LocalDate before) {
    return jdbc.sql("select count(*) from emergencies_capability where nation = any (:n) and last_confirmed < :before")
        .param("n", nations.toArray(String[]::new)).param("before", before).query(Long.class).single();
  }

  private static Capability capability(ResultSet rs, LocalDate today) throws SQLException {
    var confirmed = rs.getObject("last_confirmed", LocalDate.class);
    return new Capability(rs.getObject("id", UUID.class), rs.getString("nation"), Capability.Kind.valueOf(rs.getString("kind")),
        rs.getString("name"), rs.getInt("size"), rs.getInt("readiness_hours"), rs.getInt("self_sufficiency_days"),
        rs.getString("contact"), confirmed, confirmed.isBefore(today.minusYears(1)), rs.getString("registered_by"),
        rs.getTimestamp("registered_at").toInstant(), rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
  }
}
