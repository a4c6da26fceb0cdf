package org.entente.science;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start page's SPS items: for staff, applications to screen and in panel review, instalments due (planned, due
 * by today) and progress reports flagged for overspending; for a panel member, the
 * applications to review; for Allies' coordinators, those before the nations. Counted through row-level security.
 */
@Component
class ScienceWork implements WorkSource {

  private static final String SECTION = "science";
  private final JdbcClient jdbc;

  ScienceWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) {
      items.add(WorkItem.of("science.to-screen", SECTION, "science.work.screen", status("SUBMITTED"), "/science/applications?status=SUBMITTED",
          "science.work.screen.none"));
      items.add(WorkItem.of("science.in-review", SECTION, "science.work.rank", status("PANEL_REVIEW"), "/science/applications?status=PANEL_REVIEW",
          "science.work.rank.none"));
      var due = jdbc.sql("select count(*) from science_instalment where state = 'PLANNED' and due_on <= current_date").query(Long.class).single();
      items.add(WorkItem.of("science.instalments-due", SECTION, "science.work.instalments", due, "/science/grants#due",
          "science.work.instalments.none"));
      var flagged = jdbc.sql("select count(*) from science_report where cardinality(overspent) > 0 and reviewed_by is null")
          .query(Long.class).single();
      items.add(WorkItem.of("science.flagged-reports", SECTION, "science.work.flagged", flagged, "/science/grants#flagged",
          "science.work.flagged.none"));
    }
    var toReview = jdbc.sql("""
        select count(*) from science_review r join science_application a on a.id = r.application
        where r.reviewer = :me and r.status = 'ASSIGNED' and a.status = 'PANEL_REVIEW'""").param("me", caller.userId()).query(Long.class).single();
    if (toReview > 0) {
      items.add(WorkItem.of("science.to-review", SECTION, "science.work.review", toReview, "/science/reviews", "science.work.review.none"));
    }
    if (caller.has(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION) && !caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)) {
      var before = status("RANKED");
      if (before > 0) {
        items.add(WorkItem.of("science.before-nations", SECTION, "science.work.approval", before, "/science/applications?status=RANKED",
            "science.work.approval.none"));
      }
    }
    return items;
  }

  private long status(String status) {
    return jdbc.sql("select count(*) from science_application where status = :s").param("s", status).query(Long.class).single();
  }
}
