package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Separation of duties (issue 12): no administrator grants a role to himself; ADMIN, AUDITOR and
 * COUNCIL_SECRETARIAT take a second administrator's confirmation, audited; the database refuses the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeparationOfDutiesIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Http http;
  Accounts accounts;
  String[] admin;
  String[] second;

  @BeforeEach
  void client() {
    http = new Http(port);
    accounts = new Accounts(http);
    admin = new String[] {"Authorization", "Bearer " + accounts.adminToken()};
    second = new String[] {"Authorization", "Bearer " + accounts.secondAdminToken()};
  }

  private String me(String[] bearer) {
    return http.get("/api/v1/users/me", bearer).json().get("id").asString();
  }

  private Http.Response grant(String user, String organisation, String role, String[] as) {
    return http.send("POST", "/api/v1/users/" + user + "/memberships",
        "{\"organisation\":\"" + organisation + "\",\"role\":\"" + role + "\"}", "Content-Type", "application/json", as[0], as[1]);
  }

  @Test
  void anAdministratorCannotGrantHimselfAnyRole() {
    var response = grant(me(admin), "IS", "AUDITOR", admin);
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(grant(me(admin), "IS", "STAFF", admin).status()).isEqualTo(403);
    var memberships = http.get("/api/v1/users/me", admin).json().get("memberships");
    assertThat(memberships.toString()).doesNotContain("AUDITOR", "STAFF");
  }

  @Test
  void aPrivilegedRoleWaitsForASecondAdministratorWhoConfirmsIt() {
    var person = accounts.create("IS:STAFF");
    var proposed = grant(person.id().toString(), "IS", "AUDITOR", admin);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
    var grantId = proposed.json().get("id").asString();
    assertThat(proposed.json().get("proposedBy").asString()).isEqualTo(Accounts.ADMIN);
    assertThat(proposed.header("Location")).endsWith("/api/v1/pending-grants/" + grantId);
    // not held yet: the person cannot read the audit trail
    assertThat(http.get("/api/v1/users/" + person.id(), admin).json().get("memberships").toString()).doesNotContain("AUDITOR");

    // the proposer cannot confirm his own proposal
    var self = http.send("POST", "/api/v1/pending-grants/" + grantId + "/confirm", "", admin);
    assertThat(self.status()).isEqualTo(409);
    // the second administrator can
    var confirmed = http.send("POST", "/api/v1/pending-grants/" + grantId + "/confirm", "", second);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("memberships").toString()).contains("AUDITOR");
    assertThat(http.get("/api/v1/pending-grants?user=" + person.id(), admin).json().get("total").asInt()).isZero();
    // a confirmed grant is gone: confirming again is 404
    assertThat(http.send("POST", "/api/v1/pending-grants/" + grantId + "/confirm", "", second).status()).isEqualTo(404);

    // both steps are in the audit trail, the second naming the first
    var auditor = accounts.create("IS:AUDITOR");
    var trail = http.get("/api/v1/audit?entityId=" + person.id(), auditor.bearer()).body();
    assertThat(trail).contains("GRANT_PROPOSED", "GRANT_CONFIRMED");
  }

  @Test
  void anAccountCreatedWithAPrivilegedRoleGetsItOnlyWhenConfirmed() {
    var seeded = PendingGrants.seed(http);
    var user = http.get("/api/v1/users/" + seeded, admin).json();
    assertThat(user.get("memberships").toString()).contains("STAFF").doesNotContain("AUDITOR");
    var pending = http.get("/api/v1/pending-grants?user=" + seeded, admin).json().get("items");
    assertThat(pending.size()).isEqualTo(1);
    assertThat(pending.get(0).get("role").asString()).isEqualTo("AUDITOR");
    // withdrawn by either administrator
    assertThat(http.send("DELETE", "/api/v1/pending-grants/" + pending.get(0).get("id").asString(), "", second).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/pending-grants?user=" + seeded, admin).json().get("total").asInt()).isZero();
  }

  @Test
  void aGrantToOneselfCannotBeConfirmedByOneself() {
    // the second administrator proposes AUDITOR for the first: the first may not confirm it
    var proposed = grant(me(admin), "IS", "AUDITOR", second);
    assertThat(proposed.status()).isEqualTo(202);
    var grantId = proposed.json().get("id").asString();
    assertThat(http.send("POST", "/api/v1/pending-grants/" + grantId + "/confirm", "", admin).status()).isEqualTo(403);
    http.send("DELETE", "/api/v1/pending-grants/" + grantId, "", second);
  }

  @Test
  void onlyAdministratorsSeeOrConfirmPendingGrants() {
    var staff = accounts.create("IS:STAFF");
    assertThat(http.get("/api/v1/pending-grants", staff.bearer()).status()).isEqualTo(403);
    var seeded = PendingGrants.seed(http);
    var grantId = http.get("/api/v1/pending-grants?user=" + seeded, admin).json().get("items").get(0).get("id").asString();
    assertThat(http.send("POST", "/api/v1/pending-grants/" + grantId + "/confirm", "", staff.bearer()).status()).isEqualTo(403);
  }

  @Test
  void theDatabaseRefusesAPrivilegedMembershipWithoutAnotherAdministratorsProposal() {
    var person = accounts.create("IS:STAFF");
    var adminId = java.util.UUID.fromString(me(admin));
    var refused = org.assertj.core.api.Assertions.catchThrowable(() -> org.entente.access.Callers.runAs(
        new org.entente.access.Caller(adminId, Accounts.ADMIN, java.util.List.of(new org.entente.access.Caller.Grant("IS", org.entente.access.Role.ADMIN))),
        () -> transactions.executeWithoutResult(s -> jdbc.sql(
                "insert into identity_membership (user_id, organisation, role) values (:u, 'IS', 'ADMIN')")
            .param("u", person.id()).update())));
    assertThat(refused).hasMessageContaining("second administrator");
  }

  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
}
