package org.entente.trustfunds.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.access.Callers;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.trustfunds.PublicSummary;
import org.entente.directory.Names;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.trustfunds.LedgerLine;
import org.entente.trustfunds.TransactionKind;
import org.entente.trustfunds.TrustFund;
import org.entente.trustfunds.TrustFundStatus;
import org.entente.trustfunds.TrustFundLedger;
import org.entente.trustfunds.TrustFundLifecycle;
import org.entente.trustfunds.TrustFundParties;
import org.entente.trustfunds.TrustFunds;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.NotFound;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trust fund pages: the list with the map of host nations (anyone), a fund's page with its stage, parties,
 * funding chart, ledger and the moves the reader may make. Every change is a form that works without
 * JavaScript; a refusal is shown beside what it concerns, with what was typed kept.
 */
@Controller
class TrustFundPages {

  private final TrustFunds funds;
  private final TrustFundLifecycle lifecycle;
  private final TrustFundParties parties;
  private final TrustFundLedger ledger;
  private final Directory directory;

  TrustFundPages(TrustFunds funds, TrustFundLifecycle lifecycle, TrustFundParties parties, TrustFundLedger ledger, Directory directory) {
    this.funds = funds;
    this.lifecycle = lifecycle;
    this.parties = parties;
    this.ledger = ledger;
    this.directory = directory;
  }

  @GetMapping("/trust-funds")
  String list(@RequestParam(defaultValue = "") String stage, Model model) {
    return list(stage, model, Map.of(), Map.of());
  }

  private String list(String stage, Model model, Map<String, Violation> errors, Map<String, String> typed) {
    var launched = funds.summaries();
    var today = directory.today();
    var hosts = launched.stream().collect(Collectors.groupingBy(s -> s.host(), TreeMap::new, Collectors.counting())).entrySet().stream()
        .map(e -> new FundList.Host(e.getKey(), directory.organisation(e.getKey(), today).map(o -> o.name()).orElse(BilingualText.of(e.getKey(), e.getKey())),
            e.getValue())).toList();
    var caller = Callers.current().orElse(null);
    List<TrustFund> files = List.of();
    var wanted = "";
    if (caller != null) {
      try {
        wanted = stage.isBlank() ? "" : InvalidInput.code(TrustFundStatus.class, stage, "stage").name();
      } catch (InvalidInput e) {
        wanted = "";
      }
      files = funds.list(null, wanted.isEmpty() ? null : wanted, new Paging(0, Paging.MAX_SIZE)).items();
    }
    var mayPropose = caller != null && (caller.has(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION) || caller.has(Permission.MANAGE_TRUST_FUNDS_GLOBALLY));
    var partners = caller == null ? List.<String>of() : directory.organisations(today, OrganisationKind.PARTNER, null).stream()
        .sorted(java.util.Comparator.comparing(o -> o.name().en())).map(o -> o.code()).toList();
    var named = new java.util.ArrayList<String>(partners);
    launched.forEach(f -> { named.add(f.host()); named.addAll(f.leads()); });
    files.forEach(f -> named.add(f.host()));
    model.addAttribute("view", new FundList(launched, hosts, files, wanted, mayPropose, partners, errors, typed, directory.names(named, today)));
    return "trustfunds/list";
  }

  @PostMapping("/trust-funds")
  String propose(@RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var startsOn = date(form.get("startsOn"), "startsOn", errors);
    var endsOn = date(form.get("endsOn"), "endsOn", errors);
    if (!errors.isEmpty()) return list("", model, errors, form);
    try {
      var created = lifecycle.propose(new TrustFundLifecycle.NewFund(form.get("host"), null, blank(form.get("series")), null,
          text(form.get("titleEn"), form.get("titleFr")), text(form.get("purposeEn"), form.get("purposeFr")), form.get("category"),
          blank(form.get("location")), startsOn, endsOn, form.getOrDefault("currency", "EUR"), null, null));
      return "redirect:/trust-funds/" + created.id();
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent(v.name().replaceAll("\\..*", ""), v));
      return list("", model, errors, form);
    }
  }

  @GetMapping("/trust-funds/{id}")
  String fund(@PathVariable UUID id, Model model) {
    return show(id, null, Map.of(), Map.of(), model);
  }

  private String show(UUID id, FundView.@Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var summary = funds.summary(id).orElse(null);
    if (!funds.readsFile(id)) {
      if (summary == null) throw new NotFound("trust-fund", id.toString());
      // a nation not (yet) party to a launched fund may pledge to it, and so become a donor
      var caller = Callers.current().orElse(null);
      var open = summary.status() == TrustFundStatus.LAUNCHED || summary.status() == TrustFundStatus.AGREEMENTS_SIGNED
          || summary.status() == TrustFundStatus.IMPLEMENTING;
      var mayPledge = open && caller != null && caller.has(Permission.TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION)
          ? java.util.EnumSet.of(TransactionKind.PLEDGE) : java.util.EnumSet.noneOf(TransactionKind.class);
      model.addAttribute("view", new FundView(summary, null, null, List.of(), List.of(), List.of(), java.util.Set.of(), mayPledge,
          List.of(), List.of(), false, false, notice, errors, typed, names(summary, null, List.of())));
      return "trustfunds/fund";
    }
    var fund = funds.fund(id);
    var ledger = funds.ledger(id);
    var actors = funds.actors(fund);
    var lead = actors.contains(TrustFundStatus.Actor.LEAD);
    var staff = actors.contains(TrustFundStatus.Actor.STAFF);
    var pledges = lead || staff ? funds.pledgesToConfirm(id) : List.<LedgerLine>of();
    model.addAttribute("view", new FundView(summary, fund, funds.balances(id), funds.donors(id), ledger, funding(ledger), funds.next(fund),
        funds.mayRecord(fund), funds.invitationsFor(fund), pledges, staff, lead, notice, errors, typed, names(summary, fund, ledger)));
    return "trustfunds/fund";
  }

  /** Every organisation the page names, by its name in the directory. */
  private Names names(@Nullable PublicSummary summary, @Nullable TrustFund fund, List<LedgerLine> ledger) {
    var codes = new java.util.ArrayList<String>();
    if (summary != null) {
      codes.add(summary.host());
      codes.addAll(summary.leads());
    }
    if (fund != null) {
      codes.add(fund.host());
      codes.addAll(fund.leads());
      codes.addAll(fund.invitedLeads());
      codes.addAll(fund.donors());
      if (fund.executingAgent() != null) codes.add(fund.executingAgent());
    }
    ledger.forEach(line -> codes.add(line.organisation()));
    return directory.names(codes, directory.today());
  }

  /** Pledged, received (cash and in kind) and spent, cumulated by date. */
  static List<FundView.Point> funding(List<LedgerLine> ledger) {
    var byDay = new TreeMap<LocalDate, BigDecimal[]>();
    for (var line : ledger) {
      var slot = switch (line.kind()) {
        case PLEDGE -> 0;
        case RECEIPT, IN_KIND -> 1;
        case EXPENDITURE -> 2;
        default -> -1;
      };
      if (slot < 0) continue;
      byDay.computeIfAbsent(line.occurredOn(), d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO})[slot] =
          byDay.get(line.occurredOn())[slot].add(line.projectAmount());
    }
    var points = new ArrayList<FundView.Point>();
    var sums = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (var e : byDay.entrySet()) {
      for (int i = 0; i < 3; i++) sums[i] = sums[i].add(e.getValue()[i]);
      points.add(new FundView.Point(e.getKey(), sums[0].toPlainString(), sums[1].toPlainString(), sums[2].toPlainString()));
    }
    return points;
  }

  @PostMapping("/trust-funds/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String comment, Model model) {
    return act(id, "status", model, () -> lifecycle.transition(id, to, comment));
  }

  @PostMapping("/trust-funds/{id}/leads")
  String invite(@PathVariable UUID id, @RequestParam(defaultValue = "") String nation, Model model) {
    return act(id, "parties", model, () -> parties.inviteLead(id, nation));
  }

  @PostMapping("/trust-funds/{id}/leads/accept")
  String accept(@PathVariable UUID id, @RequestParam(defaultValue = "") String nation, Model model) {
    return act(id, "status", model, () -> parties.acceptLead(id, nation));
  }

  @PostMapping("/trust-funds/{id}/executing-agent")
  String agent(@PathVariable UUID id, @RequestParam(defaultValue = "") String agent, Model model) {
    return act(id, "parties", model, () -> parties.executingAgent(id, agent));
  }

  @PostMapping("/trust-funds/{id}/transparency")
  String transparency(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean transparent, Model model) {
    return act(id, "parties", model, () -> parties.transparency(id, transparent));
  }

  @PostMapping("/trust-funds/{id}/budget")
  String addBudgetLine(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(form.getOrDefault("amount", "").strip().replace(" ", "").replace(",", "."));
    } catch (NumberFormatException e) {
      return show(id, new FundView.Notice("budget", "trustfunds.amount.number", List.of()), Map.of(), Map.of(), model);
    }
    var lines = new ArrayList<TrustFundLedger.BudgetInput>();
    funds.fund(id).budget().forEach(l -> lines.add(new TrustFundLedger.BudgetInput(l.label(), l.amount())));
    lines.add(new TrustFundLedger.BudgetInput(text(form.get("labelEn"), form.get("labelFr")), amount));
    return act(id, "budget", model, () -> ledger.budget(id, lines));
  }

  @PostMapping("/trust-funds/{id}/ledger")
  String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    var errors = new HashMap<String, Violation>();
    var amount = decimal(form.get("amount"), "amount", errors);
    var rate = form.getOrDefault("rate", "").isBlank() ? null : decimal(form.get("rate"), "rate", errors);
    var rateOn = date(form.get("rateOn"), "rateOn", errors);
    var occurredOn = date(form.get("occurredOn"), "occurredOn", errors);
    UUID confirms = null;
    if (!form.getOrDefault("confirms", "").isBlank()) {
      try {
        confirms = UUID.fromString(form.get("confirms").strip());
      } catch (IllegalArgumentException e) {
        errors.put("confirms", new Violation("confirms", "problem.one-of", List.of("")));
      }
    }
    if (errors.isEmpty()) {
      try {
        ledger.record(id, new TrustFundLedger.NewTransaction(form.get("kind"), blank(form.get("organisation")), amount,
            form.getOrDefault("currency", "").isBlank() ? null : form.get("currency"), rate, rateOn, occurredOn, blank(form.get("description")), confirms));
        return "redirect:/trust-funds/" + id + "#ledger";
      } catch (InvalidInput invalid) {
        invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      } catch (Conflict conflict) {
        return show(id, new FundView.Notice("ledger", conflict.messageKey(), conflict.arguments()), Map.of(), form, model);
      }
    }
    return show(id, null, errors, form, model);
  }

  private String act(UUID id, String section, Model model, Supplier<?> change) {
    try {
      change.get();
      return "redirect:/trust-funds/" + id + "#" + section;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new FundView.Notice(section, v.messageKey(), v.arguments()), Map.of(), Map.of(), model);
    } catch (Conflict conflict) {
      return show(id, new FundView.Notice(section, conflict.messageKey(), conflict.arguments()), Map.of(), Map.of(), model);
    }
  }

  private static @Nullable LocalDate date(@Nullable String value, String field, Map<String, Violation> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, new Violation(field, "problem.date", List.of()));
      return null;
    }
  }

  private static @Nullable BigDecimal decimal(@Nullable String value, String field, Map<String, Violation> errors) {
    if (value == null || value.isBlank()) return null;
    try {
      return new BigDecimal(value.strip().replace(" ", "").replace(",", "."));
    } catch (NumberFormatException e) {
      errors.put(field, new Violation(field, "trustfunds.amount.number", List.of()));
      return null;
    }
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static BilingualText text(@Nullable String en, @Nullable String fr) {
    return new BilingualText(blank(en), blank(fr));
  }

  static Map<String, String> copy(Map<String, String> form) {
    return new LinkedHashMap<>(form);
  }
}
