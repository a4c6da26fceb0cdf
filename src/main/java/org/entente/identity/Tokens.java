package org.entente.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.SystemWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens: 256 random bits, shown once, kept only as their SHA-256; valid until they expire or are
 * revoked.
 */
@Service
class Tokens {

  static final String PREFIX = "ent_";
  private static final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration lifetime;

  Tokens(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, Clock clock,
      @Value("${entente.tokens.lifetime:8h}") Duration lifetime) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** A token as handed out: the secret itself, never stored. */
  record Issued(String token, Instant expiresAt) {}

  Issued issue(Caller caller) {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var expiresAt = Instant.now(clock).plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    SystemWork.run("token issue", () -> transactions.executeWithoutResult(s -> {
      jdbc.sql("insert into identity_token (hash, user_id, expires_at) values (:hash, :user, :expires)")
          .param("hash", hash(token))
          .param("user", caller.userId())
          .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
          .update();
      audit.recordAs(caller.username(), caller.primaryOrganisation(),
          Change.of("TOKEN_ISSUED", "user", caller.userId().toString(), Map.of("expiresAt", expiresAt.toString())));
    }));
    return new Issued(token, expiresAt);
  }

  /** The caller a token stands for, while it is neither expired nor revoked. */
  Optional<Caller> resolve(String token) {
    if (!token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    // the token's holder and their grants in one statement, as the system (the token is the credential)
    return SystemWork.run("token check", () -> transactions.execute(s -> jdbc.sql(
                """
                select u.id, u.username,
                       coalesce((select array_agg(m.organisation || ':' || m.role order by m.organisation, m.role)
                                   from identity_membership m where m.user_id = u.id), '{}') as grants
                  from identity_token t join identity_user u on u.id = t.user_id
                 where t.hash = :hash and t.revoked_at is null and t.expires_at > :now and u.enabled
                """)
            .param("hash", hash(token))
            .param("now", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
            .query((rs, n) -> new Caller(rs.getObject("id", UUID.class), rs.getString("username"),
                grants((String[]) rs.getArray("grants").getArray())))
            .optional()));
  }

  private static List<Caller.Grant> grants(String[] pairs) {
    return Arrays.stream(pairs)
        .map(pair -> pair.split(":", 2))
        .map(pair -> new Caller.Grant(pair[0], Role.valueOf(pair[1])))
        .toList();
  }

  /** Revokes the token presented; true when it was live. */
  boolean revoke(String token, Caller caller) {
    return Boolean.TRUE.equals(transactions.execute(s -> {
      var revoked = jdbc.sql("update identity_token set revoked_at = now() where hash = :hash and revoked_at is null")
          .param("hash", hash(token))
          .update();
      if (revoked > 0) {
        audit.record(Change.of("TOKEN_REVOKED", "user", caller.userId().toString(), Map.of()));
      }
      return revoked > 0;
    }));
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
