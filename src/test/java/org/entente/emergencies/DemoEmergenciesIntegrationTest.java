package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.entente.access.Callers;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo, made as the demo accounts through the service: an open incident with offers in every state and
 * reports, a closed one, an exercise; and the start page's items for the centre and the stricken nation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoEmergenciesIntegrationTest {

  @Autowired DemoEmergencies demo;
  @Autowired EmergenciesWork work;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void offersInEveryStateAClosedIncidentAndAnExercise() {
    demo.fill();
    var offerStates = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select distinct o.status from emergencies_offer o join emergencies_incident i on i.id = o.incident where i.reference like 'EADRCC-%' and i.nation = 'GEO'")
            .query(String.class).set()));
    assertThat(offerStates).containsAll(Arrays.stream(OfferStatus.values()).map(Enum::name).collect(Collectors.toSet()));
    var incidents = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select nation || ':' || status || ':' || exercise from emergencies_incident where created_by like '%.national-coordinator'")
            .query(String.class).set()));
    assertThat(incidents).contains("GEO:COORDINATING:false", "JOR:CLOSED:false", "CHE:DISSEMINATED:true");
    long audited = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select count(*) from audit_record where actor = 'eadrcc.emergency-duty-officer'").query(Long.class).single()));
    assertThat(audited).isEqualTo(9); // three disseminations, three reports, coordinating, closing, closed

    // the start page: the stricken nation has an offer to decide (Jordan's blankets), everyone sees open incidents
    var georgia = DemoEmergencies.coordinator("GEO");
    Callers.runAs(georgia, () -> {
      var items = transactions.execute(s -> work.itemsFor(georgia));
      assertThat(items).extracting(org.entente.work.WorkItem::id).contains("emergencies.offers-to-decide", "emergencies.open-incidents");
      assertThat(items.stream().filter(i -> i.id().equals("emergencies.offers-to-decide")).findFirst().orElseThrow().count()).isPositive();
    });
    var centre = DemoEmergencies.centre();
    Callers.runAs(centre, () -> {
      var items = transactions.execute(s -> work.itemsFor(centre));
      assertThat(items).extracting(org.entente.work.WorkItem::id).contains("emergencies.requests-to-validate");
    });
  }
}
