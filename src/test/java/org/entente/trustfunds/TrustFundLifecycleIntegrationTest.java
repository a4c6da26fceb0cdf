package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fund's life through the API: idea, scoping, lead, feasibility, agreement by three, the Council's launch,
 * money in several currencies to the cent, the overspend refused, closing; illegal moves answer 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustFundLifecycleIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void fromIdeaToClosedWithTheCouncilLaunchingItAndMoneyToTheCent() {
    var funds = new Funds(new Http(port));
    var id = funds.propose("JOR", "Jordan IV test " + UUID.randomUUID());
    var host = funds.coordinator("JOR");
    var lead = funds.coordinator("ESP");
    var agent = funds.agent("NSPA");

    // only staff scope an idea; the host may not skip ahead
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "SCOPING"), host).status()).isEqualTo(409);
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "LAUNCHED"), funds.staff).status()).isEqualTo(409);
    funds.move(id, "SCOPING", funds.staff);
    // a nation not invited sees nothing of it, and cannot accept
    assertThat(funds.send("GET", "/api/v1/trust-funds/" + id, "", lead).status()).isEqualTo(404);
    funds.expect(200, "POST", "/api/v1/trust-funds/" + id + "/leads", Map.of("nation", "ESP"), funds.staff);
    var invited = funds.detail(id, lead);
    assertThat(invited.get("invitations").get(0).asString()).isEqualTo("ESP");
    var found = funds.expect(200, "POST", "/api/v1/trust-funds/" + id + "/leads/accept", Map.of("nation", "ESP"), lead);
    assertThat(found.get("fund").get("status").asString()).isEqualTo("LEAD_NATION_FOUND");
    assertThat(found.get("fund").get("leads").get(0).asString()).isEqualTo("ESP");
    funds.move(id, "FEASIBILITY", lead);
    // the proposal needs an executing agent, then each of the three agrees
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "PROPOSAL_AGREED"), lead).status()).isEqualTo(409);
    funds.expect(200, "PUT", "/api/v1/trust-funds/" + id + "/executing-agent", Map.of("agent", "NSPA"), lead);
    assertThat(funds.move(id, "PROPOSAL_AGREED", lead).get("fund").get("status").asString()).isEqualTo("FEASIBILITY");
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "PROPOSAL_AGREED"), lead).status()).isEqualTo(409);
    funds.move(id, "PROPOSAL_AGREED", host);
    assertThat(funds.move(id, "PROPOSAL_AGREED", agent).get("fund").get("status").asString()).isEqualTo("PROPOSAL_AGREED");
    // no decision on a fund the Council was not asked about
    var early = funds.send("POST", "/api/v1/council/decisions", Map.of("reference", org.entente.council.Secretariat.reference(),
        "decidedOn", java.time.LocalDate.now().toString(), "subjectType", "TRUST_FUND", "subjectId", id, "outcome", "APPROVED",
        "text", Map.of("en", "Launch")), funds.secretariat().proposer);
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    funds.move(id, "PRESENTED", funds.staff);
    // nobody but the Council launches it
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "LAUNCHED"), funds.staff).status()).isEqualTo(409);
    // the public sees nothing before the launch
    assertThat(new Http(port).get("/api/v1/trust-funds/" + id).status()).isEqualTo(404);
    var decision = funds.secretariat().decide("TRUST_FUND", id, List.of("JOR"), "APPROVED");
    var launched = funds.detail(id, lead).get("fund");
    assertThat(launched.get("status").asString()).isEqualTo("LAUNCHED");
    assertThat(launched.get("decision").asString()).isEqualTo(decision.get("reference").asString());

    // money: donors pledge, the lead confirms, funds arrive in EUR and CHF, the agent pays out and spends
    var deu = funds.coordinator("DEU");
    var irl = funds.coordinator("IRL");
    var pledge = funds.recorded(id, deu, "PLEDGE", "DEU", "500000.00", "EUR", null, "German pledge");
    funds.recorded(id, irl, "PLEDGE", "IRL", "100000.50", "EUR", null, null);
    funds.expect(201, "POST", "/api/v1/trust-funds/" + id + "/ledger", Map.of("kind", "COMMITMENT", "confirms", pledge.get("id").asString(),
        "amount", "500000.00", "currency", "EUR"), lead);
    funds.move(id, "AGREEMENTS_SIGNED", lead);
    funds.move(id, "IMPLEMENTING", lead);
    funds.recorded(id, lead, "RECEIPT", "DEU", "500000.00", "EUR", null, null);
    // 100000.35 CHF at 0.9312 = 93120.32592 → 93120.33 EUR (half-even)
    var chf = funds.recorded(id, lead, "RECEIPT", "CHE", "100000.35", "CHF", "0.9312", "Swiss contribution");
    assertThat(chf.get("projectAmount").asString()).isEqualTo("93120.33");
    funds.recorded(id, lead, "IN_KIND", "IRL", "12000.00", "EUR", null, "Protective equipment");
    funds.recorded(id, agent, "DISBURSEMENT", null, "593120.33", "EUR", null, null);
    // beyond what was received: refused, to the cent
    assertThat(funds.record(id, agent, "DISBURSEMENT", null, "0.01", "EUR", null, null).status()).isEqualTo(409);
    funds.recorded(id, agent, "EXPENDITURE", null, "400000.00", "EUR", null, "Demilitarisation line");
    assertThat(funds.record(id, agent, "EXPENDITURE", null, "193120.34", "EUR", null, null).status()).isEqualTo(409);
    // staff record an advance; then it may be spent
    funds.recorded(id, funds.staff, "ADVANCE", null, "10000.00", "EUR", null, "Bridging advance");
    funds.recorded(id, agent, "EXPENDITURE", null, "193120.34", "EUR", null, null);

    var balances = funds.detail(id, lead).get("balances");
    assertThat(balances.get("pledged").asString()).isEqualTo("600000.50");
    assertThat(balances.get("committed").asString()).isEqualTo("500000.00");
    assertThat(balances.get("received").asString()).isEqualTo("593120.33");
    assertThat(balances.get("inKind").asString()).isEqualTo("12000.00");
    assertThat(balances.get("disbursed").asString()).isEqualTo("593120.33");
    assertThat(balances.get("spent").asString()).isEqualTo("593120.34");
    assertThat(balances.get("available").asString()).isEqualTo("9999.99");

    // the public summary: title, host, leads, sums; no purpose, no lines
    var everyPage = new StringBuilder();
    for (int page = 0; page < 100; page++) {
      var anonymous = new Http(port).get("/api/v1/trust-funds?size=200&page=" + page);
      assertThat(anonymous.status()).isEqualTo(200);
      everyPage.append(anonymous.body());
      if (anonymous.json().get("items").isEmpty()) break;
    }
    assertThat(everyPage.toString()).contains(id).doesNotContain("Purpose of").doesNotContain("Swiss contribution");
    var summary = new Http(port).get("/api/v1/trust-funds/" + id).json();
    assertThat(summary.get("fund").isNull()).isTrue();
    assertThat(summary.get("summary").get("spent").asString()).isEqualTo("593120.34");

    funds.move(id, "COMPLETED", agent);
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "CLOSED"), funds.staff).status()).isEqualTo(400);
    funds.expect(200, "POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "CLOSED", "comment", "Final financial report FR-2019-11"), funds.staff);
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "CANCELLED", "comment", "late"), funds.staff).status()).isEqualTo(409);

    // every change audited
    var audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'trust-fund' and entity_id = :id").param("id", id).query(Long.class).single()));
    assertThat(audited).isGreaterThanOrEqualTo(20);
    // and the database itself refuses an illegal move, whatever the application says
    var refused = org.assertj.core.api.Assertions.catchThrowable(() -> SystemWork.run("test", () -> transactions.executeWithoutResult(s ->
        jdbc.sql("update trustfunds_project set status = 'IDEA' where id = :id").param("id", UUID.fromString(id)).update())));
    assertThat(refused).isNotNull();
  }

  @Test
  void theDatabaseKnowsTheSameMovesAsTheTransitionTable() {
    var inDatabase = new java.util.HashSet<List<TrustFundStatus>>();
    jdbc.sql("select from_status, to_status from trustfunds_transition").query((rs, n) -> inDatabase.add(
        List.of(TrustFundStatus.valueOf(rs.getString(1)), TrustFundStatus.valueOf(rs.getString(2))))).list();
    assertThat(inDatabase).isEqualTo(TrustFundStatus.legalMoves());
    // the Council alone launches; no one cancels what is over
    for (var actor : TrustFundStatus.Actor.values()) {
      assertThat(TrustFundStatus.PRESENTED.allows(TrustFundStatus.LAUNCHED, actor)).as(actor.name()).isEqualTo(actor == TrustFundStatus.Actor.COUNCIL);
      assertThat(TrustFundStatus.CLOSED.allows(TrustFundStatus.CANCELLED, actor)).isFalse();
    }
  }

  @Test
  void aRejectionSendsTheProposalBackAndNoticesReachTheParties() {
    var funds = new Funds(new Http(port));
    var id = funds.presented("GEO", "NLD", "NSPA", "Georgia retraining " + UUID.randomUUID());
    funds.secretariat().decide("TRUST_FUND", id, List.of("GEO"), "REJECTED");
    var fund = funds.detail(id, funds.coordinator("NLD")).get("fund");
    assertThat(fund.get("status").asString()).isEqualTo("FEASIBILITY");
    assertThat(fund.get("agreedBy").size()).isZero();
    var notices = funds.expect(200, "GET", "/api/v1/notifications", "", funds.coordinator("NLD"));
    assertThat(notices.toString()).contains(fund.get("code").asString());
    // cancelled with a reason only
    assertThat(funds.send("POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "CANCELLED"), funds.coordinator("GEO")).status()).isEqualTo(400);
    funds.expect(200, "POST", "/api/v1/trust-funds/" + id + "/transitions", Map.of("to", "CANCELLED", "comment", "Merged into another fund"), funds.coordinator("GEO"));
  }

  @Test
  void donorsReadOthersContributionsOnlyWhereTheFundIsTransparentAndNothingOfAnotherFund() {
    var funds = new Funds(new Http(port));
    var a = funds.implementing("JOR", "ESP", "NSPA", "Fund A " + UUID.randomUUID());
    var b = funds.implementing("GEO", "NLD", "NSPA", "Fund B " + UUID.randomUUID());
    var deu = funds.coordinator("DEU");
    var irl = funds.coordinator("IRL");
    funds.recorded(a, deu, "PLEDGE", "DEU", "1000.00", "EUR", null, "deu-pledge-a");
    funds.recorded(a, irl, "PLEDGE", "IRL", "2000.00", "EUR", null, "irl-pledge-a");
    funds.recorded(b, irl, "PLEDGE", "IRL", "3000.00", "EUR", null, "irl-pledge-b");
    // the donor of A reads A's ledger (transparent by default) but nothing of B's
    assertThat(funds.send("GET", "/api/v1/trust-funds/" + a + "/ledger", "", deu).body()).contains("irl-pledge-a");
    assertThat(funds.send("GET", "/api/v1/trust-funds/" + b + "/ledger", "", deu).status()).isEqualTo(404);
    assertThat(funds.send("GET", "/api/v1/trust-funds/" + b, "", deu).body()).doesNotContain("irl-pledge-b").doesNotContain("\"fund\":{");
    // the lead makes A confidential: each donor then reads its own lines only
    assertThat(funds.send("PUT", "/api/v1/trust-funds/" + a + "/transparency", Map.of("transparent", false), deu).status()).isEqualTo(409);
    funds.expect(200, "PUT", "/api/v1/trust-funds/" + a + "/transparency", Map.of("transparent", false), funds.coordinator("ESP"));
    var mine = funds.send("GET", "/api/v1/trust-funds/" + a + "/ledger", "", deu).body();
    assertThat(mine).contains("deu-pledge-a").doesNotContain("irl-pledge-a");
    assertThat(funds.send("GET", "/api/v1/trust-funds/" + a + "/ledger", "", funds.coordinator("JOR")).body()).contains("irl-pledge-a");
  }

  @Test
  void wrongAmountsCurrenciesAndRatesAreNamed() {
    var funds = new Funds(new Http(port));
    var id = funds.implementing("JOR", "ESP", "NSPA", "Fund C " + UUID.randomUUID());
    var deu = funds.coordinator("DEU");
    assertThat(funds.record(id, deu, "PLEDGE", "DEU", "10.001", "EUR", null, null).body()).contains("amount");
    assertThat(funds.record(id, deu, "PLEDGE", "DEU", "10.5", "JPY", "0.0061", null).status()).isEqualTo(400);
    assertThat(funds.record(id, deu, "PLEDGE", "DEU", "-1", "EUR", null, null).status()).isEqualTo(400);
    assertThat(funds.record(id, deu, "PLEDGE", "DEU", "10", "XYZ", null, null).body()).contains("currency");
    var noRate = funds.record(id, deu, "PLEDGE", "DEU", "10", "CHF", null, null);
    assertThat(noRate.status()).isEqualTo(400);
    assertThat(noRate.body()).contains("rate");
    assertThat(funds.record(id, deu, "PLEDGE", "FRA", "10", "EUR", null, null).status()).isEqualTo(400);
    assertThat(funds.record(id, deu, "MAYBE", "DEU", "10", "EUR", null, null).status()).isEqualTo(400);
    // a donor does not pay out
    assertThat(funds.record(id, deu, "DISBURSEMENT", null, "1", "EUR", null, null).status()).isEqualTo(409);
    assertThat(funds.send("GET", "/api/v1/trust-funds/files?size=0", "", deu).status()).isEqualTo(400);
    var wrongPage = funds.send("GET", "/api/v1/trust-funds/" + id + "/ledger?page=-1&size=201", "", deu);
    assertThat(wrongPage.status()).isEqualTo(400);
    assertThat(wrongPage.body()).contains("\"page\"").contains("\"size\"");
    assertThat(funds.record(id, deu, "PLEDGE", "DEU", "10.00", "EUR", null, null).status()).isEqualTo(201);
    assertThat(funds.record(id, deu, "PLEDGE", "DEU", "20.00", "EUR", null, null).status()).isEqualTo(201);
    var onePage = funds.send("GET", "/api/v1/trust-funds/" + id + "/ledger?page=0&size=1", "", deu);
    assertThat(onePage.status()).isEqualTo(200);
    assertThat(onePage.json().get("items")).hasSize(1);
    assertThat(onePage.json().get("size").asInt()).isEqualTo(1);
    assertThat(onePage.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(funds.send("GET", "/api/v1/trust-funds/files?status=NOPE", "", deu).status()).isEqualTo(400);
    assertThat(funds.send("POST", "/api/v1/trust-funds", Map.of("host", "DEU", "title", Map.of("en", "x")), deu).status()).isEqualTo(400);
    // a participant has no part in trust funds at all
    var participant = funds.accounts.create("JOR:PARTICIPANT");
    assertThat(funds.send("POST", "/api/v1/trust-funds", Map.of("host", "JOR", "title", Map.of("en", "x")), participant).status()).isEqualTo(403);
  }
}
