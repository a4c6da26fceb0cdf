package org.entente.prioritisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The weight sets. */
@Repository
class WeightStore {

  private final JdbcClient jdbc;

  WeightStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Listing<WeightSet> all(Paging paging) {
    return paging.query(jdbc, "select * from prioritisation_weights order by number desc", new HashMap<>(), WeightStore::set);
  }

  Optional<WeightSet> find(UUID id) {
    return jdbc.sql("select * from prioritisation_weights where id = :id").param("id", id).query(WeightStore::set).optional();
  }

  Optional<WeightSet> lock(UUID id) {
    return jdbc.sql("select * from prioritisation_weights where id = :id for update").param("id", id).query(WeightStore::set).optional();
  }

  Optional<WeightSet> withStatus(WeightStatus status) {
    return jdbc.sql("select * from prioritisation_weights where status = :s").param("s", status.name()).query(WeightStore::set).optional();
  }

  void insert(UUID id, int[] weights, BilingualText reason, String by) {
    var boxed = new Integer[weights.length];
    for (int i = 0; i < weights.length; i++) boxed[i] = weights[i];
    jdbc.sql("""
            insert into prioritisation_weights (id, weights, reason_en, reason_fr, proposed_by)
            values (:id, :w, :en, :fr, :by)""")
        .param("id", id).param("w", boxed).param("en", reason.en()).param("fr", reason.fr()).param("by", by).update();
  }

  void move(UUID id, WeightStatus to, @Nullable String decision, @Nullable LocalDate on) {
    jdbc.sql("""
            update prioritisation_weights set status = :s, decision = coalesce(:d, decision), decided_on = coalesce(:on, decided_on)
            where id = :id""")
        .param("id", id).param("s", to.name()).param("d", decision).param("on", on).update();
  }

  private static WeightSet set(ResultSet rs, int row) throws SQLException {
    Array array = rs.getArray("weights");
    var values = (Integer[]) array.getArray();
    var weights = new int[values.length];
    for (int i = 0; i < values.length; i++) weights[i] = values[i];
    return new WeightSet(rs.getObject("id", UUID.class), rs.getLong("number"), WeightSet.of(weights), WeightStatus.valueOf(rs.getString("status")),
        new BilingualText(rs.getString("reason_en"), rs.getString("reason_fr")), rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(), rs.getString("decision"), rs.getObject("decided_on", LocalDate.class));
  }
}
