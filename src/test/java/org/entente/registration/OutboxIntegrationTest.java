package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.MutableClock;
import org.entente.notifications.MailDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox with a real SMTP server (GreenMail): the server is down while the provider decides; nothing is
 * lost, the delivery is retried with a delay, and once the server is back exactly one mail tells of the
 * decision, in the participant's language; delivering again sends nothing twice. The same notices are listed
 * in the application for the nation's coordinators, and for nobody else. A confirmed participant is reminded
 * a week before the event, once however often the job runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the mail counts first, before the reminder adds mail of its own
class OutboxIntegrationTest {

  static final int SMTP_PORT = freePort();

  @TestConfiguration
  static class Clocks {
    @Bean
    @Primary
    MutableClock mutableClock() {
      return new MutableClock();
    }
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> SMTP_PORT);
    // the test calls the sender itself
    properties.add("entente.notifications.first-send", () -> "PT1H");
  }

  @LocalServerPort int port;
  @Autowired MailDelivery sender;
  @Autowired RegistrationJobs jobs;
  @Autowired MutableClock clock;
  GreenMail smtp;

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void aDecisionTakenWhileTheMailServerIsDownIsMailedExactlyOnceWhenItIsBack() throws Exception {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var jordan = reg.coordinator("JOR");
    var event = reg.event(5);
    var body = Map.of("familyName", "Chkheidze", "givenName", "Eka", "email", "eka.chkheidze@example.ge",
        "languages", List.of("fr", "en"), "listConsent", true);
    var participant = reg.menu.post("/api/v1/participants", body, georgia).json().get("id").asString();
    var nomination = reg.nominated(event, participant, georgia).get("id").asString();
    assertThat(reg.move(nomination, "CONFIRMED", reg.menu.provider).status()).isEqualTo(200);

    // the server is down: nothing sent, nothing lost
    assertThat(sender.deliver()).isZero();
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    assertThat(sender.deliver()).as("not before the retry's time").isZero();
    clock.advance(Duration.ofMinutes(2));
    assertThat(sender.deliver()).isEqualTo(2); // the nomination received, the decision
    assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
    assertThat(sender.deliver()).as("never twice").isZero();
    clock.advance(Duration.ofHours(2));
    assertThat(sender.deliver()).isZero();

    var decisions = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Place confirmée")).toList();
    assertThat(decisions).as("exactly one mail of the decision, in French").hasSize(1);
    assertThat(decisions.getFirst().getAllRecipients()[0].toString()).isEqualTo("eka.chkheidze@example.ge");
    assertThat(subject(decisions.getFirst())).as("the activity by its French title").contains("Cours NSO-REG-");
    assertThat(smtp.getReceivedMessages()).hasSize(2);

    // in the application: Georgia's coordinators see the decision; Jordan's see nothing of it
    var mine = reg.http.get("/api/v1/notifications", georgia.bearer()).json();
    assertThat(mine.toString()).contains("Seat confirmed: Course NSO-REG-", "Eka Chkheidze").doesNotContain("bilingual");
    var french = reg.http.get("/api/v1/notifications", "Authorization", "Bearer " + georgia.token(), "Accept-Language", "fr").json();
    assertThat(french.toString()).contains("Place confirmée", "Cours NSO-REG-").doesNotContain("bilingual");
    assertThat(reg.http.get("/api/v1/notifications", jordan.bearer()).body()).doesNotContain("Chkheidze");
    assertThat(reg.http.get("/notifications", georgia.bearer()).body()).contains("Eka Chkheidze");
  }

  @Test
  @Order(2)
  void aConfirmedParticipantIsRemindedOnceAWeekBeforeTheEvent() {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var soon = java.time.LocalDate.now(clock).plusDays(5);
    var event = reg.event(5, soon);
    reg.openUntilStart(event, soon);
    var nomination = reg.nominated(event, reg.participant(georgia, "Jorbenadze", "Salome"), georgia).get("id").asString();
    reg.move(nomination, "CONFIRMED", reg.menu.provider);
    jobs.remind();
    jobs.remind();
    var reminders = reg.http.get("/api/v1/notifications", georgia.bearer()).json().get("items").valueStream()
        .filter(item -> item.get("subject").asString().startsWith("Reminder") && item.get("body").asString().contains("Salome Jorbenadze"))
        .count();
    assertThat(reminders).isEqualTo(1);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
