package org.entente.planning;

import static org.entente.web.Texts.bilingual;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministerial guidance for PARP, a versioned document: one version per two years (EN/FR), drafted by staff who
 * manage planning, put in force only by a confirmed Council decision (subject PLANNING), which supersedes the version
 * before in the same commit. In force and superseded versions are read by every signed-in person; drafts and the
 * version at the Council by staff and the Council's secretariat (Java here, row-level security again). A PARP cycle
 * refers to the version in force on the day it was opened.
 */
@Service
public class MinisterialGuidance {

  private static final int MAX_TEXT = 40_000;

  private final JdbcClient jdbc;
  private final Guard guard;
  private final CouncilRegister council;
  private final AuditTrail audit;

  MinisterialGuidance(JdbcClient jdbc, Guard guard, CouncilRegister council, AuditTrail audit) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.council = council;
    this.audit = audit;
  }

  public record GuidanceInput(@Nullable Integer year, @Nullable BilingualText title, @Nullable BilingualText text) {}

  /** Whether the caller reads drafts (staff and the secretariat). */
  public boolean readsDrafts() {
    return guard.caller().has(Permission.READ_PLANNING_GLOBALLY);
  }

  @Transactional(readOnly = true)
  public Listing<GuidanceVersion> list(Paging paging) {
    var drafts = readsDrafts();
    var params = new HashMap<String, Object>();
    params.put("drafts", drafts);
    return paging.query(jdbc, """
        select * from planning_guidance where :drafts or status in ('IN_FORCE', 'SUPERSEDED') order by year desc, id""", params,
        MinisterialGuidance::version);
  }

  @Transactional(readOnly = true)
  public GuidanceVersion version(UUID id) {
    var drafts = readsDrafts();
    return find(id).filter(g -> drafts || g.status() == GuidanceStatus.IN_FORCE || g.status() == GuidanceStatus.SUPERSEDED)
        .orElseThrow(() -> new NotFound("guidance", id.toString()));
  }

  /** The version in force on a day (the one a cycle opened that day refers to), if any. */
  @Transactional(readOnly = true)
  public Optional<GuidanceVersion> inForceOn(LocalDate day) {
    guard.caller();
    return jdbc.sql("""
            select * from planning_guidance where status in ('IN_FORCE', 'SUPERSEDED') and in_force_from <= :d
              and (superseded_on is null or superseded_on > :d) order by in_force_from desc limit 1""")
        .param("d", day).query(MinisterialGuidance::version).optional();
  }

  @Transactional
  public GuidanceVersion draft(GuidanceInput input) {
    var caller = guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var year = input.year();
    if (year == null) violations.add(new Violation("year", "problem.required", List.of()));
    else if (year % 2 != 0 || year < 1994 || year > 2200) violations.add(new Violation("year", "planning.year.even", List.of(String.valueOf(year))));
    var title = bilingual("title", input.title(), 300, true, violations);
    var text = bilingual("text", input.text(), MAX_TEXT, true, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var taken = jdbc.sql("select count(*) from planning_guidance where year = :y").param("y", year).query(Long.class).single();
    if (taken > 0) throw new Conflict("planning.guidance.exists", String.valueOf(year));
    var id = UUID.randomUUID();
    jdbc.sql("""
            insert into planning_guidance (id, year, title_en, title_fr, text_en, text_fr, created_by)
            values (:id, :y, :te, :tf, :xe, :xf, :by)""")
        .param("id", id).param("y", year).param("te", title.en()).param("tf", title.fr()).param("xe", text.en()).param("xf", text.fr())
        .param("by", caller.username()).update();
    audit.record(Change.of("PLANNING_GUIDANCE_DRAFTED", "guidance", id.toString(), Map.of("year", year)));
    return version(id);
  }

  /** Staff revise a draft: its title and text in both languages. */
  @Transactional
  public GuidanceVersion revise(UUID id, GuidanceInput input) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    if (current.status() != GuidanceStatus.DRAFT) throw new Conflict("planning.guidance.not-draft", current.status().name());
    var violations = new ArrayList<Violation>();
    var title = bilingual("title", input.title(), 300, true, violations);
    var text = bilingual("text", input.text(), MAX_TEXT, true, violations);
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    jdbc.sql("""
            update planning_guidance set title_en = :te, title_fr = :tf, text_en = :xe, text_fr = :xf, updated_at = now() where id = :id""")
        .param("id", id).param("te", title.en()).param("tf", title.fr()).param("xe", text.en()).param("xf", text.fr()).update();
    audit.record(Change.of("PLANNING_GUIDANCE_REVISED", "guidance", id.toString(), Map.of("year", current.year())));
    return version(id);
  }

  /** Staff put a draft on the Council's agenda, or take it back; 409 for any other move. */
  @Transactional
  public GuidanceVersion transition(UUID id, @Nullable String to) {
    guard.require(Permission.MANAGE_PLANNING_GLOBALLY);
    var current = lock(id);
    var target = InvalidInput.code(GuidanceStatus.class, to, "to");
    if (!current.status().staffMoves().contains(target)) {
      throw new Conflict("planning.guidance.transition.illegal", current.status().name(), target.name());
    }
    move(id, target);
    if (target == GuidanceStatus.AT_COUNCIL) {
      council.request(new Subject(Decision.SubjectType.PLANNING, id.toString(), List.of(),
          BilingualText.of("Ministerial guidance for PARP " + current.period(), "Directive ministérielle pour le PARP " + current.period())));
    } else {
      council.takeBack(Decision.SubjectType.PLANNING, id.toString());
    }
    audit.record(Change.of("PLANNING_GUIDANCE_" + target.name(), "guidance", id.toString(), Map.of("from", current.status().name())));
    return version(id);
  }

  /** The Council decided on a version: in force (the one before superseded) in the same commit, or back to draft. */
  @EventListener
  void decided(DecisionTaken event) {
    var decision = event.decision();
    if (decision.subjectType() != Decision.SubjectType.PLANNING || decision.subjectId() == null) return;
    UUID id;
    try {
      id = UUID.fromString(decision.subjectId());
    } catch (IllegalArgumentException e) {
      return;
    }
    var current = jdbc.sql("select * from planning_guidance where id = :id for update").param("id", id).query(MinisterialGuidance::version)
        .optional().orElse(null);
    if (current == null) return; // a participation or a cycle: planning's own listener
    switch (decision.outcome()) {
      case APPROVED -> {
        if (current.status() != GuidanceStatus.AT_COUNCIL) {
          throw new Conflict("planning.guidance.transition.illegal", current.status().name(), GuidanceStatus.IN_FORCE.name());
        }
        var before = jdbc.sql("select id from planning_guidance where status = 'IN_FORCE' for update").query(UUID.class).optional();
        before.ifPresent(old -> {
          jdbc.sql("update planning_guidance set status = 'SUPERSEDED', superseded_on = :d, updated_at = now() where id = :id")
              .param("id", old).param("d", decision.decidedOn()).update();
          audit.record(Change.of("PLANNING_GUIDANCE_SUPERSEDED", "guidance", old.toString(), Map.of("by", id.toString())));
        });
        jdbc.sql("""
                update planning_guidance set status = 'IN_FORCE', decision = :ref, in_force_from = :d, updated_at = now() where id = :id""")
            .param("id", id).param("ref", decision.reference()).param("d", decision.decidedOn()).update();
        audit.record(Change.of("PLANNING_GUIDANCE_IN_FORCE", "guidance", id.toString(), Map.of("decision", decision.reference())));
      }
      case REJECTED -> {
        if (current.status() != GuidanceStatus.AT_COUNCIL) {
          throw new Conflict("planning.guidance.transition.illegal", current.status().name(), GuidanceStatus.DRAFT.name());
        }
        move(id, GuidanceStatus.DRAFT);
        audit.record(Change.of("PLANNING_GUIDANCE_DRAFT", "guidance", id.toString(), Map.of("decision", decision.reference(), "outcome", "REJECTED")));
      }
      case NOTED, DEFERRED -> audit.record(Change.of("PLANNING_GUIDANCE_DECISION_NOTED", "guidance", id.toString(),
          Map.of("decision", decision.reference(), "outcome", decision.outcome().name())));
    }
  }

  private Optional<GuidanceVersion> find(UUID id) {
    guard.caller();
    return jdbc.sql("select * from planning_guidance where id = :id").param("id", id).query(MinisterialGuidance::version).optional();
  }

  private GuidanceVersion lock(UUID id) {
    guard.caller();
    return jdbc.sql("select * from planning_guidance where id = :id for update").param("id", id).query(MinisterialGuidance::version).optional()
        .orElseThrow(() -> new NotFound("guidance", id.toString()));
  }

  private void move(UUID id, GuidanceStatus to) {
    jdbc.sql("update planning_guidance set status = :s, updated_at = now() where id = :id").param("id", id).param("s", to.name()).update();
  }

  private static GuidanceVersion version(ResultSet rs, int row) throws SQLException {
    return new GuidanceVersion(rs.getObject("id", UUID.class), rs.getInt("year"), GuidanceStatus.valueOf(rs.getString("status")),
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")), new BilingualText(rs.getString("text_en"), rs.getString("text_fr")),
        rs.getString("decision"), rs.getObject("in_force_from", LocalDate.class), rs.getObject("superseded_on", LocalDate.class),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
