package org.entente.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.access.Role;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registration's daily work. A coordinator: nominations awaiting the provider, offers to accept before they
 * expire, feedback to give. A provider: nominations to decide, attendance to record, post-activity reports due.
 * A participant: their offers, their nominations under way, feedback to give, certificates. Counted under
 * row-level security.
 */
@Component
class RegistrationWork implements WorkSource {

  static final String SECTION = "registration";
  private final JdbcClient jdbc;
  private final Clock clock;

  RegistrationWork(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var today = LocalDate.now(clock);
    var items = new ArrayList<WorkItem>();
    var nations = caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (nations.length > 0) {
      items.add(item("registration.awaiting-provider", count("nation", nations, "n.state = 'NOMINATED'"),
          "/registration/nominations?state=NOMINATED"));
      items.add(item("registration.offers", count("nation", nations, "n.state = 'OFFERED'"), "/registration/nominations?state=OFFERED"));
      items.add(item("registration.feedback-due", count("nation", nations,
          "n.state = 'ATTENDED' and not exists (select 1 from registration_feedback f where f.nomination = n.id)"),
          "/registration/nominations?state=ATTENDED"));
    }
    var providers = caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (providers.length > 0) {
      items.add(item("registration.to-decide", count("provider", providers, "n.state = 'NOMINATED'"), "/registration/console#pending"));
      var attendance = jdbc.sql("""
              select count(*) from registration_nomination n join registration_invitation i on i.event_id = n.event_id
              where n.provider = any (:orgs) and n.state = 'CONFIRMED' and i.starts_on <= :today
              """)
          .param("orgs", providers).param("today", today).query(Long.class).single();
      items.add(item("registration.attendance", attendance, "/registration/console#events"));
      var reports = jdbc.sql("""
              select count(*) from registration_invitation i
              where i.provider = any (:orgs) and i.ends_on < :today
                and exists (select 1 from registration_nomination n where n.event_id = i.event_id and n.state in ('ATTENDED', 'NO_SHOW'))
                and not exists (select 1 from registration_report r where r.event_id = i.event_id)
              """)
          .param("orgs", providers).param("today", today).query(Long.class).single();
      items.add(item("registration.reports-due", reports, "/registration/console#events"));
    }
    if (caller.hasRole(Role.PARTICIPANT)) {
      items.add(item("registration.my-offers", mine("n.state = 'OFFERED'"), "/me/nominations"));
      items.add(item("registration.my-nominations", mine("n.state in ('NOMINATED', 'WAITLISTED', 'CONFIRMED')"), "/me/nominations"));
      items.add(item("registration.my-feedback", mine(
          "n.state = 'ATTENDED' and not exists (select 1 from registration_feedback f where f.nomination = n.id)"), "/me/nominations"));
      items.add(item("registration.my-certificates", mine(
          "exists (select 1 from registration_certificate c where c.nomination = n.id)"), "/me/nominations#certificates"));
    }
    return items;
  }

  private long count(String column, String[] organisations, String condition) {
    return jdbc.sql("select count(*) from registration_nomination n where n." + column + " = any (:orgs) and " + condition)
        .param("orgs", organisations).query(Long.class).single();
  }

  private long mine(String condition) {
    return jdbc.sql("select count(*) from registration_nomination n where n.participant in (select registration_my_participants()) and "
        + condition).query(Long.class).single();
  }

  private static WorkItem item(String id, long count, String href) {
    var key = "work." + id;
    return WorkItem.of(id, SECTION, key, count, href, key + ".none");
  }
}
