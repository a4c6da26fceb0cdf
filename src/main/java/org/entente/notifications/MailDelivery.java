package org.entente.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.entente.database.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox's e-mails. Each is claimed with {@code FOR UPDATE SKIP LOCKED} (so several senders
 * never take the same), sent, and marked sent in that transaction; when the server refuses, the row is tried
 * again after a delay that doubles each time (up to an hour). Without a mail server configured
 * ({@code spring.mail.host}) notices stay in the application only.
 */
@Component
public class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final Duration LAST_RETRY = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final Clock clock;
  private final String from;
  private final String baseUrl;

  MailDelivery(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mail, MessageSource messages,
      Clock clock, @Value("${entente.notifications.from:entente@localhost}") String from,
      @Value("${entente.notifications.base-url:http://localhost:8080}") String baseUrl) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl;
  }

  record Due(UUID id, String email, String language, String subjectKey, String bodyKey, String[] arguments, String link, int attempts) {}

  /** Sends what is due; how many were sent. */
  @Scheduled(fixedDelayString = "${entente.notifications.send-every:PT10S}", initialDelayString = "${entente.notifications.first-send:PT20S}")
  public int deliver() {
    var sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    return SystemWork.run("notifications: e-mail delivery", () -> {
      var sent = 0;
      while (true) {
        Boolean outcome = transactions.execute(status -> deliverOne(sender));
        if (outcome == null) {
          return sent;
        }
        if (!outcome) {
          continue; // refused: rescheduled; try the next one (a different address may work)
        }
        sent++;
      }
    });
  }

  /** Null when nothing is due; true when sent; false when refused and rescheduled. */
  private Boolean deliverOne(JavaMailSender sender) {
    var now = Instant.now(clock);
    var due = jdbc.sql("""
            select * from notifications_outbox where sent_at is null and email is not null and next_attempt_at <= :now
            order by next_attempt_at, created_at limit 1 for update skip locked
            """)
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("language"),
            rs.getString("subject_key"), rs.getString("body_key"), (String[]) rs.getArray("arguments").getArray(),
            rs.getString("link"), rs.getInt("attempts")))
        .optional()
        .orElse(null);
    if (due == null) {
      return null;
    }
    try {
      sender.send(message(sender, due));
    } catch (Exception refused) {
      var delay = FIRST_RETRY.multipliedBy(1L << Math.min(due.attempts(), 7));
      delay = delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
      jdbc.sql("update notifications_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error where id = :id")
          .param("next", OffsetDateTime.ofInstant(now.plus(delay), ZoneOffset.UTC))
          .param("error", String.valueOf(refused.getMessage()))
          .param("id", due.id())
          .update();
      log.warn("E-mail {} not delivered (attempt {}), next in {}: {}", due.id(), due.attempts() + 1, delay, refused.getMessage());
      return false;
    }
    jdbc.sql("update notifications_outbox set sent_at = :now, attempts = attempts + 1 where id = :id")
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("id", due.id())
        .update();
    return true;
  }

  private MimeMessage message(JavaMailSender sender, Due due) throws Exception {
    var locale = Locale.forLanguageTag(due.language());
    Object[] args = Arguments.readable(due.arguments(), locale);
    var message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(due.email());
    helper.setSubject(messages.getMessage(due.subjectKey(), args, locale));
    var body = messages.getMessage(due.bodyKey(), args, locale);
    if (due.link() != null) {
      body = body + "\n\n" + baseUrl + due.link();
    }
    helper.setText(body + "\n\n" + messages.getMessage("notifications.signature", null, locale));
    message.setHeader("Content-Language", due.language());
    return message;
  }
}
