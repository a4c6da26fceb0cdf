package org.entente.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PARP cycle from the Council's admission to the agreed assessment and the next cycle, with the two-year
 * rhythm proven on a clock set by hand: goals only in the cycle's even year, the assessment only in the odd one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ParpCycleIntegrationTest.Clocks.class)
class ParpCycleIntegrationTest {

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;

  private void moveClockTo(LocalDate day) {
    clock.advance(Duration.between(clock.instant(), day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
  }

  @Test
  void theJavaTableOfMovesIsTheDatabaseOne() {
    var inDatabase = new HashSet<List<CycleStatus>>();
    jdbc.sql("select from_status, to_status from planning_transition where machine = 'CYCLE'").query((rs, n) -> inDatabase.add(
        List.of(CycleStatus.valueOf(rs.getString(1)), CycleStatus.valueOf(rs.getString(2))))).list();
    assertThat(inDatabase).isEqualTo(CycleStatus.legalMoves());
    for (var actor : CycleStatus.Actor.values()) {
      assertThat(CycleStatus.AT_COUNCIL.allows(CycleStatus.GOALS_APPROVED, actor)).as(actor.name()).isEqualTo(actor == CycleStatus.Actor.COUNCIL);
    }
  }

  @Test
  void aCycleInItsTwoYearRhythm() {
    // an even year (the clock only moves forward: the Council's decisions may not be dated after "today")
    var now = LocalDate.now(clock);
    if (now.getYear() % 2 != 0) moveClockTo(LocalDate.of(now.getYear() + 1, 1, 10));
    var year = LocalDate.now(clock).getYear();
    var parp = new Parp(new Http(port));

    // participation, only by a confirmed Council decision
    var asked = parp.expect(201, "POST", "/api/v1/planning/participations", Map.of("partner", "GEO", "tool", "PARP"), parp.coordinator("GEO"));
    assertThat(asked.get("status").asString()).isEqualTo("REQUESTED");
    parp.expect(409, "POST", "/api/v1/planning/cycles", Map.of("partner", "GEO", "year", year), parp.staff);
    var decision = parp.secretariat().decide("PLANNING", asked.get("id").asString(), List.of("GEO"), "APPROVED");
    var admitted = parp.expect(200, "GET", "/api/v1/planning/participations/" + asked.get("id").asString(), null, parp.coordinator("GEO"));
    assertThat(admitted.get("status").asString()).isEqualTo("APPROVED");
    assertThat(admitted.get("decision").asString()).isEqualTo(decision.get("reference").asString());
    parp.expect(409, "POST", "/api/v1/planning/participations", Map.of("partner", "GEO", "tool", "PARP"), parp.staff);

    // cycles are named by their even year, opened now or the year before
    var odd = parp.send("POST", "/api/v1/planning/cycles", Map.of("partner", "GEO", "year", year + 1), parp.staff);
    assertThat(odd.status()).isEqualTo(400);
    assertThat(odd.body()).contains("year");
    parp.expect(403, "POST", "/api/v1/planning/cycles", Map.of("partner", "GEO", "year", year), parp.coordinator("GEO"));
    var id = parp.expect(201, "POST", "/api/v1/planning/cycles", Map.of("partner", "GEO", "year", year), parp.staff).get("cycle").get("id").asString();

    // the survey: typed answers checked field by field, a draft, then submitted whole
    var wrong = parp.send("PUT", "/api/v1/planning/cycles/" + id + "/survey", Map.of("answers", Map.of("F1", "many", "F3", "SOMETIMES")),
        parp.coordinator("GEO"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("answers.F1", "answers.F3");
    parp.expect(200, "PUT", "/api/v1/planning/cycles/" + id + "/survey", Map.of("answers", Map.of("F1", "20 500")), parp.coordinator("GEO"));
    var incomplete = parp.send("POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", "SURVEY_SUBMITTED"), parp.coordinator("GEO"));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("answers.B3");
    parp.expect(403, "PUT", "/api/v1/planning/cycles/" + id + "/survey", Map.of("answers", Map.of("F1", "1")), parp.staff);
    parp.submitSurvey(id, "GEO", "Mtskheta");
    var survey = parp.expect(200, "GET", "/api/v1/planning/cycles/" + id + "/survey", null, parp.staff);
    assertThat(survey.get("answers").get("F1").asString()).isEqualTo("20500");
    // the budget section is the partner's and staff's: an Ally reads the survey without it
    var ally = parp.expect(200, "GET", "/api/v1/planning/cycles/" + id + "/survey", null, parp.coordinator("NLD"));
    assertThat(ally.get("answers").has("F4")).isTrue();
    assertThat(ally.get("answers").has("B1")).isFalse();
    assertThat(ally.get("readsBudget").asBoolean()).isFalse();
    // another partner reads nothing of it
    parp.expect(404, "GET", "/api/v1/planning/cycles/" + id, null, parp.coordinator("JOR"));
    parp.expect(404, "GET", "/api/v1/planning/cycles/" + id + "/survey", null, parp.coordinator("JOR"));

    // goals drafted by staff; illegal moves answer 409
    parp.expect(403, "PUT", "/api/v1/planning/cycles/" + id + "/goals", Map.of("goals", List.of()), parp.coordinator("GEO"));
    parp.goals(id, List.of(Parp.goal("L0101", "Light infantry battalion", "LAND", LocalDate.of(year + 4, 12, 31))));
    parp.expect(409, "POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", "BILATERAL"), parp.coordinator("GEO"));
    parp.expect(409, "POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", "GOALS_APPROVED"), parp.staff);
    var bilateral = parp.move(id, "BILATERAL", parp.staff);
    assertThat(bilateral.get("versions")).hasSize(1);

    // a bilateral comment on a goal, answered by the partner in its thread
    var question = parp.expect(201, "POST", "/api/v1/planning/cycles/" + id + "/comments",
        Map.of("section", "goal:L0101", "body", "Can the battalion be ready by the target date?"), parp.staff);
    var answer = parp.expect(201, "POST", "/api/v1/planning/cycles/" + id + "/comments",
        Map.of("replyTo", question.get("id").asString(), "body", "Yes, with the equipment ordered this year."), parp.coordinator("GEO"));
    assertThat(answer.get("section").asString()).isEqualTo("goal:L0101");
    assertThat(answer.get("parent").asString()).isEqualTo(question.get("id").asString());
    // Allies talk only in the multilateral review
    parp.expect(409, "POST", "/api/v1/planning/cycles/" + id + "/comments", Map.of("body", "Too early"), parp.coordinator("NLD"));

    // the package amended, then frozen again for the multilateral review; the versions compared
    parp.goals(id, List.of(Parp.goal("L0101", "Light infantry battalion, deployable", "LAND", LocalDate.of(year + 4, 12, 31)),
        Parp.goal("M0201", "Harbour protection", "MARITIME", LocalDate.of(year + 3, 6, 30))));
    var multilateral = parp.move(id, "MULTILATERAL", parp.staff);
    assertThat(multilateral.get("versions")).hasSize(2);
    var comparison = parp.expect(200, "GET", "/api/v1/planning/cycles/" + id + "/comparison?from=1&to=2", null, parp.coordinator("GEO"));
    assertThat(comparison.get("changes").toString()).contains("\"code\":\"L0101\",\"kind\":\"CHANGED\"", "\"fields\":[\"title\",\"description\"]",
        "\"code\":\"M0201\",\"kind\":\"ADDED\"");
    parp.expect(201, "POST", "/api/v1/planning/cycles/" + id + "/comments", Map.of("section", "goals", "body", "The Netherlands supports M0201."),
        parp.coordinator("NLD"));

    // a second partner's package waits in the multilateral review when the year turns
    var other = parp.cycle("MDA", year);
    parp.submitSurvey(other, "MDA", "Chisinau");
    parp.goals(other, List.of(Parp.goal("L0102", "Peacekeeping company", "LAND", LocalDate.of(year + 3, 12, 31))));
    parp.move(other, "BILATERAL", parp.staff);
    parp.move(other, "MULTILATERAL", parp.staff);

    // the Council approves the package (four eyes: the proposer cannot confirm)
    parp.move(id, "AT_COUNCIL", parp.staff);
    var proposal = parp.secretariat().propose("PLANNING", id, List.of("GEO"), "APPROVED");
    var self = parp.http.send("POST", "/api/v1/council/decisions/" + proposal.get("id").asString() + "/confirm", "",
        parp.secretariat().proposer.bearer());
    assertThat(self.status()).isEqualTo(409);
    assertThat(parp.status(id)).isEqualTo("AT_COUNCIL");
    var confirmed = parp.http.send("POST", "/api/v1/council/decisions/" + proposal.get("id").asString() + "/confirm", "",
        parp.secretariat().confirmer.bearer());
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    var approved = parp.expect(200, "GET", "/api/v1/planning/cycles/" + id, null, parp.coordinator("GEO"));
    assertThat(approved.get("cycle").get("status").asString()).isEqualTo("GOALS_APPROVED");
    assertThat(approved.get("cycle").get("decision").asString()).isEqualTo(proposal.get("reference").asString());
    assertThat(approved.get("versions")).hasSize(2);

    // the assessment belongs in the odd year: refused in the even one
    var tooEarly = parp.send("POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", "ASSESSMENT"), parp.staff);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.body()).contains(String.valueOf(year + 1));
    assertThat(approved.get("next")).isEmpty();

    // the year turns
    moveClockTo(LocalDate.of(year + 1, 1, 15));
    parp.refresh();
    var late = parp.send("POST", "/api/v1/planning/cycles/" + other + "/transitions", Map.of("to", "AT_COUNCIL"), parp.staff);
    assertThat(late.status()).as("goals go to the Council in the even year only").isEqualTo(409);
    assertThat(late.body()).contains(String.valueOf(year));
    parp.move(id, "ASSESSMENT", parp.staff);
    parp.expect(200, "PUT", "/api/v1/planning/cycles/" + id + "/assessment", Map.of("ratings", List.of(
        Map.of("goal", "L0101", "progress", "SUBSTANTIAL", "narrative", Map.of("en", "Two companies of three are ready.")))), parp.staff);
    parp.expect(409, "POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", "ASSESSMENT_AGREED"), parp.coordinator("GEO"));
    parp.expect(400, "PUT", "/api/v1/planning/cycles/" + id + "/assessment", Map.of("ratings", List.of(
        Map.of("goal", "X9999", "progress", "PERFECT", "narrative", Map.of("en", "?")))), parp.staff);
    parp.expect(200, "PUT", "/api/v1/planning/cycles/" + id + "/assessment", Map.of("ratings", List.of(
        Map.of("goal", "M0201", "progress", "ACHIEVED", "narrative", Map.of("en", "The harbour unit is operational.")))), parp.staff);
    parp.expect(409, "POST", "/api/v1/planning/cycles/" + id + "/transitions", Map.of("to", "ASSESSMENT_AGREED"), parp.staff);
    var agreed = parp.move(id, "ASSESSMENT_AGREED", parp.coordinator("GEO"));
    assertThat(agreed.get("cycle").get("status").asString()).isEqualTo("ASSESSMENT_AGREED");
    assertThat(agreed.get("history").toString()).contains("SURVEY_SUBMITTED", "BILATERAL", "MULTILATERAL", "AT_COUNCIL", "GOALS_APPROVED",
        "ASSESSMENT", "ASSESSMENT_AGREED");

    // the next cycle starts from this one: the goal not yet achieved is carried over
    var next = parp.expect(201, "POST", "/api/v1/planning/cycles", Map.of("partner", "GEO", "year", year + 2), parp.staff).get("cycle");
    assertThat(next.get("previous").asString()).isEqualTo(id);
    assertThat(next.get("goals")).hasSize(1);
    assertThat(next.get("goals").get(0).get("code").asString()).isEqualTo("L0101");
    assertThat(next.get("goals").get(0).get("carriedFrom").asInt()).isEqualTo(year);
  }
}
