package org.entente.capabilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A declared unit from its declaration to combat readiness through the real API: the order SEL1 → NEL1 → SEL2 →
 * NEL2 kept, who may make each move, ratings that need their findings, a certification refused while an area is
 * not interoperable, remedial actions citing only published menu activities, the timeline, the audit trail and the
 * start page's items; need-to-know: another partner gets 404 and empty lists, an Ally and the secretariat read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OccEvaluationIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theJavaTablesOfMovesAreTheDatabaseOnes() {
    var machines = Map.of("UNIT", UnitStatus.legalMoves(), "EVALUATION", EvaluationStatus.legalMoves(), "ACTION", ActionStatus.legalMoves());
    machines.forEach((machine, moves) -> {
      var inDatabase = new HashSet<List<String>>();
      jdbc.sql("select from_status, to_status from capabilities_transition where machine = :m").param("m", machine)
          .query((rs, n) -> inDatabase.add(List.of(rs.getString(1), rs.getString(2)))).list();
      assertThat(inDatabase).as(machine).isEqualTo(moves);
    });
    for (var actor : Actor.values()) {
      assertThat(UnitStatus.ACCEPTED.allows(UnitStatus.L1_CERTIFIED, actor)).as(actor.name()).isEqualTo(actor == Actor.CERTIFICATION);
      assertThat(EvaluationStatus.SUBMITTED.allows(EvaluationStatus.CERTIFIED, EvaluationStatus.Kind.SEL, actor)).isFalse();
    }
  }

  @Test
  void theDatabaseRefusesAnIllegalMoveWhateverJavaSays() {
    var occ = new Occ(new Http(port));
    var unit = occ.declared("GEO", "Trigger company");
    assertThatThrownBy(() -> SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("update capabilities_unit set status = 'L2_CERTIFIED', accepted_on = current_date where id = cast(:id as uuid)").param("id", unit).update())))
        .hasMessageContaining("illegal unit move DECLARED -> L2_CERTIFIED");
  }

  @Test
  void aUnitFromDeclarationToCombatReadiness() {
    var occ = new Occ(new Http(port));
    var georgia = occ.coordinator("GEO");
    var jordan = occ.coordinator("JOR");
    var ally = occ.coordinator("NLD");

    // bad input is named field by field; a coordinator declares only for its own partner, an Ally not at all
    var bad = Occ.unit("");
    bad.put("service", "SPACE");
    bad.put("contactEmail", "nobody");
    var refused = occ.send("POST", "/api/v1/capabilities/units", bad, georgia);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("\"name\"", "\"service\"", "\"contactEmail\"");
    var forGeorgia = Occ.unit("Not yours");
    forGeorgia.put("partner", "GEO");
    assertThat(occ.send("POST", "/api/v1/capabilities/units", forGeorgia, jordan).status()).isEqualTo(400);
    var forAlly = Occ.unit("An Ally's");
    forAlly.put("partner", "NLD");
    assertThat(occ.send("POST", "/api/v1/capabilities/units", forAlly, ally).status()).isEqualTo(400);
    assertThat(occ.send("POST", "/api/v1/capabilities/units", Occ.unit("Staff's"), occ.staff).status()).isEqualTo(403);

    var unit = occ.declared("GEO", "12th Light Infantry Company");
    var path = "/api/v1/capabilities/units/" + unit;
    // need-to-know: Jordan does not learn the unit exists; an Ally and the secretariat read it
    assertThat(occ.send("GET", path, null, jordan).status()).isEqualTo(404);
    assertThat(occ.expect(200, "GET", "/api/v1/capabilities/units?partner=GEO", null, jordan).get("total").asInt()).isZero();
    assertThat(occ.expect(200, "GET", "/api/v1/capabilities/units", null, jordan).get("total").asInt()).isZero();
    assertThat(occ.send("POST", path + "/transitions", Map.of("to", "WITHDRAWN", "reason", "x"), jordan).status()).isEqualTo(404);
    assertThat(occ.expect(200, "GET", path, null, ally).get("unit").get("status").asString()).isEqualTo("DECLARED");
    assertThat(occ.expect(200, "GET", path, null, occ.secretariat()).get("next")).isEmpty();

    // staff accept, the partner may not
    assertThat(occ.send("POST", path + "/transitions", Map.of("to", "ACCEPTED"), georgia).status()).isEqualTo(409);
    assertThat(occ.send("POST", path + "/transitions", Map.of("to", "REFUSED"), occ.staff).status()).isEqualTo(400); // a reason
    assertThat(occ.send("POST", path + "/transitions", Map.of("to", "L1_CERTIFIED"), occ.staff).status()).isEqualTo(409);
    assertThat(occ.moveUnit(unit, "ACCEPTED", null, occ.staff).get("mayOpen").toString()).doesNotContain("NEL");
    assertThat(occ.expect(200, "GET", path, null, georgia).get("mayOpen").toString()).contains("SEL");

    // the order: no NEL before its SEL; a SEL is the partner's
    var nelFirst = Map.of("kind", "NEL", "plannedOn", LocalDate.now().plusDays(5).toString(), "team", List.of(Map.of("name", "A. Berg", "organisation", "SWE")));
    assertThat(occ.send("POST", path + "/evaluations", nelFirst, occ.staff).status()).isEqualTo(409);
    assertThat(occ.send("POST", path + "/evaluations", Map.of("kind", "SEL", "plannedOn", LocalDate.now().toString()), occ.staff).status())
        .isEqualTo(409);
    var sel1 = occ.openSel(unit, "GEO");
    assertThat(occ.send("POST", path + "/evaluations", Map.of("kind", "SEL", "plannedOn", LocalDate.now().toString()), georgia).status())
        .isEqualTo(409); // one under way

    // ratings: a partial one needs its finding; submitting needs every area
    var withoutFinding = occ.send("PUT", "/api/v1/capabilities/evaluations/" + sel1 + "/ratings",
        Map.of("ratings", List.of(Map.of("area", "COMMUNICATIONS", "rating", "PARTIALLY_INTEROPERABLE"), Map.of("area", "MORALE", "rating", "YES"))), georgia);
    assertThat(withoutFinding.status()).isEqualTo(400);
    assertThat(withoutFinding.body()).contains("ratings[0].finding", "ratings[1].area", "ratings[1].rating");
    occ.expect(200, "PUT", "/api/v1/capabilities/evaluations/" + sel1 + "/ratings",
        Map.of("ratings", List.of(Map.of("area", "TRAINING", "rating", "INTEROPERABLE"))), georgia);
    var early = occ.send("POST", "/api/v1/capabilities/evaluations/" + sel1 + "/transitions", Map.of("to", "SUBMITTED"), georgia);
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body()).contains("ratings.COMMUNICATIONS");
    assertThat(occ.send("PUT", "/api/v1/capabilities/evaluations/" + sel1 + "/ratings", Map.of("ratings", Occ.ratings("x")), occ.staff).status())
        .isEqualTo(409); // staff do not rate a nation's self-evaluation
    occ.rate(sel1, "sel1", georgia);
    occ.moveEvaluation(sel1, "SUBMITTED", null, georgia);
    assertThat(occ.send("PUT", "/api/v1/capabilities/evaluations/" + sel1 + "/ratings", Map.of("ratings", Occ.ratings("x")), georgia).status())
        .isEqualTo(409); // submitted: its ratings no longer change
    assertThat(occ.send("GET", "/api/v1/capabilities/evaluations/" + sel1, null, jordan).status()).isEqualTo(404);

    // the NATO evaluation by staff's team; not certified while an area is not interoperable
    var noTeam = occ.send("POST", path + "/evaluations", Map.of("kind", "NEL", "plannedOn", LocalDate.now().toString()), occ.staff);
    assertThat(noTeam.status()).isEqualTo(400);
    assertThat(noTeam.body()).contains("team");
    var nel1 = occ.openNel(unit);
    assertThat(occ.send("PUT", "/api/v1/capabilities/evaluations/" + nel1 + "/ratings", Map.of("ratings", Occ.ratings("x")), georgia).status())
        .isEqualTo(409);
    var failing = new ArrayList<>(Occ.ratings("nel1"));
    failing.set(0, Map.of("area", "COMMAND_AND_CONTROL", "rating", "NOT_INTEROPERABLE", "finding", Map.of("en", "No NATO staff procedures")));
    occ.expect(200, "PUT", "/api/v1/capabilities/evaluations/" + nel1 + "/ratings", Map.of("ratings", failing), occ.staff);
    occ.moveEvaluation(nel1, "SUBMITTED", null, occ.staff);
    assertThat(occ.expect(200, "GET", "/api/v1/capabilities/evaluations/" + nel1, null, georgia).get("mayPlan").asBoolean()).isTrue();
    var notYet = occ.send("POST", "/api/v1/capabilities/evaluations/" + nel1 + "/transitions", Map.of("to", "CERTIFIED"), occ.staff);
    assertThat(notYet.status()).isEqualTo(409);
    assertThat(notYet.body()).contains("COMMAND_AND_CONTROL");
    assertThat(occ.send("POST", "/api/v1/capabilities/evaluations/" + nel1 + "/transitions", Map.of("to", "CERTIFIED"), georgia).status()).isEqualTo(409);
    occ.moveEvaluation(nel1, "OPEN", "Re-inspect command and control", occ.staff);
    occ.rate(nel1, "nel1", occ.staff);
    occ.moveEvaluation(nel1, "SUBMITTED", null, occ.staff);
    var certified = occ.moveEvaluation(nel1, "CERTIFIED", null, occ.staff);
    assertThat(certified.get("evaluation").get("decidedBy").asString()).isEqualTo(occ.staff.username());
    assertThat(occ.expect(200, "GET", path, null, georgia).get("unit").get("status").asString()).isEqualTo("L1_CERTIFIED");

    // the remedial plan: a cited activity must be published
    var unknown = occ.send("POST", "/api/v1/capabilities/evaluations/" + nel1 + "/actions",
        Map.of("title", Map.of("en", "Train"), "owner", "J6", "dueOn", LocalDate.now().plusMonths(3).toString(), "activity", "NO-SUCH-ACTIVITY"), georgia);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("activity");
    var late = occ.send("POST", "/api/v1/capabilities/evaluations/" + nel1 + "/actions",
        Map.of("title", Map.of("en", "Train"), "owner", "J6", "dueOn", LocalDate.now().minusDays(3).toString()), georgia);
    assertThat(late.status()).isEqualTo(400);
    assertThat(occ.send("POST", "/api/v1/capabilities/evaluations/" + nel1 + "/actions",
        Map.of("title", Map.of("en", "Train"), "owner", "J6", "dueOn", LocalDate.now().plusMonths(3).toString()), jordan).status()).isEqualTo(404);
    var activity = Occ.publishedActivity(occ.http);
    var action = occ.action(nel1, "Train signallers on NATO HF procedures", activity, georgia);
    assertThat(action.get("activity").asString()).isEqualTo(activity);
    var actionPath = "/api/v1/capabilities/actions/" + action.get("id").asString() + "/transitions";
    assertThat(occ.send("POST", actionPath, Map.of("to", "CANCELLED", "reason", "no"), georgia).status()).isEqualTo(409);
    assertThat(occ.send("POST", actionPath, Map.of("to", "DONE"), jordan).status()).isEqualTo(404);
    occ.expect(200, "POST", actionPath, Map.of("to", "IN_PROGRESS"), georgia);
    assertThat(occ.expect(200, "GET", "/api/v1/capabilities/actions?status=IN_PROGRESS", null, georgia).get("total").asInt()).isEqualTo(1);
    assertThat(occ.expect(200, "GET", "/api/v1/capabilities/actions?partner=GEO", null, jordan).get("total").asInt()).isZero();
    var done = occ.expect(200, "POST", actionPath, Map.of("to", "DONE", "reason", "Twelve signallers trained"), georgia);
    assertThat(done.get("closedOn").asString()).isEqualTo(LocalDate.now().toString());
    assertThat(occ.send("POST", actionPath, Map.of("to", "IN_PROGRESS"), georgia).status()).isEqualTo(409);

    // level 2: the self-evaluation then the NATO evaluation, certified: combat ready
    var sel2 = occ.openSel(unit, "GEO");
    assertThat(occ.expect(200, "GET", "/api/v1/capabilities/evaluations/" + sel2, null, georgia).get("evaluation").get("level").asInt()).isEqualTo(2);
    occ.rate(sel2, "sel2", georgia);
    occ.moveEvaluation(sel2, "SUBMITTED", null, georgia);
    var nel2 = occ.openNel(unit);
    occ.rate(nel2, "nel2", occ.staff);
    occ.moveEvaluation(nel2, "SUBMITTED", null, occ.staff);
    occ.moveEvaluation(nel2, "CERTIFIED", null, occ.staff);
    var detail = occ.expect(200, "GET", path, null, georgia);
    assertThat(detail.get("unit").get("status").asString()).isEqualTo("L2_CERTIFIED");
    assertThat(detail.get("mayOpen")).isEmpty();
    assertThat(detail.get("evaluations")).hasSize(4);
    var steps = new ArrayList<String>();
    detail.get("timeline").forEach(t -> steps.add(t.get("subject").asString() + ":" + t.get("to").asString()));
    assertThat(steps).containsSubsequence("UNIT:DECLARED", "UNIT:ACCEPTED", "EVALUATION:SUBMITTED", "EVALUATION:CERTIFIED", "UNIT:L1_CERTIFIED",
        "ACTION:OPEN", "ACTION:DONE", "EVALUATION:CERTIFIED", "UNIT:L2_CERTIFIED");

    // withdrawn by its partner with a reason; then nothing more moves
    assertThat(occ.send("POST", path + "/transitions", Map.of("to", "WITHDRAWN"), georgia).status()).isEqualTo(400);
    occ.moveUnit(unit, "WITHDRAWN", "Deployed under national command", georgia);
    assertThat(occ.send("POST", path + "/transitions", Map.of("to", "ACCEPTED"), occ.staff).status()).isEqualTo(409);

    // every change audited
    var audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_id = :id and action like 'CAPABILITIES_UNIT_%'").param("id", unit).query(Long.class).single()));
    assertThat(audited).isEqualTo(5L); // declared, accepted, L1, L2, withdrawn
  }

  @Test
  void theStartPageSaysWhatWaits() {
    var occ = new Occ(new Http(port));
    var unit = occ.declared("GEO", "Start page company");
    var staffWork = occ.expect(200, "GET", "/api/v1/me/work", null, occ.staff).toString();
    assertThat(staffWork).contains("capabilities.units-to-accept", "capabilities.nels-to-certify");
    occ.moveUnit(unit, "ACCEPTED", null, occ.staff);
    occ.openSel(unit, "GEO");
    var work = occ.expect(200, "GET", "/api/v1/me/work", null, occ.coordinator("GEO")).toString();
    assertThat(work).contains("capabilities.sels-to-complete", "capabilities.actions-due");
    assertThat(occ.expect(200, "GET", "/api/v1/me/work", null, occ.coordinator("JOR")).toString()).doesNotContain("capabilities.sels-to-complete");
  }
}
