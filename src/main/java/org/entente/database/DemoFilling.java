package org.entente.database;

import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** On start (not for operators' commands, after the first accounts): each module's demo data, once. */
@Component
@Order(2)
@ConditionalOnWebApplication
class DemoFilling implements ApplicationRunner {

  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");

  private final DemoMode demo;
  private final ObjectProvider<DemoData> modules;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  DemoFilling(DemoMode demo, ObjectProvider<DemoData> modules, JdbcClient jdbc, TransactionTemplate transactions) {
    this.demo = demo;
    this.modules = modules;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (!demo.enabled()) {
      return;
    }
    modules.orderedStream().filter(module -> empty(module.table())).forEach(DemoData::fill);
  }

  private boolean empty(String table) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    // as the system: the question is whether anything is there, not what this caller may see
    return Boolean.TRUE.equals(SystemWork.run("demo data", () -> transactions.execute(s ->
        !jdbc.sql("select exists (select 1 from " + table + ")").query(Boolean.class).single())));
  }
}
