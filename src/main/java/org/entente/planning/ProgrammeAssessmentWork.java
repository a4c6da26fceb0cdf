package org.entente.planning;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The start page's programme assessments: staff's drafts to finish, the partner's assessments to comment on and agree. */
@Component
class ProgrammeAssessmentWork implements WorkSource {

  private static final String SECTION = "planning";
  private final JdbcClient jdbc;

  ProgrammeAssessmentWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_PLANNING_GLOBALLY)) {
      var drafts = jdbc.sql("select count(*) from planning_programme_assessment where status = 'DRAFT'").query(Long.class).single();
      items.add(WorkItem.of("planning.programme-assessments-to-draft", SECTION, "planning.work.pa.draft", drafts, "/planning/programme-assessments",
          "planning.work.pa.draft.none"));
    }
    var nations = caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (nations.length > 0) {
      var mine = jdbc.sql("select count(*) from planning_programme_assessment where partner = any (:n)").param("n", nations)
          .query(Long.class).single();
      if (mine > 0) {
        var waiting = jdbc.sql("select count(*) from planning_programme_assessment where status = 'WITH_PARTNER' and partner = any (:n)")
            .param("n", nations).query(Long.class).single();
        items.add(WorkItem.of("planning.programme-assessments-to-comment", SECTION, "planning.work.pa.comment", waiting,
            "/planning/programme-assessments", "planning.work.pa.comment.none"));
      }
    }
    return items;
  }
}
