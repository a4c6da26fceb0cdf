package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** The calendar's part: an approved programme becomes active on its first day and closes after its last. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProgrammeCalendarIntegrationTest.Clocks.class)
class ProgrammeCalendarIntegrationTest {

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
  @Autowired ProgrammeCalendar calendar;

  private String status(Drafting drafting, String id) {
    // a fresh token each time: the clock moves past a token's eight hours
    var token = new org.entente.Accounts(drafting.http).token(drafting.coordinator.username(), drafting.coordinator.password());
    return drafting.http.get("/api/v1/programmes/" + id, "Authorization", "Bearer " + token).json().get("programme").get("status").asString();
  }

  @Test
  void approvedWaitsForItsPeriodThenActiveThenClosed() {
    var drafting = new Drafting(new Http(port), "GEO", 2);
    var today = LocalDate.now(clock);
    var current = drafting.approved("GEO", "NOW", today.withDayOfYear(1));
    var next = drafting.approved("GEO", "NEXT", today.plusYears(1).withDayOfYear(1));
    assertThat(status(drafting, current)).isEqualTo("ACTIVE");
    assertThat(status(drafting, next)).as("its period has not begun").isEqualTo("APPROVED");

    calendar.run();
    assertThat(status(drafting, next)).as("nothing changes before the day").isEqualTo("APPROVED");

    clock.advance(Duration.between(today.atStartOfDay(ZoneOffset.UTC), today.plusYears(1).withDayOfYear(1).atStartOfDay(ZoneOffset.UTC)));
    calendar.run();
    assertThat(status(drafting, next)).isEqualTo("ACTIVE");
    assertThat(status(drafting, current)).isEqualTo("CLOSED");

    clock.advance(Duration.ofDays(2 * 366 + 1));
    calendar.run();
    assertThat(status(drafting, next)).as("its period is over").isEqualTo("CLOSED");
  }
}
