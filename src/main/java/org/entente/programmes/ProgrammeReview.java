package org.entente.programmes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A programme's text under review: its frozen versions, any two compared, and the comments threaded by section. */
@Service
public class ProgrammeReview {

  private static final Pattern SECTION = Pattern.compile("general|objectives|activities|goals|objective:[A-Z0-9]{1,8}|activity:[A-Z0-9-]{3,32}|goal:[A-Z0-9]{1,8}");

  private final ProgrammeStore store;
  private final Guard guard;
  private final AuditTrail audit;
  private final Programmes programmes;

  ProgrammeReview(ProgrammeStore store, Guard guard, AuditTrail audit, Programmes programmes) {
    this.store = store;
    this.guard = guard;
    this.audit = audit;
    this.programmes = programmes;
  }

  @Transactional(readOnly = true)
  public List<ProgrammeVersion> versions(UUID id) {
    requireInvolved(programmes.programme(id));
    return store.versions(id);
  }

  @Transactional(readOnly = true)
  public Listing<ProgrammeVersion> versions(UUID id, Paging paging) {
    requireInvolved(programmes.programme(id));
    return store.versions(id, paging);
  }

  @Transactional(readOnly = true)
  public ProgrammeVersion version(UUID id, int number) {
    requireInvolved(programmes.programme(id));
    return store.version(id, number).orElseThrow(() -> new NotFound("version", id + "/" + number));
  }

  @Transactional(readOnly = true)
  public Comparison compare(UUID id, int a, int b) {
    return Comparison.of(a, version(id, a).content(), b, version(id, b).content());
  }

  @Transactional(readOnly = true)
  public List<ProgrammeComment> comments(UUID id) {
    requireInvolved(programmes.programme(id));
    return store.comments(id);
  }

  @Transactional(readOnly = true)
  public Listing<ProgrammeComment> comments(UUID id, Paging paging) {
    requireInvolved(programmes.programme(id));
    return store.comments(id, paging);
  }

  /** A comment on a section, or a reply in its thread; by the partner or staff while the text is discussed. */
  @Transactional
  public ProgrammeComment comment(UUID id, @Nullable String section, @Nullable UUID replyTo, @Nullable String body) {
    var programme = programmes.programme(id);
    if (programmes.actor(programme) == null) {
      // a reader who is not a party (the secretariat, an Ally): refused, and said so to the audit trail
      guard.require(Permission.REVIEW_PROGRAMMES_GLOBALLY);
    }
    if (programme.status() == ProgrammeStatus.CLOSED) {
      throw new Conflict("programmes.closed");
    }
    var violations = new ArrayList<Violation>();
    var text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > 10_000) violations.add(new Violation("body", "problem.between", List.of(1, 10_000)));
    var where = section == null || section.isBlank() ? "general" : section.strip();
    if (replyTo != null) {
      var parent = store.findComment(id, replyTo);
      if (parent.isEmpty()) violations.add(new Violation("replyTo", "programmes.comment.unknown", List.of()));
      else where = parent.get().section();
    }
    if (!SECTION.matcher(where).matches()) violations.add(new Violation("section", "programmes.section", List.of()));
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    var caller = guard.caller();
    var commentId = store.comment(id, programme.version(), where, replyTo, caller.username(), text);
    audit.record(Change.of("PROGRAMME_COMMENTED", "programme", id.toString(), Map.of("section", where)));
    return store.findComment(id, commentId).orElseThrow();
  }

  /** Versions and comments are for those who work on the text, not for Allies reading the approved one. */
  private void requireInvolved(Programme programme) {
    var caller = guard.caller();
    if (programmes.actor(programme) == null && !caller.has(Permission.READ_PROGRAMMES_GLOBALLY)) {
      throw new NotFound("programme", programme.id().toString());
    }
  }
}
