package org.entente.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two ways into one database: Flyway migrates as the schema owner; everything else works through a pool
 * whose connections take the non-owner {@value #APPLICATION_ROLE} role, so that row-level security
 * applies to every query the application makes (owners and superusers bypass it).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  /** The role the application works as. Created by the first migration; never owns a table. */
  static final String APPLICATION_ROLE = "entente_app";

  @Bean
  DataDirectory dataDirectory(@Value("${entente.data-dir}") String path) {
    return new DataDirectory(Path.of(path));
  }

  /** Started only when no external database is configured. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgresHolder embeddedPostgres(
      @Value("${spring.datasource.url:}") String externalUrl,
      DataDirectory dataDirectory,
      @Value("${entente.database.port:0}") int port,
      @Value("${entente.database.durable:true}") boolean durable,
      @Value("${entente.database.attach:false}") boolean attach) {
    if (!externalUrl.isBlank()) {
      return new EmbeddedPostgresHolder(null, null);
    }
    var directory = dataDirectory.resolve("postgres");
    if (attach) {
      // An operator's command (e.g. `audit verify`) beside a running Entente uses its database.
      try {
        var running = EmbeddedPostgresServer.runningPort(directory);
        if (running.isPresent()) {
          return new EmbeddedPostgresHolder(
              null,
              new DatabaseServer(
                  "jdbc:postgresql://localhost:" + running.get() + "/" + EmbeddedPostgresServer.DATABASE,
                  EmbeddedPostgresServer.SUPERUSER, "", true));
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new EmbeddedPostgresHolder(EmbeddedPostgresServer.start(directory, port, durable), null);
  }

  @Bean
  DatabaseServer databaseServer(
      EmbeddedPostgresHolder embedded,
      @Value("${spring.datasource.url:}") String url,
      @Value("${spring.datasource.username:}") String username,
      @Value("${spring.datasource.password:}") String password) {
    if (embedded.attached() != null) {
      return embedded.attached();
    }
    return embedded.server() != null
        ? embedded.server().server()
        : new DatabaseServer(url, username, password, false);
  }

  @Bean
  @Primary
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(DatabaseServer server) {
    // The no-argument constructor starts the pool lazily, i.e. after Flyway has created the role.
    var pool = new HikariDataSource();
    pool.setPoolName("entente");
    pool.setJdbcUrl(server.jdbcUrl());
    pool.setUsername(server.ownerUser());
    pool.setPassword(server.ownerPassword());
    pool.setConnectionInitSql("set role " + APPLICATION_ROLE);
    return pool;
  }

  @Bean
  ScopedTransactionManager transactionManager(
      DataSource dataSource, ObjectProvider<TransactionSettings> settings) {
    return new ScopedTransactionManager(dataSource, settings);
  }

  @Bean
  @FlywayDataSource
  DataSource migrationDataSource(DatabaseServer server) {
    return new SimpleDriverDataSource(
        new org.postgresql.Driver(), server.jdbcUrl(), server.ownerUser(), server.ownerPassword());
  }

  /**
   * The embedded server this process started (stopped after the pool that uses it is closed), or the one
   * of a running Entente it attached to (left running).
   */
  record EmbeddedPostgresHolder(
      @Nullable EmbeddedPostgresServer server, @Nullable DatabaseServer attached) implements AutoCloseable {
    @Override
    public void close() {
      if (server != null) {
        server.close();
      }
    }
  }
}
