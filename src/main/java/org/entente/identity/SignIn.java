package org.entente.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.entente.access.Caller;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.SystemWork;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password, for the sign-in form and the token endpoint alike: refuses an address
 * that failed too often lately (throttling), an account that failed too often in a row (lock-out), and
 * writes every success and failure to the audit trail.
 */
@Service
class SignIn {

  private final Users users;
  private final PasswordEncoder passwords;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;
  private final int lockAfter;
  private final Duration lockFor;
  private final int throttleAfter;
  private final Duration throttleWindow;
  // compared against when the username is unknown, so that the answer takes as long either way
  private final String decoy;

  SignIn(
      Users users,
      PasswordEncoder passwords,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      AuditTrail audit,
      Clock clock,
      @Value("${entente.sign-in.lock-after:5}") int lockAfter,
      @Value("${entente.sign-in.lock-for:15m}") Duration lockFor,
      @Value("${entente.sign-in.throttle-after:20}") int throttleAfter,
      @Value("${entente.sign-in.throttle-window:15m}") Duration throttleWindow) {
    this.users = users;
    this.passwords = passwords;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.lockAfter = lockAfter;
    this.lockFor = lockFor;
    this.throttleAfter = throttleAfter;
    this.throttleWindow = throttleWindow;
    this.decoy = passwords.encode("not a password of anyone " + Instant.now());
  }

  /**
   * @param address the client's address, for throttling
   * @return the caller, with the roles they hold
   * @throws SignInRefused with the reason to show
   */
  Caller authenticate(String username, String password, String address) {
    var normalised = username.strip().toLowerCase(java.util.Locale.ROOT);
    if (normalised.length() > 64 || org.entente.web.Texts.badCharacters(normalised) != null) {
      // no account has such a name (the form's field is checked before, the API's body too): a wrong
      // username like any other, counted under a name short enough for the failures' index
      normalised = normalised.substring(0, Math.min(64, normalised.length())).replace('\u0000', '?');
    }
    var name = normalised;
    return SystemWork.run("sign-in", () -> {
      var now = Instant.now(clock);
      var recentFailures =
          transactions.execute(s -> jdbc.sql("select count(*) from identity_login_failure where address = :a and at > :since")
              .param("a", address)
              .param("since", OffsetDateTime.ofInstant(now.minus(throttleWindow), ZoneOffset.UTC))
              .query(Long.class)
              .single());
      if (recentFailures != null && recentFailures >= throttleAfter) {
        refuse(name, address, SignInRefused.Reason.THROTTLED, null, throttleWindow);
      }
      var account = transactions.execute(s -> users.credentials(name)).orElse(null);
      if (account == null || account.passwordHash() == null) {
        passwords.matches(password, decoy);
        // an unknown name locks exactly as an account does, so that the answers do not tell them apart
        var lockedUntil = transactions.execute(s -> phantomLock(name, now));
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
          refuse(name, address, SignInRefused.Reason.LOCKED, null, wholeSeconds(Duration.between(now, lockedUntil)));
        }
        var failures = transactions.execute(s -> recentFailures(name, now)) + 1;
        refuse(name, address, SignInRefused.Reason.BAD_CREDENTIALS, null, null,
            failures >= lockAfter ? now.plus(lockFor) : null);
      }
      if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
        refuse(name, address, SignInRefused.Reason.LOCKED, null, wholeSeconds(Duration.between(now, account.lockedUntil())));
      }
      if (!passwords.matches(password, account.passwordHash())) {
        var failures = account.failedLogins() + 1;
        var lockedUntil = failures >= lockAfter ? now.plus(lockFor) : null;
        refuse(name, address, SignInRefused.Reason.BAD_CREDENTIALS, new Failure(account, failures, lockedUntil), null);
      }
      if (!account.enabled()) {
        refuse(name, address, SignInRefused.Reason.DISABLED, null, null);
      }
      return transactions.execute(s -> {
        users.recordSuccess(account.id());
        var caller = new Caller(account.id(), account.username(), users.grants(account.id()));
        audit.recordAs(caller.username(), caller.primaryOrganisation(),
            Change.of("SIGN_IN_SUCCEEDED", "user", account.id().toString(), Map.of("address", address)));
        return caller;
      });
    });
  }

  /** Rounded up to whole seconds, so that two locks ending within the same second answer alike. */
  private static Duration wholeSeconds(Duration duration) {
    return Duration.ofSeconds((duration.toMillis() + 999) / 1000);
  }

  private record Failure(Users.Credentials account, int failures, @Nullable Instant lockedUntil) {}

  /** Failures under this name in a row within the lock's length (there is no account to count them). */
  private int recentFailures(String username, Instant now) {
    return jdbc.sql("select count(*) from identity_login_failure where username = :u and at > :since")
        .param("u", username)
        .param("since", OffsetDateTime.ofInstant(now.minus(lockFor), ZoneOffset.UTC))
        .query(Integer.class)
        .single();
  }

  /**
   * When an unknown name would be locked: the failure that reached the limit, plus the lock's length — as an
   * account's lock starts at its {@code lockAfter}-th failure in a row.
   */
  private @Nullable Instant phantomLock(String username, Instant now) {
    var failures = jdbc.sql("""
            select at from identity_login_failure where username = :u and at > :since order by at
            """)
        .param("u", username)
        .param("since", OffsetDateTime.ofInstant(now.minus(lockFor).minus(lockFor), ZoneOffset.UTC))
        .query(OffsetDateTime.class)
        .list();
    Instant lockedUntil = null;
    int inRow = 0;
    for (var at : failures) {
      var instant = at.toInstant();
      if (lockedUntil != null && instant.isBefore(lockedUntil)) {
        continue; // attempts during a lock do not start a new one
      }
      inRow++;
      if (inRow >= lockAfter) {
        lockedUntil = instant.plus(lockFor); // and, as an account's count, the next failure locks again
      }
    }
    return lockedUntil;
  }

  private void refuse(
      String username, String address, SignInRefused.Reason reason, @Nullable Failure failure,
      @Nullable Duration retryAfter) {
    refuse(username, address, reason, failure, retryAfter, null);
  }

  private void refuse(
      String username, String address, SignInRefused.Reason reason, @Nullable Failure failure,
      @Nullable Duration retryAfter, @Nullable Instant phantomLockedUntil) {
    transactions.executeWithoutResult(s -> {
      jdbc.sql("insert into identity_login_failure (address, username, at) values (:a, :u, :at)")
          .param("a", address)
          .param("u", username)
          .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC)) // the clock the checks read
          .update();
      // failures older than the window no longer count: forget them
      jdbc.sql("delete from identity_login_failure where address = :a and at < :since")
          .param("a", address)
          .param("since", OffsetDateTime.ofInstant(Instant.now(clock).minus(throttleWindow), ZoneOffset.UTC))
          .update();
      var summary = new java.util.TreeMap<String, Object>(Map.of("address", address, "reason", reason.name()));
      if (failure != null) {
        users.recordFailure(failure.account().id(), failure.failures(), failure.lockedUntil());
        if (failure.lockedUntil() != null) {
          summary.put("lockedUntil", failure.lockedUntil().toString());
        }
      }
      if (phantomLockedUntil != null) {
        summary.put("lockedUntil", phantomLockedUntil.toString());
      }
      audit.recordAs(username, null, Change.of("SIGN_IN_FAILED", "user", username, summary));
    });
    var locks = failure != null && failure.lockedUntil() != null || phantomLockedUntil != null;
    throw new SignInRefused(locks ? SignInRefused.Reason.LOCKED : reason, locks ? lockFor : retryAfter);
  }
}
