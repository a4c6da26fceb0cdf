package org.entente.planning;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The start page's planning items: a partner's survey to answer and assessment to agree; the cycles waiting for staff. */
@Component
class PlanningWork implements WorkSource {

  private static final String SECTION = "planning";
  private final JdbcClient jdbc;

  PlanningWork(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_PLANNING_GLOBALLY)) {
      items.add(WorkItem.of("planning.cycles-for-staff", SECTION, "planning.work.staff", jdbc.sql("""
              select count(*) from planning_cycle where status in ('SURVEY_SUBMITTED', 'BILATERAL', 'MULTILATERAL')
                 or (status = 'ASSESSMENT' and jsonb_array_length(assessment) < jsonb_array_length(goals))
              """).query(Long.class).single(), "/planning", "planning.work.staff.none"));
    }
    var nations = caller.organisationsWith(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION).toArray(String[]::new);
    if (nations.length > 0) {
      var surveys = jdbc.sql("select count(*) from planning_cycle where status = 'SURVEY' and partner = any (:n)")
          .param("n", nations).query(Long.class).single();
      var assessments = jdbc.sql("""
              select count(*) from planning_cycle where status = 'ASSESSMENT' and partner = any (:n)
                and jsonb_array_length(assessment) >= jsonb_array_length(goals)""").param("n", nations).query(Long.class).single();
      var mine = jdbc.sql("select count(*) from planning_cycle where partner = any (:n)").param("n", nations).query(Long.class).single();
      if (mine > 0) {
        items.add(WorkItem.of("planning.surveys-to-answer", SECTION, "planning.work.survey", surveys, "/planning", "planning.work.survey.none"));
        items.add(WorkItem.of("planning.assessments-to-agree", SECTION, "planning.work.assessment", assessments, "/planning",
            "planning.work.assessment.none"));
      }
    }
    return items;
  }
}
