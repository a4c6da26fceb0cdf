package org.entente.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
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
 * it must see what that transaction wrote. What the replica answers may lag the primary by the replication delay.
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

  ReadReplica(
      @Nullable HikariDataSource pool,
      @Nullable PlatformTransactionManager replicaTransactions,
      PlatformTransactionManager primaryTransactions,
      String where,
      Duration retryAfter) {
    this.pool = pool;
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
    if (onReplica == null || (down && System.nanoTime() < downUntil)) {
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
