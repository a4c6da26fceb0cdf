package org.entente.database;

/**
 * A module's demo data, filled once on a new installation in demo mode by {@link DemoFilling}, in the order of
 * the beans' {@code @Order} (the menu before what is drawn from it).
 */
public interface DemoData {

  /** A table of the module's that holds rows once its demo data is there: filled only while it is empty. */
  String table();

  /** Fills the module's demo data, in transactions and as callers of its own choosing. */
  void fill();
}
