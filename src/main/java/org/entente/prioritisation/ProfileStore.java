package org.entente.prioritisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The profile values; row-level security decides which partners' rows the caller gets. */
@Repository
class ProfileStore {

  private final JdbcClient jdbc;

  ProfileStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The values in force on a date of these partners, one per partner and consideration. */
  List<ProfileValue> inForce(Collection<String> partners, LocalDate on) {
    if (partners.isEmpty()) return List.of();
    return jdbc.sql("""
            select distinct on (partner, consideration) * from prioritisation_profile_value
            where partner in (:partners) and valid_from <= :on
            order by partner, consideration, valid_from desc, id desc""")
        .param("partners", partners).param("on", on).query(ProfileStore::value).list();
  }

  Listing<ProfileValue> history(String partner, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("partner", partner);
    return paging.query(jdbc, """
        select * from prioritisation_profile_value where partner = :partner
        order by valid_from desc, id desc""", params, ProfileStore::value);
  }

  long insert(String partner, Consideration consideration, int value, LocalDate validFrom, ProfileValue.Source source, BilingualText evidence,
      String by) {
    return jdbc.sql("""
            insert into prioritisation_profile_value (partner, consideration, value, valid_from, source, evidence_en, evidence_fr, entered_by)
            values (:p, :c, :v, :from, :s, :en, :fr, :by) returning id""")
        .param("p", partner).param("c", consideration.name()).param("v", value).param("from", validFrom).param("s", source.name())
        .param("en", evidence.en()).param("fr", evidence.fr()).param("by", by).query(Long.class).single();
  }

  static ProfileValue value(ResultSet rs, int row) throws SQLException {
    return new ProfileValue(rs.getLong("id"), rs.getString("partner"), Consideration.valueOf(rs.getString("consideration")), rs.getInt("value"),
        rs.getObject("valid_from", LocalDate.class), ProfileValue.Source.valueOf(rs.getString("source")),
        new BilingualText(rs.getString("evidence_en"), rs.getString("evidence_fr")), rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant());
  }
}
