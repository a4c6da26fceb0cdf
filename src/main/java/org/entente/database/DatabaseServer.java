package org.entente.database;

/**
 * The PostgreSQL server this installation uses and how the schema owner reaches it. The application
 * itself never works as the owner: see {@link DatabaseConfiguration#APPLICATION_ROLE}.
 */
public record DatabaseServer(String jdbcUrl, String ownerUser, String ownerPassword, boolean embedded) {

  @Override
  public String toString() {
    // Never print the password, not even in a debug dump of the context.
    return "DatabaseServer[" + jdbcUrl + ", owner=" + ownerUser + ", embedded=" + embedded + "]";
  }
}
