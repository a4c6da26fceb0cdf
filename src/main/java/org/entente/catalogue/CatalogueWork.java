package org.entente.catalogue;

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
 * The menu's daily work: a coordinator's nomination windows closing within 14 days at events their nation is
 * eligible for; a provider's drafts returned by staff and events starting within 30 days; staff's activities
 * submitted for publication and the year's review still to do. Counted under row-level security.
 */
@Component
class CatalogueWork implements WorkSource {

  static final String SECTION = "catalogue";
  private final JdbcClient jdbc;
  private final Clock clock;

  CatalogueWork(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var today = LocalDate.now(clock);
    var items = new ArrayList<WorkItem>();
    var nations = caller.organisationsWith(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (nations.length > 0) {
      var closing = jdbc.sql("""
              select count(*) from catalogue_event e join catalogue_activity a on a.code = e.activity
              where a.status = 'PUBLISHED' and e.status = 'OPEN' and e.nominations_open <= :today
                and e.nominations_close between :today and :until
                and exists (select 1 from unnest(cast(:nations as text[])) n where catalogue_eligible(a, n))
              """)
          .param("today", today).param("until", today.plusDays(14)).param("nations", nations)
          .query(Long.class).single();
      items.add(WorkItem.of("catalogue.windows-closing", SECTION, "work.catalogue.windows-closing", closing, "/events?open=on&eligible=on",
          "work.catalogue.windows-closing.none"));
    }
    var providers = caller.organisationsWith(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (providers.length > 0) {
      var returned = jdbc.sql("select count(*) from catalogue_activity where status = 'RETURNED' and provider = any (:providers)")
          .param("providers", providers).query(Long.class).single();
      items.add(WorkItem.of("catalogue.returned", SECTION, "work.catalogue.returned", returned, "/registration/console#activities",
          "work.catalogue.returned.none"));
      var soon = jdbc.sql("""
              select count(*) from catalogue_event e join catalogue_activity a on a.code = e.activity
              where a.provider = any (:providers) and e.status = 'OPEN' and e.starts_on between :today and :until
              """)
          .param("providers", providers).param("today", today).param("until", today.plusDays(30)).query(Long.class).single();
      items.add(WorkItem.of("catalogue.events-soon", SECTION, "work.catalogue.events-soon", soon, "/registration/console#events",
          "work.catalogue.events-soon.none"));
    }
    if (caller.has(Permission.CURATE_ACTIVITIES_GLOBALLY)) {
      var submitted = jdbc.sql("select count(*) from catalogue_activity where status = 'SUBMITTED'").query(Long.class).single();
      items.add(WorkItem.of("catalogue.submitted", SECTION, "work.catalogue.submitted", submitted, "/menu/curation",
          "work.catalogue.submitted.none"));
      var year = today.getYear();
      var toReview = jdbc.sql("""
              select count(*) from catalogue_activity a where a.status = 'PUBLISHED'
                and not exists (select 1 from catalogue_review r where r.activity = a.code and r.year = :year)
              """)
          .param("year", year).query(Long.class).single();
      items.add(new WorkItem("catalogue.review", SECTION, "work.catalogue.review", List.of(Integer.toString(year)), toReview,
          "/registration/review?year=" + year, "work.catalogue.review.none"));
    }
    return items;
  }
}
