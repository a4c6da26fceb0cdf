package org.entente.council;

import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secretariat's daily work: subjects on the agenda that nobody has proposed a decision for yet, and the
 * proposals of other members waiting for a second pair of eyes (one cannot confirm one's own).
 */
@Component
class CouncilWork implements WorkSource {

  static final String SECTION = "council";
  private final JdbcClient jdbc;

  CouncilWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    if (!caller.has(Permission.RECORD_DECISIONS_GLOBALLY)) {
      return List.of();
    }
    var toPropose = jdbc.sql("""
            select count(*) from council_request r where r.settled_by is null
              and not exists (select 1 from council_decision d where d.status = 'PROPOSED'
                                and d.subject_type = r.subject_type and d.subject_id = r.subject_id)
            """)
        .query(Long.class).single();
    var toConfirm = jdbc.sql("select count(*) from council_decision where status = 'PROPOSED' and proposed_by <> :me")
        .param("me", caller.username()).query(Long.class).single();
    return List.of(
        WorkItem.of("council.to-propose", SECTION, "work.council.to-propose", toPropose, "/council#agenda", "work.council.to-propose.none"),
        WorkItem.of("council.to-confirm", SECTION, "work.council.to-confirm", toConfirm, "/council#decisions",
            "work.council.to-confirm.none"));
  }
}
