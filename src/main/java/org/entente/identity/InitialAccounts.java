package org.entente.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.entente.access.Role;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.database.DataDirectory;
import org.entente.database.DemoMode;
import org.entente.database.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a database with no account yet: the administrator {@code admin} (password from
 * {@code ENTENTE_ADMIN_PASSWORD}, or a random one printed once and written to
 * {@code <data dir>/initial-admin-password}), and — for a new embedded database unless
 * {@code ENTENTE_DEMO=false} — one demo account per role for a few organisations, listed in
 * {@code <data dir>/demo-accounts.txt}. Both files are readable by their owner only.
 */
@Component
@Order(1)
@ConditionalOnWebApplication
class InitialAccounts implements ApplicationRunner {

  static final String ADMIN = "admin";
  static final String SECOND_ADMIN = "admin2";
  static final String ADMIN_ORGANISATION = "IS";
  private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
  private static final SecureRandom random = new SecureRandom();

  /** The demo accounts: organisation, role. */
  static final List<Map.Entry<String, Role>> DEMO =
      List.of(
          Map.entry("GEO", Role.NATIONAL_COORDINATOR), Map.entry("GEO", Role.PARTICIPANT),
          Map.entry("JOR", Role.NATIONAL_COORDINATOR), Map.entry("JOR", Role.PARTICIPANT),
          Map.entry("JPN", Role.NATIONAL_COORDINATOR), Map.entry("JPN", Role.PARTICIPANT),
          Map.entry("CHE", Role.NATIONAL_COORDINATOR), Map.entry("CHE", Role.PARTICIPANT),
          Map.entry("QAT", Role.NATIONAL_COORDINATOR), Map.entry("QAT", Role.PARTICIPANT),
          Map.entry("NLD", Role.NATIONAL_COORDINATOR), Map.entry("NLD", Role.PARTICIPANT),
          Map.entry("NSO", Role.PROVIDER_MANAGER),
          Map.entry("IS", Role.STAFF), Map.entry("IS", Role.AUDITOR), Map.entry("IS", Role.ADMIN),
          // two members of the secretariat: a decision needs one to propose and another to confirm
          Map.entry("NAC", Role.COUNCIL_SECRETARIAT), Map.entry("IS", Role.COUNCIL_SECRETARIAT),
          // trust funds: Jordan's fourth fund's lead nation, donors and executing agent (issue 13)
          Map.entry("ESP", Role.NATIONAL_COORDINATOR), Map.entry("DEU", Role.NATIONAL_COORDINATOR),
          Map.entry("IRL", Role.NATIONAL_COORDINATOR), Map.entry("NSPA", Role.EXECUTING_AGENT),
          // the disaster response centre's duty officer (emergencies)
          Map.entry("EADRCC", Role.EMERGENCY_DUTY_OFFICER));

  private final Users users;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final DataDirectory dataDirectory;
  private final DemoMode demo;
  private final String adminPassword;
  private final String secondAdminPassword;

  InitialAccounts(Users users, PasswordEncoder passwords, PasswordPolicy policy, TransactionTemplate transactions,
      AuditTrail audit, DataDirectory dataDirectory, DemoMode demo,
      @Value("${entente.admin.password:}") String adminPassword,
      @Value("${entente.admin.second-password:}") String secondAdminPassword) {
    this.secondAdminPassword = secondAdminPassword;
    this.users = users;
    this.passwords = passwords;
    this.policy = policy;
    this.transactions = transactions;
    this.audit = audit;
    this.dataDirectory = dataDirectory;
    this.demo = demo;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    SystemWork.run("initial accounts", () -> transactions.executeWithoutResult(s -> {
      if (users.count() > 0) {
        return;
      }
      createAdministrator();
      if (!secondAdminPassword.isBlank()) {
        createSecondAdministrator();
      }
      if (demo.enabled()) {
        createDemoAccounts();
      }
    }));
  }

  private void createAdministrator() {
    var generated = adminPassword.isBlank();
    var password = generated ? randomPassword() : adminPassword;
    policy.violation(password, ADMIN).ifPresent(rule -> {
      throw new IllegalStateException("ENTENTE_ADMIN_PASSWORD is refused (" + rule + "): use 12 to 128 characters, not a common password");
    });
    var id = users.insert(ADMIN, "Administrator", null, passwords.encode(password), null, null);
    users.addMembership(id, ADMIN_ORGANISATION, Role.ADMIN);
    audit.record(Change.of("USER_CREATED", "user", id.toString(), Map.of("username", ADMIN, "memberships", List.of("IS:ADMIN"))));
    if (generated) {
      var file = writePrivately("initial-admin-password", password + "\n");
      // Printed once, on the console only (never to the log file), as the operator's first key.
      System.out.println("\n  The administrator is 'admin' with the password: " + password
          + "\n  (also in " + file + "; change it, then delete the file)\n");
    }
    log.info("Created the administrator account '{}'", ADMIN);
  }

  /**
   * The second administrator {@code admin2}, when {@code ENTENTE_SECOND_ADMIN_PASSWORD} is set: the roles
   * ADMIN, AUDITOR and COUNCIL_SECRETARIAT are granted by two administrators, so an installation that will
   * grant them needs two from the start (a demo installation has {@code is.admin} besides).
   */
  private void createSecondAdministrator() {
    policy.violation(secondAdminPassword, SECOND_ADMIN).ifPresent(rule -> {
      throw new IllegalStateException("ENTENTE_SECOND_ADMIN_PASSWORD is refused (" + rule + ")");
    });
    var id = users.insert(SECOND_ADMIN, "Second administrator", null, passwords.encode(secondAdminPassword), null, null);
    users.addMembership(id, ADMIN_ORGANISATION, Role.ADMIN);
    audit.record(Change.of("USER_CREATED", "user", id.toString(),
        Map.of("username", SECOND_ADMIN, "memberships", List.of("IS:ADMIN"))));
    log.info("Created the second administrator account '{}'", SECOND_ADMIN);
  }

  private void createDemoAccounts() {
    var lines = new ArrayList<String>();
    for (var account : DEMO) {
      var organisation = account.getKey();
      var role = account.getValue();
      var username = organisation.toLowerCase() + "." + role.name().toLowerCase().replace('_', '-');
      var password = randomPassword();
      var id = users.insert(username, organisation + " " + role.name().toLowerCase().replace('_', ' '), null,
          passwords.encode(password), null, null);
      users.addMembership(id, organisation, role);
      audit.record(Change.of("USER_CREATED", "user", id.toString(),
          Map.of("username", username, "memberships", List.of(organisation + ":" + role), "demo", true)));
      lines.add(String.join("\t", username, password, role.name(), organisation));
    }
    var file = writePrivately("demo-accounts.txt", String.join("\n", lines) + "\n");
    log.info("Demo mode: {} demo accounts listed in {}", lines.size(), file);
  }

  private Path writePrivately(String name, String content) {
    var file = dataDirectory.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomPassword() {
    var bytes = new byte[15];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
