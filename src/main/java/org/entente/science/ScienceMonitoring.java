package org.entente.science;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.AccessDenied;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.languages.Language;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel member who monitors an awarded project. Staff appoint one appointed panel member — never one of either
 * co-director's nation nor one who declared a conflict on the application (409) — who then reads the project, its
 * progress reports, instalments and spending (row-level security: {@code science_sees}) and records one monitoring
 * note per progress report. The monitoring is read by staff, the Council's secretariat and the monitor; for anyone
 * else who reads the application it answers 404 like an absent one. Said again by row-level security
 * (migration {@code science/V103}).
 */
@Service
public class ScienceMonitoring {

  private final Science science;
  private final ScienceStore store;
  private final ScienceMonitoringStore monitoring;
  private final Guard guard;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  ScienceMonitoring(Science science, ScienceStore store, ScienceMonitoringStore monitoring, Guard guard, Notifications notifications,
      ApplicationEventPublisher events, AuditTrail audit) {
    this.science = science;
    this.store = store;
    this.monitoring = monitoring;
    this.guard = guard;
    this.notifications = notifications;
    this.events = events;
    this.audit = audit;
  }

  /** The monitoring of a project: for staff, the secretariat and its monitor (404 for anyone else). */
  @Transactional(readOnly = true)
  public Monitoring monitoring(UUID application) {
    var caller = guard.caller();
    var app = science.application(application);
    var monitor = monitoring.monitor(app.id()).orElse(null);
    var reads = caller.has(Permission.READ_SCIENCE_GLOBALLY) || caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)
        || (monitor != null && monitor.account().equals(caller.userId()));
    if (!reads) throw new NotFound("science-monitoring", application.toString());
    return new Monitoring(app.id(), app.code(), monitor, monitoring.notes(app.id()));
  }

  /** Whether the caller monitors this project. */
  @Transactional(readOnly = true)
  public boolean monitors(UUID application) {
    var caller = guard.caller();
    return monitoring.monitor(application).map(m -> m.account().equals(caller.userId())).orElse(false);
  }

  /** The panel members staff may appoint to monitor the project: appointed, of neither co-director's nation, not conflicted. */
  @Transactional(readOnly = true)
  public List<PanelMember> candidates(Application app) {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var current = monitoring.monitor(app.id()).map(Monitoring.Monitor::account).orElse(null);
    return store.panel(new Paging(0, Paging.MAX_SIZE)).items().stream()
        .filter(m -> m.status() == PanelMember.Status.APPOINTED && !m.account().equals(current))
        .filter(m -> !m.nation().equals(app.allyDirector().nation()) && !m.nation().equals(app.partnerDirector().nation()))
        .filter(m -> store.assignment(app.id(), m.account()).map(r -> !r.conflict()).orElse(true))
        .toList();
  }

  /**
   * Staff appoint (or replace) the project's monitor. 400 unless an appointed panel member; 409 when of either
   * co-director's nation, when they declared a conflict on this application, when they monitor it already, or before
   * the award and after closing. The monitor is told through the outbox.
   */
  @Transactional
  public Monitoring appoint(UUID application, @Nullable UUID account) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var app = science.lock(application);
    if (account == null) throw InvalidInput.of("monitor", "problem.required");
    var member = store.member(account).filter(m -> m.status() == PanelMember.Status.APPOINTED)
        .orElseThrow(() -> InvalidInput.of("monitor", "science.reviewer.not-appointed", account.toString()));
    if (!app.status().awarded() || app.status() == ApplicationStatus.CLOSED) throw new Conflict("science.monitor.not-now", app.status().name());
    if (member.nation().equals(app.allyDirector().nation()) || member.nation().equals(app.partnerDirector().nation())) {
      throw new Conflict("science.conflict.nation", member.name(), member.nation());
    }
    if (store.assignment(app.id(), account).map(Review::conflict).orElse(false)) throw new Conflict("science.conflict.declared", member.name());
    var before = monitoring.monitor(app.id()).orElse(null);
    if (before != null && before.account().equals(account)) throw new Conflict("science.monitor.already", member.name());
    monitoring.appoint(app.id(), member, caller.username());
    var audited = new java.util.LinkedHashMap<String, Object>();
    audited.put("monitor", account.toString());
    audited.put("nation", member.nation());
    if (before != null) audited.put("replaces", before.account().toString());
    audit.record(Change.of("SCIENCE_MONITOR_APPOINTED", "science-application", app.id().toString(), audited));
    notifications.write(new Notice(Set.of(Notice.person(account)), null, "en", "science.notice.monitor.subject", "science.notice.monitor.body",
        List.of(app.code(), app.title().text(Language.EN)), "/science/applications/" + app.id() + "/monitoring", null));
    return monitoring(app.id());
  }

  /** The monitor records their note on one progress report, once (409 after); anyone else who reads the project 403. */
  @Transactional
  public Monitoring.Note note(UUID application, UUID report, @Nullable String body) {
    var caller = guard.caller();
    var app = science.lock(application);
    var monitor = monitoring.monitor(app.id()).orElse(null);
    if (monitor == null || !monitor.account().equals(caller.userId())) {
      events.publishEvent(new AccessDenied(caller.username(), caller.primaryOrganisation(), "NOTE_SCIENCE_MONITORING"));
      throw new AccessDeniedException("only the project's monitor writes monitoring notes");
    }
    var found = store.reportById(report).filter(r -> r.application().equals(app.id()))
        .orElseThrow(() -> new NotFound("science-report", report.toString()));
    var text = body == null || body.isBlank() ? null : body.strip();
    if (text == null) throw InvalidInput.of("body", "problem.required");
    Texts.require("body", text, 8_000);
    if (monitoring.noted(found.id())) throw new Conflict("science.note.already", app.code());
    var id = UUID.randomUUID();
    monitoring.note(id, found.id(), app.id(), text, caller.userId(), caller.username());
    audit.record(Change.of("SCIENCE_MONITORING_NOTE", "science-application", app.id().toString(),
        Map.of("report", found.id().toString(), "note", id.toString(), "length", text.length())));
    notifications.write(new Notice(Set.of("IS:STAFF"), null, "en", "science.notice.note.subject", "science.notice.note.body",
        List.of(app.code(), monitor.name()), "/science/applications/" + app.id() + "/monitoring", null));
    return monitoring.notes(app.id()).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  /** The projects the caller monitors, those with reports waiting for a note first. */
  @Transactional(readOnly = true)
  public Listing<Monitoring.Monitored> monitored(Paging paging) {
    var caller = guard.caller();
    return monitoring.monitored(caller.userId(), paging);
  }
}
