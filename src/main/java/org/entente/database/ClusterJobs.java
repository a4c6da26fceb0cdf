package org.entente.database;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that must run on one application instance at a time however many share the database (offer
 * expiry, reminders, mail, the programme calendar, the audit verification): a PostgreSQL advisory lock held by a
 * connection of its own for the length of the job. An instance that finds the lock taken skips its turn; an
 * instance that dies releases it with its connection.
 */
@Component
public class ClusterJobs {

  private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);
  // Entente's advisory locks in a key space of their own: "ENT" in the upper half, the job's name hashed below
  private static final long SPACE = 0x454E54L << 32;

  private final DataSource dataSource;

  ClusterJobs(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the job as the system if no other instance is running it now; whether it ran. */
  public boolean runAlone(String job, Runnable work) {
    return runAlone(job, () -> {
      work.run();
      return Boolean.TRUE;
    }) != null;
  }

  /** The same with a result; null when another instance holds the job. */
  public <T> T runAlone(String job, Supplier<T> work) {
    var key = SPACE | (job.hashCode() & 0xffffffffL);
    try (var connection = dataSource.getConnection()) {
      if (!lock(connection, "select pg_try_advisory_lock(?)", key)) {
        log.debug("{}: running on another instance, this turn skipped", job);
        return null;
      }
      try {
        return SystemWork.run(job, work);
      } finally {
        lock(connection, "select pg_advisory_unlock(?)", key);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the lock of job '" + job + "' could not be taken", e);
    }
  }

  private static boolean lock(java.sql.Connection connection, String sql, long key) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (var result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
