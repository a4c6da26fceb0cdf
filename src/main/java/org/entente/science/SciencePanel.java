package org.entente.science;

import static org.entente.web.Texts.upper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.identity.UserAccounts;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The independent panel of experts: nations nominate them, staff appoint them and keep their declared conflicts. */
@Service
public class SciencePanel {

  private final ScienceStore store;
  private final Guard guard;
  private final Directory directory;
  private final UserAccounts accounts;
  private final Notifications notifications;
  private final AuditTrail audit;
  private final Clock clock;

  SciencePanel(ScienceStore store, Guard guard, Directory directory, UserAccounts accounts, Notifications notifications, AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.accounts = accounts;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Listing<PanelMember> panel(Paging paging) {
    guard.caller();
    return store.panel(paging);
  }

  /** A nation's coordinator (or staff) nominates an expert to the panel; the expert does not represent the nation. */
  @Transactional
  public PanelMember nominate(@Nullable UUID account, @Nullable String nation) {
    var caller = guard.requireAny(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION, Permission.MANAGE_SCIENCE_GLOBALLY);
    var violations = new ArrayList<Violation>();
    var code = upper(nation);
    if (!caller.has(Permission.MANAGE_SCIENCE_GLOBALLY)
        && !caller.organisationsWith(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION).contains(code)) {
      violations.add(new Violation("nation", "science.nation.not-yours", List.of(code)));
    } else if (directory.organisation(code, LocalDate.now(clock)).map(o -> !o.isNation()).orElse(true)) {
      violations.add(new Violation("nation", "science.nation.unknown", List.of(code)));
    }
    String name = null;
    if (account == null) violations.add(new Violation("account", "problem.required", List.of()));
    else {
      try {
        name = accounts.find(account).displayName();
      } catch (NotFound e) {
        violations.add(new Violation("account", "science.account.unknown", List.of(account.toString())));
      }
    }
    if (!violations.isEmpty()) throw new InvalidInput(violations);
    try {
      store.nominate(account, name, code, caller.username());
    } catch (DuplicateKeyException e) {
      throw new Conflict("science.panel.already", name);
    }
    audit.record(Change.of("SCIENCE_REVIEWER_NOMINATED", "science-panel", account.toString(), Map.of("nation", code)));
    return store.member(account).orElseThrow();
  }

  /**
   * Nominates the expert by their account's username (as a page types it); the account must be one the caller may
   * see (staff: any; a coordinator: their organisation's). Otherwise as {@link #nominate(UUID, String)}.
   */
  @Transactional
  public PanelMember nominateByUsername(@Nullable String username, @Nullable String nation) {
    guard.requireAny(Permission.NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION, Permission.MANAGE_SCIENCE_GLOBALLY);
    var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) throw InvalidInput.of("account", "problem.required");
    Texts.require("account", name, 64);
    var account = accounts.visible(null).stream().filter(u -> u.username().equals(name)).findFirst()
        .orElseThrow(() -> InvalidInput.of("account", "science.account.unknown", name));
    return nominate(account.id(), nation);
  }

  /** A conflict of interest declared by a panel member (staff read them all; others none). */
  public record DeclaredConflict(UUID reviewer, String reviewerName, String reviewerNation, UUID application, String applicationCode,
      @Nullable String reason) {}

  /** The conflicts of interest declared by the panel's members, for staff keeping the panel. */
  @Transactional(readOnly = true)
  public List<DeclaredConflict> conflicts() {
    guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    return store.conflicts();
  }

  @Transactional
  public PanelMember appoint(UUID account) {
    var caller = guard.require(Permission.MANAGE_SCIENCE_GLOBALLY);
    var member = store.member(account).orElseThrow(() -> new NotFound("science-panel-member", account.toString()));
    if (member.status() == PanelMember.Status.APPOINTED) throw new Conflict("science.panel.appointed", member.name());
    store.appoint(account, caller.username());
    audit.record(Change.of("SCIENCE_REVIEWER_APPOINTED", "science-panel", account.toString(), Map.of("nation", member.nation())));
    notifications.write(new Notice(Set.of(Notice.person(account)), null, "en", "science.notice.appointed.subject",
        "science.notice.appointed.body", List.of(member.name()), "/science/reviews", null));
    return store.member(account).orElseThrow();
  }
}
