package org.entente.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read replica ({@link ReadReplica}): a second pool, on {@code entente.datasource.replica.url}, working as
 * the application role like the first, with a transaction manager of its own that is not a bean (every
 * {@code @Transactional} of the application stays on the primary). Without the property: no pool, no change.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

  @Bean(destroyMethod = "close")
  ReadReplica readReplica(
      @Value("${entente.datasource.replica.url:}") String url,
      @Value("${entente.datasource.replica.username:}") String username,
      @Value("${entente.datasource.replica.password:}") String password,
      @Value("${entente.datasource.replica.maximum-pool-size:10}") int poolSize,
      @Value("${entente.datasource.replica.connect-timeout:1s}") Duration connectTimeout,
      @Value("${entente.datasource.replica.retry-after:10s}") Duration retryAfter,
      @Value("${entente.datasource.replica.max-lag:30s}") Duration maxLag,
      @Value("${entente.datasource.replica.lag-check-every:1s}") Duration lagCheckEvery,
      DatabaseServer server,
      HikariDataSource primary,
      ScopedTransactionManager primaryTransactions,
      ObjectProvider<TransactionSettings> settings) {
    if (url.isBlank()) {
      return new ReadReplica(null, null, primaryTransactions, null, "", retryAfter, maxLag, lagCheckEvery);
    }
    var pool = new HikariDataSource();
    pool.setPoolName("entente-replica");
    pool.setJdbcUrl(url);
    // by default the primary's owner: a physical copy has the same roles and passwords
    pool.setUsername(username.isBlank() ? server.ownerUser() : username);
    pool.setPassword(username.isBlank() ? server.ownerPassword() : password);
    pool.setConnectionInitSql("set role " + DatabaseConfiguration.APPLICATION_ROLE);
    pool.setMaximumPoolSize(poolSize);
    pool.setReadOnly(true);
    pool.setConnectionTimeout(Math.max(250, connectTimeout.toMillis()));
    pool.setInitializationFailTimeout(-1); // start without it: a replica that is down is tried again later
    var transactions = new ScopedTransactionManager(new ReadReplica.BoundAsPrimary(pool, primary), settings);
    return new ReadReplica(pool, transactions, primaryTransactions, primary, withoutSecrets(url), retryAfter, maxLag,
        lagCheckEvery);
  }

  private static String withoutSecrets(String url) {
    var query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
