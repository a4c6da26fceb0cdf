package org.entente.trustfunds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.council.CouncilRegister;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.entente.programmes.Programmes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, three funds in different stages, made as the demo accounts through the service:
 * <ul>
 *   <li>Jordan IV, completed: ammunition demilitarisation capacity, led by Spain and Switzerland with Germany and
 *       Ireland contributing, executed by NSPA, signed 22 November 2017 for 24 months (the facts: NATO/NSPA
 *       press, http://publicdiplomacypressandblogreview.blogspot.com/2017/11/trust-fund-to-help-jordan-destroy-and.html;
 *       the amounts are illustrative, not published figures);</li>
 *   <li>Georgia, launched and raising funds: retraining of personnel released by defence reform, led by the
 *       Netherlands, serving the first objective of Georgia's active programme (illustrative);</li>
 *   <li>Qatar, in scoping: explosive ordnance disposal capacity, the Netherlands invited to lead (illustrative).</li>
 * </ul>
 * Between them every IATI transaction type (incoming pledge, incoming commitment, incoming funds, disbursement,
 * expenditure) and every organisation role (funding, accountable, extending, implementing).
 */
@Component
@Order(10) // after the demo programmes: Georgia's fund serves its active programme
class DemoTrustFunds implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoTrustFunds.class);

  private final TrustFundLifecycle lifecycle;
  private final TrustFundParties parties;
  private final TrustFundLedger ledger;
  private final CouncilRegister council;
  private final Programmes programmes;
  private final Clock clock;

  DemoTrustFunds(TrustFundLifecycle lifecycle, TrustFundParties parties, TrustFundLedger ledger, CouncilRegister council, Programmes programmes,
      Clock clock) {
    this.lifecycle = lifecycle;
    this.parties = parties;
    this.ledger = ledger;
    this.council = council;
    this.programmes = programmes;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "trustfunds_project";
  }

  private static Caller nation(String code) {
    return Callers.demo(code, Role.NATIONAL_COORDINATOR);
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staff = Callers.demo("IS", Role.STAFF);
    var nspa = Callers.demo("NSPA", Role.EXECUTING_AGENT);

    // Jordan IV, 2017–2019, completed
    var jordan = Callers.callAs(nation("JOR"), () -> lifecycle.propose(new TrustFundLifecycle.NewFund("JOR", "JOR", "Jordan", 4,
        BilingualText.of("Jordan IV: ammunition demilitarisation capacity", "Jordanie IV : capacité de démilitarisation des munitions"),
        BilingualText.of("Build the Jordanian Armed Forces’ own capacity to demilitarise surplus and unserviceable ammunition safely, with "
            + "training, equipment and the highest environmental, health and safety standards.",
            "Doter les forces armées jordaniennes de leur propre capacité à démilitariser en sécurité les munitions excédentaires et "
            + "inutilisables : formation, équipement, normes environnementales, sanitaires et de sécurité les plus strictes."),
        "MINES_MUNITIONS_SALW", "Jordan", LocalDate.of(2017, 11, 22), LocalDate.of(2019, 11, 21), "EUR", null, null))).id();
    lead(jordan, staff, "ESP", "CHE");
    prepare(jordan, staff, nspa, List.of("ESP"), "JOR", List.of(
        new TrustFundLedger.BudgetInput(BilingualText.of("Demilitarisation equipment", "Équipement de démilitarisation"), new BigDecimal("1150000.00")),
        new TrustFundLedger.BudgetInput(BilingualText.of("Training of technicians", "Formation des techniciens"), new BigDecimal("300000.00")),
        new TrustFundLedger.BudgetInput(BilingualText.of("Project management (NSPA)", "Gestion du projet (NSPA)"), new BigDecimal("95000.00"))));
    launch(jordan, "PO(2017)DEMO-TF-JOR4", LocalDate.of(2017, 11, 22), "JOR");
    Callers.callAs(nation("ESP"), () -> lifecycle.transition(jordan, "AGREEMENTS_SIGNED", null));
    Callers.callAs(nation("ESP"), () -> lifecycle.transition(jordan, "IMPLEMENTING", null));
    var deuPledge = line(nation("DEU"), jordan, "PLEDGE", "DEU", "600000.00", "EUR", null, null, LocalDate.of(2017, 11, 22), "Pledged at the signing");
    var irlPledge = line(nation("IRL"), jordan, "PLEDGE", "IRL", "150000.00", "EUR", null, null, LocalDate.of(2017, 11, 22), "Pledged at the signing");
    var espPledge = line(nation("ESP"), jordan, "PLEDGE", "ESP", "450000.00", "EUR", null, null, LocalDate.of(2017, 11, 22), "Lead nation’s own contribution");
    var chePledge = line(nation("CHE"), jordan, "PLEDGE", "CHE", "400000.00", "CHF", "0.8547", LocalDate.of(2017, 11, 21), LocalDate.of(2017, 11, 22), "Lead nation’s own contribution");
    for (var pledge : List.of(deuPledge, irlPledge, espPledge, chePledge)) {
      Callers.callAs(nation("ESP"), () -> ledger.record(jordan, new TrustFundLedger.NewTransaction("COMMITMENT", null, pledge.amount(), pledge.currency(),
          pledge.currency().equals("EUR") ? null : pledge.rate(), pledge.currency().equals("EUR") ? null : pledge.rateOn(), LocalDate.of(2018, 1, 15),
          "Contribution arrangement signed", pledge.id())));
    }
    line(nation("ESP"), jordan, "RECEIPT", "DEU", "600000.00", "EUR", null, null, LocalDate.of(2018, 2, 20), null);
    line(nation("ESP"), jordan, "RECEIPT", "ESP", "450000.00", "EUR", null, null, LocalDate.of(2018, 3, 1), null);
    line(nation("ESP"), jordan, "RECEIPT", "CHE", "400000.00", "CHF", "0.8612", LocalDate.of(2018, 3, 9), LocalDate.of(2018, 3, 12), null);
    line(nation("ESP"), jordan, "RECEIPT", "IRL", "150000.00", "EUR", null, null, LocalDate.of(2018, 4, 4), null);
    line(nation("ESP"), jordan, "IN_KIND", "DEU", "45000.00", "EUR", null, null, LocalDate.of(2018, 5, 15), "Protective equipment, valued");
    line(nation("ESP"), jordan, "DISBURSEMENT", null, "900000.00", "EUR", null, null, LocalDate.of(2018, 3, 30), "First instalment to NSPA");
    line(nspa, jordan, "EXPENDITURE", null, "612400.00", "EUR", null, null, LocalDate.of(2018, 9, 28), "Demilitarisation equipment delivered");
    line(nspa, jordan, "DISBURSEMENT", null, "634480.00", "EUR", null, null, LocalDate.of(2018, 10, 15), "Second instalment received");
    line(nspa, jordan, "EXPENDITURE", null, "297350.50", "EUR", null, null, LocalDate.of(2019, 3, 29), "Training of technicians");
    line(nspa, jordan, "EXPENDITURE", null, "588112.75", "EUR", null, null, LocalDate.of(2019, 11, 15), "Operations and project management");
    Callers.callAs(nspa, () -> lifecycle.transition(jordan, "COMPLETED", null));

    // Georgia: retraining, launched this year, raising funds
    var georgiaProgramme = Callers.callAs(nation("GEO"), () -> programmes.list("GEO", "ACTIVE").stream().findFirst().orElse(null));
    var georgia = Callers.callAs(nation("GEO"), () -> lifecycle.propose(new TrustFundLifecycle.NewFund("GEO", "GEO", "Georgia", 1,
        BilingualText.of("Georgia: retraining of personnel released by defence reform", "Géorgie : reconversion du personnel libéré par la réforme de la défense"),
        BilingualText.of("Vocational training, counselling and small-business grants for former servicemen and women.",
            "Formation professionnelle, conseil et aides à la création d’entreprise pour d’anciens militaires."),
        "DEFENCE_REFORM", "Tbilisi and Kutaisi", today.withDayOfMonth(1), today.withDayOfMonth(1).plusYears(2).minusDays(1), "EUR",
        georgiaProgramme == null ? null : georgiaProgramme.id(), georgiaProgramme == null ? null : "O1"))).id();
    lead(georgia, staff, "NLD");
    prepare(georgia, staff, nspa, List.of("NLD"), "GEO", List.of(
        new TrustFundLedger.BudgetInput(BilingualText.of("Vocational courses", "Cours professionnels"), new BigDecimal("420000.00")),
        new TrustFundLedger.BudgetInput(BilingualText.of("Small-business grants", "Aides à la création d’entreprise"), new BigDecimal("180000.00"))));
    launch(georgia, "PO(" + today.getYear() + ")DEMO-TF-GEO1", today, "GEO");
    line(nation("NLD"), georgia, "PLEDGE", "NLD", "250000.00", "EUR", null, null, today, "Lead nation’s contribution");
    line(nation("CHE"), georgia, "PLEDGE", "CHE", "100000.00", "CHF", "1.0650", today, today, null);
    line(nation("NLD"), georgia, "RECEIPT", "NLD", "125000.00", "EUR", null, null, today, "First half");

    // Qatar: an idea being scoped, the Netherlands invited to lead
    var qatar = Callers.callAs(nation("QAT"), () -> lifecycle.propose(new TrustFundLifecycle.NewFund("QAT", "QAT", null, null,
        BilingualText.of("Qatar: explosive ordnance disposal training capacity", "Qatar : capacité de formation à la neutralisation des explosifs"),
        BilingualText.of("A regional training capacity for explosive ordnance disposal teams.", "Une capacité régionale de formation des équipes de neutralisation des explosifs."),
        "CAPACITY_BUILDING", "Doha", today.plusMonths(6).withDayOfMonth(1), null, "EUR", null, null))).id();
    Callers.callAs(staff, () -> lifecycle.transition(qatar, "SCOPING", null));
    Callers.callAs(staff, () -> parties.inviteLead(qatar, "NLD"));
    log.info("Demo mode: trust funds for JOR (completed), GEO (launched) and QAT (scoping)");
  }

  private void lead(UUID fund, Caller staff, String... nations) {
    Callers.callAs(staff, () -> lifecycle.transition(fund, "SCOPING", null));
    for (var n : nations) {
      Callers.callAs(staff, () -> parties.inviteLead(fund, n));
      Callers.callAs(nation(n), () -> parties.acceptLead(fund, n));
    }
  }

  private void prepare(UUID fund, Caller staff, Caller agent, List<String> leads, String host, List<TrustFundLedger.BudgetInput> budget) {
    var lead = nation(leads.getFirst());
    Callers.callAs(lead, () -> lifecycle.transition(fund, "FEASIBILITY", null));
    Callers.callAs(lead, () -> parties.executingAgent(fund, agent.primaryOrganisation()));
    Callers.callAs(lead, () -> ledger.budget(fund, budget));
    Callers.callAs(lead, () -> lifecycle.transition(fund, "PROPOSAL_AGREED", null));
    Callers.callAs(nation(host), () -> lifecycle.transition(fund, "PROPOSAL_AGREED", null));
    Callers.callAs(agent, () -> lifecycle.transition(fund, "PROPOSAL_AGREED", null));
    Callers.callAs(staff, () -> lifecycle.transition(fund, "PRESENTED", null));
  }

  private void launch(UUID fund, String reference, LocalDate on, String host) {
    var proposer = Callers.demo("NAC", Role.COUNCIL_SECRETARIAT);
    var confirmer = Callers.demo("IS", Role.COUNCIL_SECRETARIAT);
    var decision = Callers.callAs(proposer, () -> council.propose(new CouncilRegister.Proposal(reference, on, "TRUST_FUND", fund.toString(), List.of(host),
        "APPROVED", BilingualText.of("The Council approves the establishment of the trust fund (demo record).",
            "Le Conseil approuve la création du fonds d’affectation spéciale (donnée de démonstration)."))));
    Callers.callAs(confirmer, () -> council.confirm(decision.id()));
  }

  private LedgerLine line(Caller caller, UUID fund, String kind, String organisation, String amount, String currency, String rate,
      LocalDate rateOn, LocalDate on, String description) {
    return Callers.callAs(caller, () -> ledger.record(fund, new TrustFundLedger.NewTransaction(kind, organisation, new BigDecimal(amount), currency,
        rate == null ? null : new BigDecimal(rate), rateOn, on, description, null)));
  }
}
