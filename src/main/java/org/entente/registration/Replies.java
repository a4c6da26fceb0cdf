package org.entente.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.entente.access.Guard;
import org.entente.web.InvalidInput;
import org.entente.web.Unprocessable;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Idempotency-Key}: the first answer to a caller's key is kept with the change it answers (one
 * transaction) and replayed to every repeat of the same request; the same key with another request is
 * refused (422). A repeat arriving while the first is still at work waits on the key's row, then replays.
 * A failed first attempt keeps nothing, so its repeat is tried afresh.
 */
@Component
class Replies {

  /** An answer as sent: status and JSON body. */
  record Reply(int status, String body) {}

  static final Duration KEPT = Duration.ofHours(48);
  private final JdbcClient jdbc;
  private final Guard guard;
  private final Clock clock;

  Replies(JdbcClient jdbc, Guard guard, Clock clock) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.clock = clock;
  }

  @Transactional
  Reply once(@Nullable String key, String request, Supplier<Reply> work) {
    if (key == null) {
      return work.get();
    }
    if (key.isBlank() || key.length() > 200) {
      throw InvalidInput.of("Idempotency-Key", "problem.between", 1, 200);
    }
    var username = guard.caller().username();
    var hash = sha256(request);
    var claimed = jdbc.sql("""
            insert into registration_idempotency (username, key, request_hash, created_at)
            values (:username, :key, :hash, :at) on conflict do nothing
            """)
        .param("username", username).param("key", key).param("hash", hash)
        .param("at", Nominations.utc(Instant.now(clock)))
        .update();
    if (claimed == 0) {
      var first = jdbc.sql("select request_hash, status, body from registration_idempotency where username = :username and key = :key")
          .param("username", username).param("key", key)
          .query((rs, n) -> new String[] {rs.getString("request_hash"), rs.getString("status"), rs.getString("body")})
          .single();
      if (!first[0].equals(hash)) {
        throw new Unprocessable("Idempotency-Key", "registration.idempotency.reused");
      }
      return new Reply(Integer.parseInt(first[1]), first[2]);
    }
    var reply = work.get();
    jdbc.sql("update registration_idempotency set status = :status, body = :body where username = :username and key = :key")
        .param("status", reply.status()).param("body", reply.body()).param("username", username).param("key", key)
        .update();
    return reply;
  }

  /** Forgets keys older than they must be kept. Run by the system. */
  @Transactional
  int forgetOld() {
    return jdbc.sql("delete from registration_idempotency where created_at < :before")
        .param("before", Nominations.utc(Instant.now(clock).minus(KEPT)))
        .update();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
