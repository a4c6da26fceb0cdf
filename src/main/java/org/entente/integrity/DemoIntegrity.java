package org.entente.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.MenuSearch;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, assessments at different stages, made as people make them: Georgia's report is agreed and its
 * follow-up plan cites an integrity activity of the menu; Ukraine's questionnaire waits for its answers; Jordan's
 * request waits for staff.
 */
@Component
@Order(12)
class DemoIntegrity implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoIntegrity.class);

  private final Integrity integrity;
  private final MenuSearch menu;
  private final Clock clock;

  DemoIntegrity(Integrity integrity, MenuSearch menu, Clock clock) {
    this.integrity = integrity;
    this.menu = menu;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "integrity_assessment";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staff = Callers.demo("IS", Role.STAFF);
    var geo = Callers.demo("GEO", Role.NATIONAL_COORDINATOR);

    var georgia = Callers.callAs(geo, () -> integrity.request("GEO")).id();
    Callers.callAs(staff, () -> integrity.transition(georgia, "SAQ_ISSUED", null));
    var questions = Callers.callAs(geo, () -> integrity.latest()).questions();
    var answers = new LinkedHashMap<String, String>();
    questions.forEach(q -> answers.put(String.valueOf(q.position()),
        "Georgia’s answer on " + q.area().toLowerCase().replace('_', ' ') + ": practice described with its figures for the last two years."));
    Callers.callAs(geo, () -> integrity.answer(georgia, answers));
    Callers.callAs(geo, () -> integrity.transition(georgia, "SAQ_SUBMITTED", null));
    Callers.callAs(staff, () -> integrity.peerReview(georgia, new Integrity.PeerReview(List.of(
        new Integrity.NewMember("Building Integrity programme manager", "IS", "is.staff", true),
        new Integrity.NewMember("Expert of Norway", "NOR", null, false),
        new Integrity.NewMember("Expert of Poland", "POL", null, false),
        new Integrity.NewMember("Expert of Switzerland", "CHE", null, false)), today.minusMonths(3), today.minusMonths(3).plusDays(3),
        "Ministry of Defence, Tbilisi")));
    Callers.callAs(staff, () -> integrity.transition(georgia, "VISIT_CONDUCTED", null));
    Callers.callAs(staff, () -> integrity.report(georgia, BilingualText.of(
        "The team found a well-known code of conduct and an active inspector general; procurement still awards too many contracts without competition.",
        "L’équipe a constaté un code de conduite bien connu et un inspecteur général actif ; les achats attribuent encore trop de contrats sans mise en concurrence.")));
    Callers.callAs(geo, () -> integrity.transition(georgia, "REPORT_AGREED", null));
    var hits = Callers.callAs(staff, () -> menu.activities(new MenuSearch.Query("integrity", null, null, null, null, null, null, null, null, null, null, null, 0, 1)))
        .items();
    var code = hits.isEmpty() ? null : hits.getFirst().activity().code();
    Callers.callAs(staff, () -> integrity.addAction(georgia, new Integrity.NewAction(BilingualText.of("Integrity in defence procurement course",
        "Cours sur l’intégrité dans les achats de défense"), code, today.plusMonths(6))));
    Callers.callAs(staff, () -> integrity.transition(georgia, "FOLLOW_UP", null));

    var ukraine = Callers.callAs(Callers.demo("UKR", Role.NATIONAL_COORDINATOR), () -> integrity.request("UKR")).id();
    Callers.callAs(staff, () -> integrity.transition(ukraine, "SAQ_ISSUED", null));
    Callers.callAs(Callers.demo("JOR", Role.NATIONAL_COORDINATOR), () -> integrity.request("JOR"));
    log.info("Demo mode: Building Integrity assessments (GEO follow-up, UKR answering, JOR requested)");
  }
}
