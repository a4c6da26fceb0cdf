package org.entente.trustfunds;

import static org.entente.web.Texts.upper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.trustfunds.TrustFundStatus.Actor;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A fund's parties: lead nations invited by staff and accepting, the executing agent named, donors' transparency set by a lead nation. */
@Service
public class TrustFundParties {

  private final TrustFunds funds;
  private final TrustFundStore store;
  private final Guard guard;
  private final Directory directory;
  private final TrustFundNotices notices;
  private final AuditTrail audit;
  private final Clock clock;

  TrustFundParties(TrustFunds funds, TrustFundStore store, Guard guard, Directory directory, TrustFundNotices notices, AuditTrail audit,
      Clock clock) {
    this.funds = funds;
    this.store = store;
    this.guard = guard;
    this.directory = directory;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /** Staff ask a nation to lead the fund; it sees the fund from then on and may accept. */
  @Transactional
  public TrustFund inviteLead(UUID id, @Nullable String nation) {
    guard.require(Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = funds.lock(id);
    if (!current.status().open() || current.status().launched()) throw new Conflict("trustfunds.lead.too-late", current.status().name());
    var code = upper(nation);
    if (directory.organisation(code, LocalDate.now(clock)).map(o -> !o.isNation()).orElse(true)) {
      throw InvalidInput.of("nation", "trustfunds.nation.unknown", code);
    }
    if (code.equals(current.host())) throw InvalidInput.of("nation", "trustfunds.lead.host", code);
    if (current.leads().contains(code)) throw new Conflict("trustfunds.lead.already", code);
    store.addParty(id, code, "INVITED_LEAD");
    audit.record(Change.of("TRUST_FUND_LEAD_INVITED", "trust-fund", id.toString(), Map.of("nation", code)));
    var invited = funds.fund(id);
    notices.notify(invited, "trustfunds.notice.invited", Set.of(code + ":NATIONAL_COORDINATOR"));
    return invited;
  }

  /** An invited nation accepts to lead; in scoping, the fund has found its lead nation. */
  @Transactional
  public TrustFund acceptLead(UUID id, @Nullable String nation) {
    var caller = guard.require(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    var current = funds.lock(id);
    var mine = funds.invitationsFor(current);
    var code = nation == null || nation.isBlank() ? mine.stream().findFirst().orElse("") : upper(nation);
    if (!mine.contains(code) || !caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION).contains(code)) {
      throw new Conflict("trustfunds.lead.not-invited", code);
    }
    if (!current.status().open() || current.status().launched()) throw new Conflict("trustfunds.lead.too-late", current.status().name());
    store.addParty(id, code, "LEAD"); // first: the invitation is what lets the nation see the fund until then
    store.removeParty(id, code, "INVITED_LEAD");
    audit.record(Change.of("TRUST_FUND_LEAD_ACCEPTED", "trust-fund", id.toString(), Map.of("nation", code)));
    if (current.status() == TrustFundStatus.SCOPING) {
      store.move(id, TrustFundStatus.LEAD_NATION_FOUND);
      audit.record(Change.of("TRUST_FUND_LEAD_NATION_FOUND", "trust-fund", id.toString(), Map.of("from", current.status().name())));
    }
    var accepted = funds.fund(id);
    notices.notify(accepted, "trustfunds.notice.moved", Set.of());
    return accepted;
  }

  /** The lead nation (or staff) names the executing agent: an Alliance agency or an international organisation. */
  @Transactional
  public TrustFund executingAgent(UUID id, @Nullable String agent) {
    guard.requireAny(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION, Permission.MANAGE_TRUST_FUNDS_GLOBALLY);
    var current = funds.lock(id);
    var actors = funds.actors(current);
    if (!actors.contains(Actor.LEAD) && !actors.contains(Actor.STAFF)) throw new Conflict("trustfunds.lead-only");
    if (current.status().launched() || !current.status().open() || current.status() == TrustFundStatus.PRESENTED) {
      throw new Conflict("trustfunds.agent.too-late", current.status().name());
    }
    var code = upper(agent);
    var kind = directory.organisation(code, LocalDate.now(clock)).map(o -> o.kind()).orElse(null);
    if (kind != OrganisationKind.ALLIANCE_BODY && kind != OrganisationKind.INTERNATIONAL_ORGANISATION) {
      throw InvalidInput.of("agent", "trustfunds.agent.unknown", code);
    }
    store.setExecutingAgent(id, code);
    store.clearAgreements(id);
    audit.record(Change.of("TRUST_FUND_EXECUTING_AGENT", "trust-fund", id.toString(), Map.of("agent", code)));
    return funds.fund(id);
  }

  /** A lead nation says whether donors read each other's contributions. */
  @Transactional
  public TrustFund transparency(UUID id, boolean transparent) {
    guard.require(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    var current = funds.lock(id);
    if (!funds.actors(current).contains(Actor.LEAD)) throw new Conflict("trustfunds.lead-only");
    store.setTransparent(id, transparent);
    audit.record(Change.of("TRUST_FUND_TRANSPARENCY", "trust-fund", id.toString(), Map.of("transparent", transparent)));
    return funds.fund(id);
  }
}
