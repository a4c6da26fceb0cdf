package org.entente.capabilities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start page's OCC items: a partner's self-evaluations to complete and remedial actions due within 30 days (or
 * late); for staff, declared units to accept and NATO evaluations to certify.
 */
@Component
class CapabilitiesWork implements WorkSource {

  private static final String SECTION = "capabilities";
  private final JdbcClient jdbc;
  private final Clock clock;

  CapabilitiesWork(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_CAPABILITIES_GLOBALLY)) {
      items.add(WorkItem.of("capabilities.units-to-accept", SECTION, "capabilities.work.accept",
          jdbc.sql("select count(*) from capabilities_unit where status = 'DECLARED'").query(Long.class).single(), "/capabilities?status=DECLARED",
          "capabilities.work.accept.none"));
      items.add(WorkItem.of("capabilities.nels-to-certify", SECTION, "capabilities.work.certify",
          jdbc.sql("select count(*) from capabilities_evaluation where kind = 'NEL' and status = 'SUBMITTED'").query(Long.class).single(),
          "/capabilities", "capabilities.work.certify.none"));
    }
    var nations = caller.organisationsWith(Permission.DECLARE_UNITS_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (nations.length > 0) {
      var mine = jdbc.sql("select count(*) from capabilities_unit where partner = any (:n)").param("n", nations).query(Long.class).single();
      if (mine > 0) {
        var sels = jdbc.sql("""
                select count(*) from capabilities_evaluation e join capabilities_unit u on u.id = e.unit
                where e.kind = 'SEL' and e.status = 'OPEN' and u.partner = any (:n)""").param("n", nations).query(Long.class).single();
        var due = jdbc.sql("""
                select count(*) from capabilities_action a join capabilities_evaluation e on e.id = a.evaluation
                  join capabilities_unit u on u.id = e.unit
                where a.status in ('OPEN', 'IN_PROGRESS') and a.due_on <= :by and u.partner = any (:n)""")
            .param("n", nations).param("by", LocalDate.now(clock).plusDays(30)).query(Long.class).single();
        items.add(WorkItem.of("capabilities.sels-to-complete", SECTION, "capabilities.work.sel", sels, "/capabilities", "capabilities.work.sel.none"));
        items.add(WorkItem.of("capabilities.actions-due", SECTION, "capabilities.work.actions", due, "/capabilities#actions",
            "capabilities.work.actions.none"));
      }
    }
    return items;
  }
}
