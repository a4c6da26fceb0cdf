package org.entente.engagement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.council.CouncilRegister;
import org.entente.council.Decision;
import org.entente.council.DecisionTaken;
import org.entente.council.Subject;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.directory.PolicyTerm;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of wider engagement (para 10): staff propose an interlocutor with a scope and a period, which goes
 * on the Council's agenda (subject {@code OTHER}, id {@code engagement:<id>}); the confirmed decision engages or
 * refuses it in the same transaction. Other modules ask {@link #engaged} whether an organisation is engaged on a
 * date.
 */
@Service
public class Interlocutors {

  static final String PREFIX = "engagement:";
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

  private final JdbcClient jdbc;
  private final Guard guard;
  private final Directory directory;
  private final CouncilRegister council;
  private final AuditTrail audit;
  private final Clock clock;

  Interlocutors(JdbcClient jdbc, Guard guard, Directory directory, CouncilRegister council, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.directory = directory;
    this.council = council;
    this.audit = audit;
    this.clock = clock;
  }

  public record Proposal(@Nullable String organisation, @Nullable BilingualText name, @Nullable String scope, @Nullable List<String> priorityAreas,
      @Nullable List<String> activities, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {}

  @Transactional(readOnly = true)
  public List<Interlocutor> list() {
    guard.caller();
    return jdbc.sql("select * from engagement_interlocutor order by organisation, valid_from").query(Interlocutors::row).list();
  }

  @Transactional(readOnly = true)
  public Interlocutor interlocutor(UUID id) {
    guard.caller();
    return find(id).orElseThrow(() -> new NotFound("interlocutor", id.toString()));
  }

  /**
   * The engagement of an organisation in force on a date, if any; for checks made on behalf of the system (menu
   * eligibility), so read whatever the caller may see of the register.
   */
  @Transactional(readOnly = true)
  public Optional<Interlocutor> engaged(String organisation, LocalDate on) {
    return jdbc.sql("select * from engagement_interlocutor where organisation = :org and status = 'ENGAGED' and valid_from <= :on and valid_to > :on")
        .param("org", organisation.strip().toUpperCase(Locale.ROOT)).param("on", on).query(Interlocutors::row).optional();
  }

  @Transactional
  public Interlocutor propose(Proposal input) {
    var caller = guard.require(Permission.MANAGE_ENGAGEMENT_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var today = LocalDate.now(clock);
    var from = input.validFrom() == null ? today : input.validFrom();
    var to = input.validTo() == null ? from.plusYears(2) : input.validTo();
    var code = input.organisation() == null ? "" : input.organisation().strip().toUpperCase(Locale.ROOT);
    // an interlocutor has no formal partnership: neither an Ally nor a partner, nor one of the Alliance's own bodies
    var known = directory.organisation(code, from);
    if (!CODE.matcher(code).matches() || known.map(o -> o.kind() != OrganisationKind.INTERNATIONAL_ORGANISATION).orElse(false)) {
      violations.add(new Violation("organisation", "engagement.interlocutor.not-eligible", List.of(code)));
    }
    var name = known.map(o -> o.name()).orElse(input.name() == null ? new BilingualText(null, null) : input.name());
    if (name.en() == null || name.fr() == null) violations.add(new Violation("name", "engagement.interlocutor.name", List.of()));
    var scope = InvalidInput.code(Interlocutor.Scope.class, input.scope(), "scope", violations);
    var areas = upper(input.priorityAreas());
    var areaCodes = directory.priorityAreas().stream().map(PolicyTerm::code).toList();
    areas.stream().filter(a -> !areaCodes.contains(a)).forEach(a -> violations.add(new Violation("priorityAreas", "catalogue.area.unknown", List.of(a))));
    var activities = upper(input.activities());
    if (scope == Interlocutor.Scope.PRIORITY_AREAS && areas.isEmpty()) violations.add(new Violation("priorityAreas", "problem.required", List.of()));
    if (scope == Interlocutor.Scope.ACTIVITIES && activities.isEmpty()) violations.add(new Violation("activities", "problem.required", List.of()));
    if (!to.isAfter(from)) violations.add(new Violation("validTo", "engagement.date.order", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var id = jdbc.sql("""
            insert into engagement_interlocutor (organisation, name_en, name_fr, scope, priority_areas, activities, valid_from, valid_to, proposed_by)
            values (:org, :en, :fr, :scope, :areas, :activities, :from, :to, :by) returning id
            """).param("org", code).param("en", name.en()).param("fr", name.fr()).param("scope", scope.name()).param("areas", areas.toArray(String[]::new))
        .param("activities", activities.toArray(String[]::new)).param("from", from).param("to", to).param("by", caller.username())
        .query(UUID.class).single();
    council.request(new Subject(Decision.SubjectType.OTHER, PREFIX + id, List.of(),
        new BilingualText("Engagement with " + name.en(), "Engagement avec " + name.fr())));
    audit.record(Change.of("INTERLOCUTOR_PROPOSED", "interlocutor", id.toString(),
        Map.of("organisation", code, "scope", scope.name(), "from", from.toString(), "to", to.toString())));
    return interlocutor(id);
  }

  /** The Council decided on an engagement: it moves in the same transaction as the confirmation. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.OTHER || decision.subjectId() == null || !decision.subjectId().startsWith(PREFIX)) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId().substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return;
    }
    var current = find(id).orElse(null);
    if (current == null) return;
    if (decision.outcome() != Decision.Outcome.APPROVED && decision.outcome() != Decision.Outcome.REJECTED) return;
    if (current.status() != Interlocutor.Status.PROPOSED) throw new Conflict("engagement.interlocutor.decided", current.status().name());
    var to = decision.outcome() == Decision.Outcome.APPROVED ? Interlocutor.Status.ENGAGED : Interlocutor.Status.REFUSED;
    jdbc.sql("update engagement_interlocutor set status = :status, decision = :decision where id = :id")
        .param("status", to.name()).param("decision", decision.reference()).param("id", id).update();
    audit.record(Change.of("INTERLOCUTOR_" + to.name(), "interlocutor", id.toString(), Map.of("decision", decision.reference())));
  }

  private Optional<Interlocutor> find(UUID id) {
    return jdbc.sql("select * from engagement_interlocutor where id = :id").param("id", id).query(Interlocutors::row).optional();
  }

  private static Interlocutor row(ResultSet rs, int n) throws SQLException {
    return new Interlocutor(rs.getObject("id", UUID.class), rs.getString("organisation"),
        new BilingualText(rs.getString("name_en"), rs.getString("name_fr")), Interlocutor.Scope.valueOf(rs.getString("scope")),
        Arrays.asList((String[]) rs.getArray("priority_areas").getArray()), Arrays.asList((String[]) rs.getArray("activities").getArray()),
        Interlocutor.Status.valueOf(rs.getString("status")), rs.getString("decision"), rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class), rs.getString("proposed_by"));
  }

  private static List<String> upper(@Nullable List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toUpperCase(Locale.ROOT)).distinct().toList();
  }
}
