package org.entente.integrity;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The start page's Building Integrity items: staff the requests to issue, the submitted questionnaires to review
 * and the visits to report on; a nation's coordinators the questionnaire to answer and the report to agree; a
 * member of a peer review team the reviews they are on. Counted as the caller, through row-level security.
 */
@Component
class IntegrityWork implements WorkSource {

  private final AssessmentStore store;

  IntegrityWork(AssessmentStore store) {
    this.store = store;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_INTEGRITY_GLOBALLY)) {
      items.add(item("to-issue", store.countIn(IntegrityStatus.REQUESTED, null), "/integrity?status=REQUESTED", List.of()));
      items.add(item("to-review", store.countIn(IntegrityStatus.SAQ_SUBMITTED, null), "/integrity?status=SAQ_SUBMITTED", List.of()));
      items.add(item("to-report", store.countIn(IntegrityStatus.VISIT_CONDUCTED, null), "/integrity?status=VISIT_CONDUCTED", List.of()));
    }
    caller.organisationsWith(Permission.ASSESS_INTEGRITY_FOR_OWN_ORGANISATION).stream().sorted().forEach(nation -> {
      items.add(new WorkItem("integrity.to-answer." + nation, "integrity", "integrity.work.to-answer", List.of(nation),
          store.countIn(IntegrityStatus.SAQ_ISSUED, nation), "/integrity?status=SAQ_ISSUED&nation=" + nation, "integrity.work.to-answer.none"));
      items.add(new WorkItem("integrity.to-agree." + nation, "integrity", "integrity.work.to-agree", List.of(nation),
          store.countIn(IntegrityStatus.REPORT_DRAFT, nation), "/integrity?status=REPORT_DRAFT&nation=" + nation, "integrity.work.to-agree.none"));
    });
    var team = store.teamWork(caller.username());
    if (team > 0) items.add(item("team", team, "/integrity", List.of()));
    return items;
  }

  private WorkItem item(String what, long count, String href, List<String> args) {
    return new WorkItem("integrity." + what, "integrity", "integrity.work." + what, args, count, href, "integrity.work." + what + ".none");
  }
}
