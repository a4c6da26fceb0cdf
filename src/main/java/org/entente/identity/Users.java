package org.entente.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entente.access.Caller;
import org.entente.access.Role;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts and memberships. Every read goes through row-level security: what a caller may not see is not
 * returned, nor counted. The explicit scope of {@link UserAccounts} says the same in Java.
 */
@Repository
class Users {

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What sign-in needs: read as the system, before anyone is known. */
  record Credentials(
      UUID id, String username, @Nullable String passwordHash, boolean enabled, int failedLogins,
      @Nullable Instant lockedUntil) {}

  Optional<Credentials> credentials(String username) {
    return jdbc.sql(
            "select id, username, password_hash, enabled, failed_logins, locked_until from identity_user where username = :u")
        .param("u", username)
        .query(
            (rs, n) ->
                new Credentials(
                    rs.getObject("id", UUID.class),
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    rs.getBoolean("enabled"),
                    rs.getInt("failed_logins"),
                    instant(rs, "locked_until")))
        .optional();
  }

  UUID insert(String username, String displayName, @Nullable String email, @Nullable String passwordHash,
      @Nullable String oidcIssuer, @Nullable String oidcSubject) {
    return jdbc.sql(
            """
            insert into identity_user (username, display_name, email, password_hash, oidc_issuer, oidc_subject)
            values (:username, :displayName, :email, :hash, :issuer, :subject) returning id
            """)
        .param("username", username)
        .param("displayName", displayName)
        .param("email", email)
        .param("hash", passwordHash)
        .param("issuer", oidcIssuer)
        .param("subject", oidcSubject)
        .query(UUID.class)
        .single();
  }

  Optional<UUID> byOidcSubject(String issuer, String subject) {
    return jdbc.sql("select id from identity_user where oidc_issuer = :issuer and oidc_subject = :subject")
        .param("issuer", issuer)
        .param("subject", subject)
        .query(UUID.class)
        .optional();
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("select exists (select 1 from identity_user where username = :u)")
        .param("u", username)
        .query(Boolean.class)
        .single();
  }

  long count() {
    return jdbc.sql("select count(*) from identity_user").query(Long.class).single();
  }

  void addMembership(UUID user, String organisation, Role role) {
    jdbc.sql("insert into identity_membership (user_id, organisation, role) values (:u, :o, :r) on conflict do nothing")
        .param("u", user)
        .param("o", organisation)
        .param("r", role.name())
        .update();
  }

  int removeMembership(UUID user, String organisation, Role role) {
    return jdbc.sql("delete from identity_membership where user_id = :u and organisation = :o and role = :r")
        .param("u", user)
        .param("o", organisation)
        .param("r", role.name())
        .update();
  }

  void replaceMemberships(UUID user, List<Caller.Grant> grants) {
    jdbc.sql("delete from identity_membership where user_id = :u").param("u", user).update();
    grants.forEach(g -> addMembership(user, g.organisation(), g.role()));
  }

  List<Caller.Grant> grants(UUID user) {
    return jdbc.sql("select organisation, role from identity_membership where user_id = :u order by organisation, role")
        .param("u", user)
        .query((rs, n) -> new Caller.Grant(rs.getString("organisation"), Role.valueOf(rs.getString("role"))))
        .list();
  }

  /** A pending grant, unless the same one is already pending. */
  Optional<UserAccounts.PendingGrant> propose(UUID user, Caller.Grant grant, UUID proposedBy) {
    return jdbc.sql("""
            insert into identity_pending_grant (user_id, organisation, role, proposed_by) values (:u, :o, :r, :by)
            on conflict (user_id, organisation, role) do nothing returning id
            """)
        .param("u", user).param("o", grant.organisation()).param("r", grant.role().name()).param("by", proposedBy)
        .query(UUID.class).optional()
        .flatMap(this::pendingGrant);
  }

  Optional<UserAccounts.PendingGrant> pending(UUID user, Caller.Grant grant) {
    return jdbc.sql("select id from identity_pending_grant where user_id = :u and organisation = :o and role = :r")
        .param("u", user).param("o", grant.organisation()).param("r", grant.role().name())
        .query(UUID.class).optional().flatMap(this::pendingGrant);
  }

  private static final String PENDING = """
      select g.id, g.user_id, u.username, g.organisation, g.role, p.username as proposed_by, g.proposed_at
      from identity_pending_grant g join identity_user u on u.id = g.user_id join identity_user p on p.id = g.proposed_by
      """;

  Optional<UserAccounts.PendingGrant> pendingGrant(UUID id) {
    return jdbc.sql(PENDING + " where g.id = :id").param("id", id).query(Users::pendingGrant).optional();
  }

  List<UserAccounts.PendingGrant> pendingGrants(@Nullable UUID user) {
    return jdbc.sql(PENDING + " where cast(:u as uuid) is null or g.user_id = :u order by g.proposed_at, g.id")
        .param("u", user).query(Users::pendingGrant).list();
  }

  private static UserAccounts.PendingGrant pendingGrant(ResultSet rs, int n) throws SQLException {
    return new UserAccounts.PendingGrant(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
        rs.getString("username"), rs.getString("organisation"), Role.valueOf(rs.getString("role")),
        rs.getString("proposed_by"), rs.getObject("proposed_at", OffsetDateTime.class).toInstant());
  }

  boolean removePending(UUID id) {
    return jdbc.sql("delete from identity_pending_grant where id = :id").param("id", id).update() == 1;
  }

  /** Serialises changes to who is an administrator (two removing each other at once). */
  void lockAdministrators() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('identity_administrators'))").query((rs, n) -> 1).list();
  }

  /** Enabled accounts other than this one holding ADMIN. */
  long administratorsOtherThan(UUID user) {
    return jdbc.sql("""
            select count(distinct m.user_id) from identity_membership m join identity_user u on u.id = m.user_id
            where m.role = 'ADMIN' and u.enabled and m.user_id <> :u
            """).param("u", user).query(Long.class).single();
  }

  void recordFailure(UUID user, int failures, @Nullable Instant lockedUntil) {
    jdbc.sql("update identity_user set failed_logins = :f, locked_until = :l where id = :id")
        .param("f", failures)
        .param("l", lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, java.time.ZoneOffset.UTC))
        .param("id", user)
        .update();
  }

  void recordSuccess(UUID user) {
    jdbc.sql("update identity_user set failed_logins = 0, locked_until = null where id = :id and failed_logins > 0")
        .param("id", user)
        .update();
  }

  /** The accounts the caller may see (row-level security decides), in one organisation if asked. */
  List<User> visible(@Nullable String organisation) {
    var rows =
        jdbc.sql(
                """
                select u.* from identity_user u
                where cast(:org as text) is null
                   or exists (select 1 from identity_membership m where m.user_id = u.id and m.organisation = :org)
                order by u.username
                """)
            .param("org", organisation)
            .query(Users::user)
            .list();
    return withMemberships(rows);
  }

  /**
   * One page of the accounts the caller may see (row-level security decides), in one organisation if asked
   * and, when {@code organisations} is given, only the caller and those holding a role in one of them.
   */
  Listing<User> visible(@Nullable String organisation, java.util.@Nullable Set<String> organisations, @Nullable UUID me,
      Paging paging) {
    var parameters = new java.util.HashMap<String, Object>();
    parameters.put("org", organisation);
    parameters.put("limited", organisations != null);
    parameters.put("mine", organisations == null ? new String[0] : organisations.toArray(String[]::new));
    parameters.put("me", me);
    return paging.query(jdbc,
            """
            select u.* from identity_user u
            where (cast(:org as text) is null
                   or exists (select 1 from identity_membership m where m.user_id = u.id and m.organisation = :org))
              and (not :limited
                   or u.id = cast(:me as uuid)
                   or exists (select 1 from identity_membership m where m.user_id = u.id and m.organisation = any(:mine)))
            order by u.username, u.id
            """,
            parameters, Users::user)
        .map(this::withMemberships);
  }

  Optional<User> find(UUID id) {
    return withMemberships(
            jdbc.sql("select * from identity_user where id = :id").param("id", id).query(Users::user).list())
        .stream()
        .findFirst();
  }

  private List<User> withMemberships(List<User> users) {
    if (users.isEmpty()) {
      return users;
    }
    Map<UUID, List<Caller.Grant>> grants =
        jdbc.sql("select user_id, organisation, role from identity_membership where user_id = any(:ids) order by organisation, role")
            .param("ids", users.stream().map(User::id).toArray(UUID[]::new))
            .query(
                (rs, n) ->
                    Map.entry(
                        rs.getObject("user_id", UUID.class),
                        new Caller.Grant(rs.getString("organisation"), Role.valueOf(rs.getString("role")))))
            .list()
            .stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return users.stream()
        .map(u -> new User(u.id(), u.username(), u.displayName(), u.email(), u.enabled(), u.lockedUntil(),
            u.createdAt(), grants.getOrDefault(u.id(), List.of())))
        .toList();
  }

  private static User user(ResultSet rs, int n) throws SQLException {
    return new User(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getBoolean("enabled"),
        instant(rs, "locked_until"),
        instant(rs, "created_at"),
        List.of());
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
