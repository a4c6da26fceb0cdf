package org.entente.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Begins every transaction by handing PostgreSQL the caller's context with {@code set_config(…, true)}:
 * local to the transaction, so a pooled connection never carries one caller's context into another's
 * work. Statements run outside a transaction have no context, and row-level security shows them nothing.
 */
class ScopedTransactionManager extends JdbcTransactionManager {

  private final transient ObjectProvider<TransactionSettings> settings;

  ScopedTransactionManager(DataSource dataSource, ObjectProvider<TransactionSettings> settings) {
    super(dataSource);
    this.settings = settings;
  }

  @Override
  protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
      throws SQLException {
    super.prepareTransactionalConnection(connection, definition);
    var values = new LinkedHashMap<String, String>();
    settings.ifAvailable(s -> values.putAll(s.current()));
    SystemWork.reason().ifPresent(why -> {
      values.put("system", "on");
      values.put("system_reason", why);
    });
    if (values.isEmpty()) {
      return;
    }
    var sql = "select " + String.join(", ", Collections.nCopies(values.size(), "set_config(?, ?, true)"));
    try (var statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (var entry : values.entrySet()) {
        statement.setString(index++, "app." + entry.getKey());
        statement.setString(index++, entry.getValue());
      }
      statement.execute();
    }
  }
}
