package org.entente.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.core.InfrastructureProxy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only work that may be answered by a streaming replica of the database (a PostgreSQL hot standby) when
 * {@code entente.datasource.replica.url} is set; by the primary otherwise, exactly as before.
 *
 * <p>On the replica the work runs in a read-only transaction begun like every other one: the connection takes
 * the application role and the transaction receives the caller's {@code app.*} context first, so row-level
 * security decides there what it decides on the primary. Code inside needs no change: its {@code JdbcClient}
 * (bound to the primary's pool) finds the replica's connection, because the replica's transaction is bound under
 * the primary pool's key ({@link InfrastructureProxy}), and any {@code @Transactional} method called inside joins
 * it.
 *
 * <p>When the replica cannot be reached the work is done by the primary instead (logged once, and the replica is
 * tried again after {@code entente.datasource.replica.retry-after}); a query the standby cancels (a conflict
 * with recovery) is run again on the primary. Inside a transaction already begun the work stays on the primary:
 * it must see what that transaction wrote.
 *
 * <p>What the replica answers lags the primary by the replication delay, and no further than
 * {@code entente.datasource.replica.max-lag}: at most every {@code lag-check-every} a read notes the primary's WAL
 * position with the time, and asks the replica how far it has replayed; the replica is as stale as the newest
 * noted position it has replayed is old. Beyond the limit the primary answers until the replica has caught up.
 * Positions rather than the replica's last replayed commit time, which also grows while the primary is idle,
 * and which a replica cut off from the primary would not see grow at all.
 */
public final class ReadReplica implements AutoCloseable {

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReadReplica.class);

  private final @Nullable HikariDataSource pool;
  private final @Nullable TransactionTemplate onReplica;
  private final TransactionTemplate onPrimary;
  private final String where;
  private final long retryAfterNanos;
  private volatile long downUntil;
  private volatile boolean down;

  private final @Nullable DataSource primaryPool;
  private volatile Duration maxLag;
  private final long checkEveryNanos;
  private final ReentrantLock checking = new ReentrantLock();
  /** The primary's WAL position noted at each check, oldest first; trimmed to the newest the replica has replayed. */
  private final ArrayDeque<Mark> marks = new ArrayDeque<>();
  private volatile long checkedAt = System.nanoTime() - Long.MAX_VALUE / 2;
  private volatile @Nullable Duration lag;
  private volatile boolean behind;

  private record Mark(long at, long position) {}

  ReadReplica(
      @Nullable HikariDataSource pool,
      @Nullable PlatformTransactionManager replicaTransactions,
      PlatformTransactionManager primaryTransactions,
      @Nullable DataSource primaryPool,
      String where,
      Duration retryAfter,
      Duration maxLag,
      Duration lagCheckEvery) {
    this.pool = pool;
    this.primaryPool = primaryPool;
    this.maxLag = maxLag;
    this.checkEveryNanos = lagCheckEvery.toNanos();
    this.onReplica = replicaTransactions == null ? null : readOnly(replicaTransactions);
    this.onPrimary = readOnly(primaryTransactions);
    this.where = where;
    this.retryAfterNanos = retryAfter.toNanos();
  }

  private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
    var template = new TransactionTemplate(transactions);
    template.setReadOnly(true);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    return template;
  }

  /** Whether a replica is configured (it may still be down). */
  public boolean configured() {
    return onReplica != null;
  }

  /** Runs read-only work on the replica when one is configured and answers, else on the primary. */
  public <T> T read(Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get(); // in a transaction already: on its connection, which sees its own writes
    }
    if (onReplica == null || (down && System.nanoTime() < downUntil) || tooFarBehind()) {
      return onPrimary.execute(status -> work.get());
    }
    try {
      var answer = onReplica.execute(status -> work.get());
      if (down) {
        down = false;
        log.info("The read replica at {} answers again: read-only work goes to it", where);
      }
      return answer;
    } catch (CannotCreateTransactionException | DataAccessResourceFailureException e) {
      if (!down) {
        log.warn("The read replica at {} cannot be reached ({}): read-only work goes to the primary; the replica is"
            + " tried again every {} s", where, rootMessage(e), Duration.ofNanos(retryAfterNanos).toSeconds());
      }
      down = true;
      downUntil = System.nanoTime() + retryAfterNanos;
      return onPrimary.execute(status -> work.get());
    } catch (TransientDataAccessException e) {
      // e.g. "canceling statement due to conflict with recovery": the primary answers this one
      log.info("The read replica at {} could not answer ({}); the primary did", where, rootMessage(e));
      return onPrimary.execute(status -> work.get());
    }
  }

  /** How far behind the primary the replica was found at the last check; empty before the first one. */
  public java.util.Optional<Duration> lag() {
    return java.util.Optional.ofNullable(lag);
  }

  /** For tests: another limit from now on. */
  void maxLag(Duration limit) {
    this.maxLag = limit;
    this.checkedAt = System.nanoTime() - checkEveryNanos;
  }

  /** The last verdict, checked again when it is older than the check interval (by one reader; the others use it). */
  private boolean tooFarBehind() {
    if (System.nanoTime() - checkedAt < checkEveryNanos || !checking.tryLock()) {
      return behind;
    }
    try {
      if (System.nanoTime() - checkedAt < checkEveryNanos) {
        return behind;
      }
      var found = measureLag();
      lag = found;
      var wasBehind = behind;
      behind = found.compareTo(maxLag) > 0;
      if (behind && !wasBehind) {
        log.warn("The read replica at {} is {} ms behind the primary (limit {} ms): read-only work goes to the primary"
            + " until it catches up", where, found.toMillis(), maxLag.toMillis());
      } else if (wasBehind && !behind) {
        log.info("The read replica at {} has caught up ({} ms behind): read-only work goes to it again", where, found.toMillis());
      }
    } catch (SQLException | RuntimeException e) {
      // not reachable: read() finds out and falls back on its own; keep the last verdict
    } finally {
      checkedAt = System.nanoTime();
      checking.unlock();
    }
    return behind;
  }

  private Duration measureLag() throws SQLException {
    var at = System.nanoTime();
    marks.addLast(new Mark(at, position(primaryPool, "select pg_current_wal_lsn() - '0/0'::pg_lsn")));
    var replayed = position(pool, "select coalesce(pg_last_wal_replay_lsn(), '0/0'::pg_lsn) - '0/0'::pg_lsn");
    Mark newest = null;
    for (var mark : marks) {
      if (mark.position() <= replayed) {
        newest = mark;
      }
    }
    if (newest == null) { // nothing noted is replayed yet: at least as old as the oldest note
      while (marks.size() > 100_000) {
        marks.removeFirst();
      }
      return Duration.ofNanos(at - marks.getFirst().at());
    }
    while (marks.getFirst() != newest) {
      marks.removeFirst();
    }
    return Duration.ofNanos(at - newest.at());
  }

  private static long position(@Nullable DataSource source, String sql) throws SQLException {
    if (source == null) {
      throw new SQLException("no pool");
    }
    try (var connection = source.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String rootMessage(Throwable e) {
    var root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }

  /**
   * The replica's pool seen as the primary's by Spring's transaction synchronisation: a transaction begun on it
   * is bound under the primary pool's key, where every {@code JdbcClient} of the application looks for the
   * current transaction's connection. Connections themselves come from the replica.
   */
  static final class BoundAsPrimary implements DataSource, InfrastructureProxy {

    private final DataSource replica;
    private final DataSource primary;

    BoundAsPrimary(DataSource replica, DataSource primary) {
      this.replica = replica;
      this.primary = primary;
    }

    @Override
    public Object getWrappedObject() {
      return primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return replica.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return replica.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return replica.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      replica.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      replica.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return replica.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return replica.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return type.isInstance(this) ? type.cast(this) : replica.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return type.isInstance(this) || replica.isWrapperFor(type);
    }
  }
}
