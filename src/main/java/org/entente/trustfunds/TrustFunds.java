package org.entente.trustfunds;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.trustfunds.TrustFundStatus.Actor;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fund as the caller reads it: its public summary, its file, ledger and balances, and who the caller is to it
 * (its lifecycle, parties and money are {@link TrustFundLifecycle}, {@link TrustFundParties} and {@link
 * TrustFundLedger}). The scope rule, said here and again by row-level security: a fund's file and ledger are for
 * its host, proposer, lead nations, donors, executing agent, Alliance staff and the Council's secretariat; a donor
 * reads the other donors' lines only where the fund is transparent (the default, set by a lead nation); everyone,
 * signed in or not, reads the public summary of a launched fund.
 */
@Service
public class TrustFunds {

  private final TrustFundStore store;
  private final Guard guard;

  TrustFunds(TrustFundStore store, Guard guard) {
    this.store = store;
    this.guard = guard;
  }

  // ---------------------------------------------------------------- reading

  /** The public summaries of every launched fund; anyone may read them, signed in or not. */
  @Transactional(readOnly = true)
  public List<PublicSummary> summaries() {
    return store.summaries();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<PublicSummary> summary(UUID id) {
    return store.summary(id);
  }

  /** The funds the caller sees in full. */
  @Transactional(readOnly = true)
  public Listing<TrustFund> list(@Nullable String host, @Nullable String status, Paging paging) {
    guard.caller();
    var h = host == null || host.isBlank() ? null : host.strip().toUpperCase(Locale.ROOT);
    var s = status == null || status.isBlank() ? null : InvalidInput.code(TrustFundStatus.class, status, "status").name();
    return paging.listing(store.list(h, s, paging.offset(), paging.size()), store.count(h, s));
  }

  /** The whole file, for those who may read it; absent and hidden alike answer 404. */
  @Transactional(readOnly = true)
  public TrustFund fund(UUID id) {
    if (Callers.current().isEmpty()) throw new NotFound("trust-fund", id.toString());
    return store.find(id).orElseThrow(() -> new NotFound("trust-fund", id.toString()));
  }

  /** Whether the caller reads the fund's file (not only its public summary). */
  @Transactional(readOnly = true)
  public boolean readsFile(UUID id) {
    return Callers.current().isPresent() && store.find(id).isPresent();
  }

  /** The ledger lines the caller may read: all of them, or a donor's own where the fund is not transparent. */
  @Transactional(readOnly = true)
  public List<LedgerLine> ledger(UUID id) {
    fund(id);
    return store.ledger(id);
  }

  /** The fund's balances: from its whole ledger for those who read it all, else from the public sums. */
  @Transactional(readOnly = true)
  public Balances balances(UUID id) {
    var fund = fund(id);
    if (readsWholeLedger(fund)) return Balances.of(store.ledger(id));
    var s = store.summary(id).orElse(null);
    if (s == null) return Balances.of(List.of());
    return new Balances(s.pledged(), s.committed(), s.received(), BigDecimal.ZERO, s.disbursed(), s.spent(), BigDecimal.ZERO);
  }

  /** From pledge to receipt, per donor, of the lines the caller reads. */
  @Transactional(readOnly = true)
  public List<Balances.DonorPosition> donors(UUID id) {
    return Balances.perDonor(ledger(id));
  }

  /** Who the caller is to this fund. */
  public Set<Actor> actors(TrustFund fund) {
    var actors = EnumSet.noneOf(Actor.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return actors;
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    if (nations.contains(fund.host())) actors.add(Actor.HOST);
    if (nations.contains(fund.proposer()) && !fund.proposer().equals(fund.host())) actors.add(Actor.PROPOSER);
    if (fund.leads().stream().anyMatch(nations::contains)) actors.add(Actor.LEAD);
    if (fund.executingAgent() != null
        && caller.organisationsWith(Permission.EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION).contains(fund.executingAgent())) {
      actors.add(Actor.EXECUTING_AGENT);
    }
    if (caller.has(Permission.MANAGE_TRUST_FUNDS_GLOBALLY)) actors.add(Actor.STAFF);
    return actors;
  }

  /** The moves this caller may make now (a proposal it has agreed already is not offered again). */
  public Set<TrustFundStatus> next(TrustFund fund) {
    var actors = actors(fund);
    var next = fund.status().next(actors);
    if (fund.status() == TrustFundStatus.FEASIBILITY && agreeing(fund, actors).isEmpty()) {
      next.remove(TrustFundStatus.PROPOSAL_AGREED);
    }
    return next;
  }

  /** The lead nations the caller may accept to be, of those staff invited. */
  public List<String> invitationsFor(TrustFund fund) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return List.of();
    var nations = caller.organisationsWith(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    return fund.invitedLeads().stream().filter(nations::contains).toList();
  }

  /** The kinds of ledger line the caller may record on this fund now. */
  public Set<TransactionKind> mayRecord(TrustFund fund) {
    var kinds = EnumSet.noneOf(TransactionKind.class);
    var caller = Callers.current().orElse(null);
    if (caller == null) return kinds;
    var actors = actors(fund);
    var s = fund.status();
    var moneyIn = s == TrustFundStatus.LAUNCHED || s == TrustFundStatus.AGREEMENTS_SIGNED || s == TrustFundStatus.IMPLEMENTING;
    if (moneyIn && caller.has(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION)) kinds.add(TransactionKind.PLEDGE);
    var keeper = actors.contains(Actor.LEAD) || actors.contains(Actor.STAFF);
    if ((moneyIn || s == TrustFundStatus.COMPLETED) && (keeper || actors.contains(Actor.EXECUTING_AGENT))) {
      kinds.add(TransactionKind.RECEIPT);
      kinds.add(TransactionKind.IN_KIND);
    }
    if ((moneyIn || s == TrustFundStatus.COMPLETED) && keeper) kinds.add(TransactionKind.COMMITMENT);
    var working = s == TrustFundStatus.AGREEMENTS_SIGNED || s == TrustFundStatus.IMPLEMENTING || s == TrustFundStatus.COMPLETED;
    if (working && (keeper || actors.contains(Actor.EXECUTING_AGENT))) kinds.add(TransactionKind.DISBURSEMENT);
    if ((s == TrustFundStatus.IMPLEMENTING || s == TrustFundStatus.COMPLETED) && (actors.contains(Actor.EXECUTING_AGENT) || actors.contains(Actor.STAFF))) {
      kinds.add(TransactionKind.EXPENDITURE);
    }
    if (working && actors.contains(Actor.STAFF)) kinds.add(TransactionKind.ADVANCE);
    return kinds;
  }

  /** Pledges that no commitment confirms yet, of one fund (or of all the caller leads). */
  @Transactional(readOnly = true)
  public List<LedgerLine> pledgesToConfirm(@Nullable UUID fund) {
    guard.caller();
    return store.unconfirmedPledges(fund);
  }

  // ---------------------------------------------------------------- helpers

  /** The fund, locked for a change (asked by {@link TrustFundLifecycle}, {@link TrustFundParties} and {@link TrustFundLedger}). */
  TrustFund lock(UUID id) {
    guard.caller();
    return store.lock(id).orElseThrow(() -> new NotFound("trust-fund", id.toString()));
  }

  private boolean readsWholeLedger(TrustFund fund) {
    var caller = Callers.current().orElse(null);
    if (caller == null) return false;
    if (caller.has(Permission.READ_TRUST_FUNDS_GLOBALLY)) return true;
    var actors = actors(fund);
    return fund.transparent() || actors.contains(Actor.HOST) || actors.contains(Actor.LEAD) || actors.contains(Actor.EXECUTING_AGENT);
  }

  /** Which of the three parties the caller speaks for and has not agreed yet. */
  static Set<Actor> agreeing(TrustFund fund, Set<Actor> actors) {
    var agreeing = EnumSet.noneOf(Actor.class);
    for (var a : List.of(Actor.HOST, Actor.LEAD, Actor.EXECUTING_AGENT)) {
      if (actors.contains(a) && !fund.agreedBy().contains(a.name())) agreeing.add(a);
    }
    return agreeing;
  }
}
