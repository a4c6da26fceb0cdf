package org.entente.science;

import static org.entente.web.Texts.typed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.access.AccessDenied;
import org.entente.access.Caller;
import org.entente.access.Guard;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.science.ApplicationStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's team: the people who work on the project besides the two co-directors (name, role, organisation,
 * nation). A co-director keeps it while the application is being completed (submitted, not yet screened: 409
 * afterwards; anyone else who reads the application 403); whoever reads the application reads it. The same rule is
 * said by row-level security (migration {@code science/V102}).
 */
@Service
public class ScienceTeams {

  static final int MAX_MEMBERS = 50;

  private final Science science;
  private final ScienceTeamStore store;
  private final Guard guard;
  private final Directory directory;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;

  ScienceTeams(Science science, ScienceTeamStore store, Guard guard, Directory directory, ApplicationEventPublisher events, AuditTrail audit,
      Clock clock) {
    this.science = science;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** A team member as typed. */
  public record NewMember(@Nullable String name, @Nullable String role, @Nullable String organisation, @Nullable String nation) {}

  /** The team of an application the caller reads (404 otherwise), in the order added. */
  @Transactional(readOnly = true)
  public List<TeamMember> team(UUID application) {
    return store.team(science.application(application).id());
  }

  /** Whether the caller may keep the team and attachments now: a co-director, while the application is being completed. */
  @Transactional(readOnly = true)
  public boolean mayKeep(Application a) {
    return a.status() == ApplicationStatus.SUBMITTED && science.actors(a).contains(Actor.CO_DIRECTOR);
  }

  @Transactional
  public TeamMember add(UUID application, NewMember input) {
    var app = keep(application);
    var violations = new ArrayList<Violation>();
    var name = typed("name", input.name(), 200, true, violations);
    var role = typed("role", input.role(), 200, true, violations);
    var organisation = typed("organisation", input.organisation(), 300, true, violations);
    var nation = input.nation() == null ? "" : input.nation().strip().toUpperCase(java.util.Locale.ROOT);
    if (nation.isEmpty()) violations.add(new Violation("nation", "problem.required", List.of()));
    else if (nation.length() > 10 || directory.organisation(nation, LocalDate.now(clock)).map(o -> !o.isNation()).orElse(true)) {
      violations.add(new Violation("nation", "science.nation.unknown", List.of(nation.length() > 10 ? nation.substring(0, 10) : nation)));
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    if (store.team(app.id()).size() >= MAX_MEMBERS) throw new Conflict("science.team.full", MAX_MEMBERS);
    var id = UUID.randomUUID();
    var caller = guard.caller();
    store.add(id, app.id(), name, role, organisation, nation, caller.username());
    audit.record(Change.of("SCIENCE_TEAM_MEMBER_ADDED", "science-application", app.id().toString(),
        Map.of("member", id.toString(), "nation", nation, "role", role)));
    return store.member(app.id(), id).orElseThrow();
  }

  @Transactional
  public void remove(UUID application, UUID member) {
    var app = keep(application);
    var found = store.member(app.id(), member).orElseThrow(() -> new NotFound("science-team-member", member.toString()));
    store.remove(found.id());
    audit.record(Change.of("SCIENCE_TEAM_MEMBER_REMOVED", "science-application", app.id().toString(),
        Map.of("member", found.id().toString(), "nation", found.nation())));
  }

  /**
   * The application locked for a change of its team or attachments: 404 for whoever may not read it, 403 for a reader
   * who is not a co-director, 409 once staff have screened it.
   */
  Application keep(UUID application) {
    var app = science.lock(application);
    if (!science.actors(app).contains(Actor.CO_DIRECTOR)) {
      Caller caller = guard.caller();
      events.publishEvent(new AccessDenied(caller.username(), caller.primaryOrganisation(), "KEEP_SCIENCE_APPLICATION"));
      throw new AccessDeniedException("only a co-director keeps the application's team and attachments");
    }
    if (app.status() != ApplicationStatus.SUBMITTED) throw new Conflict("science.team.not-now", app.status().name());
    return app;
  }
}
