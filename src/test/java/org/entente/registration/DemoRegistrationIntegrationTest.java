package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode fills registration too: nominations in every state for the demo nations at NSO's events, past
 * events with attendance, certificates, feedback and a report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoRegistrationIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void everyStateAndPastEventsWithFeedback() {
    var states = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select distinct state from registration_nomination").query(String.class).set()));
    assertThat(states).containsAll(Arrays.stream(NominationState.values()).map(Enum::name).collect(Collectors.toSet()));
    var nations = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select distinct nation from registration_nomination").query(String.class).set()));
    assertThat(DemoRegistration.NATIONS).containsAll(nations);
    long certificates = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select count(*) from registration_certificate").query(Long.class).single()));
    long feedback = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select count(*) from registration_feedback").query(Long.class).single()));
    long reports = SystemWork.run("test", () -> transactions.execute(s ->
        jdbc.sql("select count(*) from registration_report").query(Long.class).single()));
    assertThat(certificates).isPositive();
    assertThat(feedback).isGreaterThanOrEqualTo(3);
    assertThat(reports).isPositive();
  }

  @Test
  void lastYearHasEventsHeldForTheAnnualReview() {
    long lastYear = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql("""
        select count(distinct n.activity) from registration_nomination n join registration_invitation i on i.event_id = n.event_id
        where n.state = 'ATTENDED' and extract(year from i.starts_on) = extract(year from current_date) - 1
        """).query(Long.class).single()));
    assertThat(lastYear).as("activities held last year with attendance").isGreaterThanOrEqualTo(3);
  }
}
