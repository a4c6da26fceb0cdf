package org.entente.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.engagement.Engaged.ContactPoint;
import org.entente.engagement.Engaged.Contribution;
import org.entente.engagement.Engaged.Mission;
import org.entente.engagement.Engaged.MissionContact;
import org.entente.engagement.Engaged.Operation;
import org.entente.engagement.Engaged.Profile;
import org.entente.engagement.Engaged.Status;
import org.entente.engagement.Engaged.StatusType;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operations, contributions and statuses on a date (public reference data), and the registers of Contact Point
 * Embassies and missions that staff keep. A mission's people are read by staff, the partner's coordinators and
 * the coordinators of its Contact Point Embassy's nation — said here and again by row-level security.
 */
@Service
public class Engagement {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private final JdbcClient jdbc;
  private final Guard guard;
  private final Directory directory;
  private final AuditTrail audit;
  private final Clock clock;

  Engagement(JdbcClient jdbc, Guard guard, Directory directory, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** A Contact Point Embassy as staff record it; its term runs two years unless said otherwise. */
  public record NewContactPoint(@Nullable String partner, @Nullable String embassyOf, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {}

  public record NewMission(@Nullable String address, @Nullable LocalDate establishedOn) {}

  public record NewContact(@Nullable String name, @Nullable String function, @Nullable String email) {}

  @Transactional(readOnly = true)
  public List<Operation> operations(@Nullable LocalDate on) {
    return jdbc.sql("select * from engagement_operation where (cast(:on as date) is null or (valid_from <= :on and (valid_to is null or valid_to > :on))) order by valid_from, code")
        .param("on", on).query((rs, n) -> new Operation(rs.getString("code"), rs.getString("kind"),
            new BilingualText(rs.getString("name_en"), rs.getString("name_fr")), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class), rs.getString("source"), rs.getString("evidence"))).list();
  }

  public Operation operation(String code) {
    return operations(null).stream().filter(o -> o.code().equalsIgnoreCase(code.strip())).findFirst()
        .orElseThrow(() -> new NotFound("operation", code));
  }

  /** Partners' contributions, of one operation and/or one nation, those running on a date when given. */
  @Transactional(readOnly = true)
  public List<Contribution> contributions(@Nullable String operation, @Nullable String organisation, @Nullable LocalDate on) {
    return jdbc.sql("""
            select * from engagement_contribution
            where (cast(:op as text) is null or operation = :op) and (cast(:org as text) is null or organisation = :org)
              and (cast(:on as date) is null or (valid_from <= :on and (valid_to is null or valid_to > :on)))
            order by operation, organisation, valid_from
            """).param("op", upper(operation)).param("org", upper(organisation)).param("on", on)
        .query((rs, n) -> new Contribution(rs.getString("operation"), rs.getString("organisation"), rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class), rs.getString("kind"), (Integer) rs.getObject("size"), rs.getString("source"),
            rs.getString("evidence"))).list();
  }

  /** The contributors to an operation on a date: the participants of its contributors' consultations (para 8). */
  public List<String> contributors(String operation, LocalDate on) {
    return contributions(operation, null, on).stream().map(Contribution::organisation).distinct().toList();
  }

  @Transactional(readOnly = true)
  public List<Status> statuses(@Nullable String organisation, @Nullable String status, @Nullable LocalDate on) {
    var type = status == null || status.isBlank() ? null : InvalidInput.code(StatusType.class, status, "status").name();
    return jdbc.sql("""
            select * from engagement_status
            where (cast(:org as text) is null or organisation = :org) and (cast(:status as text) is null or status = :status)
              and (cast(:on as date) is null or (valid_from <= :on and (valid_to is null or valid_to > :on)))
            order by status, organisation, valid_from
            """).param("org", upper(organisation)).param("status", type).param("on", on)
        .query((rs, n) -> new Status(rs.getString("organisation"), StatusType.valueOf(rs.getString("status")),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("source"),
            rs.getString("evidence"))).list();
  }

  /** Whether a partner held a status on a date (a meeting format restricted to its holders asks this). */
  public boolean holds(String organisation, StatusType status, LocalDate on) {
    return !statuses(organisation, status.name(), on).isEmpty();
  }

  @Transactional(readOnly = true)
  public List<ContactPoint> contactPoints(@Nullable String partner, @Nullable LocalDate on) {
    return jdbc.sql("""
            select * from engagement_contact_point
            where (cast(:partner as text) is null or partner = :partner)
              and (cast(:on as date) is null or (valid_from <= :on and (valid_to is null or valid_to > :on)))
            order by partner, valid_from, embassy_of
            """).param("partner", upper(partner)).param("on", on)
        .query((rs, n) -> new ContactPoint(rs.getObject("id", UUID.class), rs.getString("partner"), rs.getString("embassy_of"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant())).list();
  }

  @Transactional
  public ContactPoint assignContactPoint(NewContactPoint input) {
    var caller = guard.require(Permission.MANAGE_ENGAGEMENT_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var from = input.validFrom() == null ? LocalDate.now(clock) : input.validFrom();
    var to = input.validTo() == null ? from.plusYears(2) : input.validTo();
    var partner = nation(input.partner(), "partner", OrganisationKind.PARTNER, from, violations);
    var embassy = nation(input.embassyOf(), "embassyOf", OrganisationKind.ALLY, from, violations);
    if (!to.isAfter(from)) violations.add(new Violation("validTo", "engagement.date.order", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var overlapping = jdbc.sql("""
            select count(*) from engagement_contact_point where partner = :partner and embassy_of = :embassy
              and valid_from < :to and (valid_to is null or valid_to > :from)
            """).param("partner", partner).param("embassy", embassy).param("from", from).param("to", to).query(Long.class).single();
    if (overlapping > 0) throw new Conflict("engagement.contact-point.overlap", embassy, partner);
    var id = jdbc.sql("""
            insert into engagement_contact_point (partner, embassy_of, valid_from, valid_to, recorded_by)
            values (:partner, :embassy, :from, :to, :by) returning id
            """).param("partner", partner).param("embassy", embassy).param("from", from).param("to", to).param("by", caller.username())
        .query(UUID.class).single();
    audit.record(Change.of("CONTACT_POINT_ASSIGNED", "contact-point", id.toString(),
        Map.of("partner", partner, "embassyOf", embassy, "from", from.toString(), "to", to.toString())));
    return contactPoints(partner, null).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<Mission> mission(String partner) {
    return jdbc.sql("select * from engagement_mission where partner = :partner").param("partner", upper(partner))
        .query((rs, n) -> new Mission(rs.getString("partner"), rs.getString("address"), rs.getObject("established_on", LocalDate.class)))
        .optional();
  }

  @Transactional
  public Mission keepMission(String partner, NewMission input) {
    var caller = keeper(partner);
    var code = upper(partner);
    var address = input.address() == null ? "" : input.address().strip();
    if (address.isEmpty() || address.length() > 500) throw InvalidInput.of("address", "problem.between", 1, 500);
    jdbc.sql("""
            insert into engagement_mission (partner, address, established_on, recorded_by) values (:partner, :address, :on, :by)
            on conflict (partner) do update set address = excluded.address, established_on = excluded.established_on,
              recorded_by = excluded.recorded_by, recorded_at = now()
            """).param("partner", code).param("address", address).param("on", input.establishedOn()).param("by", caller).update();
    audit.record(Change.of("MISSION_KEPT", "mission", code, Map.of("address", address)));
    return mission(code).orElseThrow();
  }

  /** The people of a partner's mission, as far as the caller may read them (others get an empty list). */
  @Transactional(readOnly = true)
  public List<MissionContact> contacts(String partner) {
    guard.caller();
    return jdbc.sql("select * from engagement_mission_contact where partner = :partner order by name, id").param("partner", upper(partner))
        .query((rs, n) -> new MissionContact(rs.getObject("id", UUID.class), rs.getString("partner"), rs.getString("name"),
            rs.getString("function"), rs.getString("email"))).list();
  }

  @Transactional
  public MissionContact addContact(String partner, NewContact input) {
    var by = keeper(partner);
    var code = upper(partner);
    var violations = new ArrayList<Violation>();
    var name = input.name() == null ? "" : input.name().strip();
    var function = input.function() == null ? "" : input.function().strip();
    var email = input.email() == null ? "" : input.email().strip();
    if (name.isEmpty() || name.length() > 200) violations.add(new Violation("name", "problem.between", List.of(1, 200)));
    if (function.isEmpty() || function.length() > 200) violations.add(new Violation("function", "problem.between", List.of(1, 200)));
    if (!EMAIL.matcher(email).matches()) violations.add(new Violation("email", "engagement.email", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = jdbc.sql("""
            insert into engagement_mission_contact (partner, name, function, email, recorded_by) values (:partner, :name, :function, :email, :by)
            returning id
            """).param("partner", code).param("name", name).param("function", function).param("email", email).param("by", by)
        .query(UUID.class).single();
    audit.record(Change.of("MISSION_CONTACT_ADDED", "mission", code, Map.of("contact", id.toString())));
    return new MissionContact(id, code, name, function, email);
  }

  /** What a partner's page shows on a date; the mission's people only to those who may read them. */
  @Transactional(readOnly = true)
  public Profile profile(String partner, LocalDate on) {
    var code = upper(partner);
    if (directory.organisation(code, on).filter(o -> o.isNation()).isEmpty()) throw new NotFound("organisation", partner);
    var contacts = Callers.current().isPresent() ? contacts(code) : List.<MissionContact>of();
    return new Profile(code, on, statuses(code, null, on), contributions(null, code, null), contactPoints(code, on), mission(code).orElse(null), contacts);
  }

  /** Staff, or a coordinator of the partner itself: the username recorded. */
  private String keeper(String partner) {
    var caller = guard.requireAny(Permission.MANAGE_ENGAGEMENT_GLOBALLY, Permission.KEEP_MISSION_FOR_OWN_ORGANISATION);
    var code = upper(partner);
    if (directory.organisation(code == null ? "" : code, LocalDate.now(clock)).filter(o -> o.kind() == OrganisationKind.PARTNER).isEmpty()) {
      throw new NotFound("partner", partner);
    }
    if (!caller.has(Permission.MANAGE_ENGAGEMENT_GLOBALLY) && !caller.organisationsWith(Permission.KEEP_MISSION_FOR_OWN_ORGANISATION).contains(code)) {
      throw new Conflict("engagement.mission.not-yours", code);
    }
    return caller.username();
  }

  private String nation(@Nullable String given, String field, OrganisationKind kind, LocalDate on, List<Violation> violations) {
    var code = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
    if (directory.organisation(code, on).filter(o -> o.kind() == kind).isEmpty()) {
      violations.add(new Violation(field, kind == OrganisationKind.ALLY ? "engagement.not-ally" : "engagement.not-partner", List.of(code)));
    }
    return code;
  }

  private static @Nullable String upper(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }
}
