package org.entente.registration;

import java.util.List;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation per nation and year, for staff: how many nominations each nation made and how many of its
 * people attended, by the year the events began. Staff only (the figures name every nation).
 */
@Service
public class Participation {

  private final JdbcClient jdbc;
  private final Guard guard;

  Participation(JdbcClient jdbc, Guard guard) {
    this.jdbc = jdbc;
    this.guard = guard;
  }

  /** A nation's figures in a year. */
  public record Count(String nation, int year, int nominated, int attended) {}

  @Transactional(readOnly = true)
  public List<Count> perNationAndYear(int fromYear, int toYear) {
    guard.require(Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    return jdbc.sql("""
            select n.nation, extract(year from i.starts_on)::int as year, count(*)::int as nominated,
                   count(*) filter (where n.state = 'ATTENDED')::int as attended
            from registration_nomination n join registration_invitation i on i.event_id = n.event_id
            where extract(year from i.starts_on) between :from and :to
            group by 1, 2 order by 1, 2
            """)
        .param("from", fromYear)
        .param("to", toYear)
        .query((rs, n) -> new Count(rs.getString("nation"), rs.getInt("year"), rs.getInt("nominated"), rs.getInt("attended")))
        .list();
  }
}
