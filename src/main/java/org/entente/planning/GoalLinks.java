package org.entente.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.capabilities.Capabilities;
import org.entente.capabilities.UnitGoals;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.database.SystemWork;
import org.entente.languages.BilingualText;
import org.entente.programmes.Programmes;
import org.entente.registration.Attendance;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links of partnership goals: the menu activities that serve a goal (optionally with the programme of the partner
 * that plans the activity) and the declared units it concerns. Made and removed by the partner's coordinators and
 * staff; read as the cycle is read (Java here, row-level security again). A goal's page shows each activity with
 * the number of the partner's people who attended it in the cycle's years (registration's figures: numbers only).
 */
@Service
public class GoalLinks implements UnitGoals {

  private final JdbcClient jdbc;
  private final Guard guard;
  private final Planning planning;
  private final Catalogue catalogue;
  private final Programmes programmes;
  private final Capabilities capabilities;
  private final Attendance attendance;
  private final AuditTrail audit;
  private final TransactionTemplate separately;

  GoalLinks(JdbcClient jdbc, Guard guard, Planning planning, Catalogue catalogue, Programmes programmes, Capabilities capabilities,
      Attendance attendance, AuditTrail audit, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.planning = planning;
    this.catalogue = catalogue;
    this.programmes = programmes;
    this.capabilities = capabilities;
    this.attendance = attendance;
    this.audit = audit;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.separately.setReadOnly(true);
  }

  public record NewLink(@Nullable String activity, @Nullable UUID programme, @Nullable UUID unit) {}

  /** A linked activity as a goal's page shows it: its title, the programme that plans it, the partner's attendance. */
  public record LinkedActivity(UUID id, String activity, BilingualText title, @Nullable UUID programme, @Nullable BilingualText programmeTitle,
      int attended) {}

  /** A linked unit with its name. */
  public record LinkedUnit(UUID id, UUID unit, BilingualText name, String status) {}

  /** A goal with what serves it. */
  public record GoalPage(Cycle cycle, Goal goal, List<LinkedActivity> activities, List<LinkedUnit> units, boolean mayLink) {}

  @Transactional(readOnly = true)
  public GoalPage goal(UUID cycleId, String code) {
    var cycle = planning.cycle(cycleId);
    var goal = goalOf(cycle, code);
    var links = links(cycleId, goal.code());
    var attended = attended(cycle);
    // the programmes and units the reader may see (asked as lists: a hidden one is simply not there)
    var visibleProgrammes = new HashMap<UUID, BilingualText>();
    if (links.stream().anyMatch(l -> l.programme() != null)) {
      programmes.list(cycle.partner(), null).forEach(p -> visibleProgrammes.put(p.id(), programmes.title(p)));
    }
    var visibleUnits = new HashMap<UUID, org.entente.capabilities.Unit>();
    if (links.stream().anyMatch(l -> l.unit() != null)) {
      capabilities.units(cycle.partner(), null, new org.entente.web.Paging(0, org.entente.web.Paging.MAX_SIZE)).items()
          .forEach(u -> visibleUnits.put(u.id(), u));
    }
    var activities = new ArrayList<LinkedActivity>();
    var units = new ArrayList<LinkedUnit>();
    for (var l : links) {
      if (l.kind() == GoalLink.Kind.ACTIVITY && l.activity() != null) {
        var programmeTitle = l.programme() == null ? null : visibleProgrammes.get(l.programme());
        activities.add(new LinkedActivity(l.id(), l.activity(), title(l.activity()), programmeTitle == null ? null : l.programme(), programmeTitle,
            attended.getOrDefault(l.activity(), 0)));
      } else if (l.unit() != null && visibleUnits.containsKey(l.unit())) {
        var unit = visibleUnits.get(l.unit());
        units.add(new LinkedUnit(l.id(), unit.id(), unit.name(), unit.status().name()));
      }
    }
    return new GoalPage(cycle, goal, activities, units, !planning.actors(cycle).isEmpty());
  }

  @Transactional(readOnly = true)
  public List<GoalLink> links(UUID cycleId, String code) {
    var cycle = planning.cycle(cycleId);
    var goal = goalOf(cycle, code);
    return jdbc.sql("select * from planning_goal_link where cycle = :c and goal = :g order by kind, created_at, id").param("c", cycleId)
        .param("g", goal.code()).query(GoalLinks::link).list();
  }

  /** Links an activity (optionally with the partner's programme that plans it) or a declared unit of the partner to a goal. */
  @Transactional
  public GoalLink link(UUID cycleId, String code, NewLink input) {
    var caller = guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var cycle = planning.cycle(cycleId);
    var goal = goalOf(cycle, code);
    if (planning.actors(cycle).isEmpty()) throw new Conflict("planning.link.not-yours");
    var violations = new ArrayList<Violation>();
    var activity = input.activity() == null || input.activity().isBlank() ? null : input.activity().strip().toUpperCase(Locale.ROOT);
    if ((activity == null) == (input.unit() == null)) {
      violations.add(new Violation(activity == null ? "activity" : "unit", "planning.link.one", List.of()));
      throw new InvalidInput(violations);
    }
    if (activity != null) {
      try {
        if (catalogue.activity(activity).status() != ActivityStatus.PUBLISHED) {
          violations.add(new Violation("activity", "planning.link.activity.unpublished", List.of(activity)));
        }
      } catch (NotFound absent) {
        violations.add(new Violation("activity", "planning.link.activity.unknown", List.of(activity)));
      }
      if (input.programme() != null) {
        try {
          var programme = programmes.programme(input.programme());
          if (!programme.partner().equals(cycle.partner())) {
            violations.add(new Violation("programme", "planning.link.programme.other", List.of()));
          } else if (programme.content().activities().stream().noneMatch(a -> a.code().equals(activity))) {
            violations.add(new Violation("programme", "planning.link.programme.line", List.of(activity)));
          }
        } catch (NotFound absent) {
          violations.add(new Violation("programme", "planning.link.programme.other", List.of()));
        }
      }
    } else {
      try {
        var unit = capabilities.unit(input.unit());
        if (!unit.partner().equals(cycle.partner())) violations.add(new Violation("unit", "planning.link.unit.other", List.of()));
      } catch (NotFound absent) {
        violations.add(new Violation("unit", "planning.link.unit.other", List.of()));
      }
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var kind = activity != null ? GoalLink.Kind.ACTIVITY : GoalLink.Kind.UNIT;
    var exists = jdbc.sql("""
            select count(*) from planning_goal_link where cycle = :c and goal = :g and kind = :k
              and coalesce(activity, '') = coalesce(cast(:a as text), '') and coalesce(unit::text, '') = coalesce(cast(:u as text), '')""")
        .param("c", cycleId).param("g", goal.code()).param("k", kind.name()).param("a", activity)
        .param("u", input.unit() == null ? null : input.unit().toString()).query(Long.class).single();
    if (exists > 0) throw new Conflict("planning.link.exists", goal.code());
    var id = UUID.randomUUID();
    jdbc.sql("""
            insert into planning_goal_link (id, cycle, goal, kind, activity, programme, unit, created_by)
            values (:id, :c, :g, :k, :a, :p, :u, :by)""")
        .param("id", id).param("c", cycleId).param("g", goal.code()).param("k", kind.name()).param("a", activity)
        .param("p", activity == null ? null : input.programme()).param("u", input.unit()).param("by", caller.username()).update();
    var summary = new HashMap<String, Object>();
    summary.put("goal", goal.code());
    summary.put(kind == GoalLink.Kind.ACTIVITY ? "activity" : "unit", kind == GoalLink.Kind.ACTIVITY ? activity : String.valueOf(input.unit()));
    audit.record(Change.of("PLANNING_GOAL_LINKED", "cycle", cycleId.toString(), summary));
    return jdbc.sql("select * from planning_goal_link where id = :id").param("id", id).query(GoalLinks::link).single();
  }

  @Transactional
  public void unlink(UUID cycleId, String code, UUID linkId) {
    guard.requireAny(Permission.PLAN_WITH_NATO_FOR_OWN_ORGANISATION, Permission.MANAGE_PLANNING_GLOBALLY);
    var cycle = planning.cycle(cycleId);
    var goal = goalOf(cycle, code);
    if (planning.actors(cycle).isEmpty()) throw new Conflict("planning.link.not-yours");
    var removed = jdbc.sql("delete from planning_goal_link where id = :id and cycle = :c and goal = :g").param("id", linkId).param("c", cycleId)
        .param("g", goal.code()).update();
    if (removed == 0) throw new NotFound("goal-link", linkId.toString());
    audit.record(Change.of("PLANNING_GOAL_UNLINKED", "cycle", cycleId.toString(), Map.of("goal", goal.code(), "link", linkId.toString())));
  }

  /** The goals that name this unit, in the cycles the caller reads (newest first). */
  @Override
  @Transactional(readOnly = true)
  public List<LinkedGoal> goalsOf(UUID unit) {
    guard.caller();
    var found = new ArrayList<LinkedGoal>();
    // the links of cycles the caller reads (row-level security on both tables, the partner's rule again in Java)
    var links = jdbc.sql("""
            select l.*, c.partner from planning_goal_link l join planning_cycle c on c.id = l.cycle
            where l.unit = :u order by l.created_at""").param("u", unit)
        .query((rs, n) -> java.util.Map.entry(rs.getString("partner"), link(rs, n))).list();
    for (var entry : links) {
      if (!planning.sees(entry.getKey())) continue;
      var l = entry.getValue();
      var cycle = planning.cycle(l.cycle());
      cycle.goals().stream().filter(g -> g.code().equals(l.goal())).findFirst().ifPresent(g -> found.add(
          new LinkedGoal(cycle.id(), cycle.period(), g.code(), g.title(), "/planning/cycles/" + cycle.id() + "/goals/" + g.code())));
    }
    found.sort(java.util.Comparator.comparing(LinkedGoal::period).reversed().thenComparing(LinkedGoal::code));
    return found;
  }

  private static Goal goalOf(Cycle cycle, String code) {
    var wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return cycle.goals().stream().filter(g -> g.code().equals(wanted)).findFirst().orElseThrow(() -> new NotFound("goal", wanted));
  }

  /** The activity's title, read in a transaction of its own: one gone from the menu since is named by its code. */
  private BilingualText title(String code) {
    try {
      var title = separately.execute(s -> catalogue.activity(code).title());
      return title == null ? BilingualText.of(code, code) : title;
    } catch (NotFound gone) {
      return BilingualText.of(code, code);
    }
  }

  /**
   * The partner's attended participations per activity over the cycle's two years and the two after (training that
   * serves a goal may come later), counted as the system in a transaction of its own: whoever reads the goal reads
   * these numbers, not the nominations behind them.
   */
  private Map<String, Integer> attended(Cycle cycle) {
    var counts = new HashMap<String, Integer>();
    SystemWork.run("goal attendance", () -> separately.executeWithoutResult(s ->
        attendance.attended(cycle.partner(), cycle.year(), cycle.year() + 3).forEach(a -> counts.merge(a.activity(), a.count(), Integer::sum))));
    return counts;
  }

  private static GoalLink link(ResultSet rs, int row) throws SQLException {
    return new GoalLink(rs.getObject("id", UUID.class), rs.getObject("cycle", UUID.class), rs.getString("goal"),
        GoalLink.Kind.valueOf(rs.getString("kind")), rs.getString("activity"), rs.getObject("programme", UUID.class), rs.getObject("unit", UUID.class),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
  }
}
