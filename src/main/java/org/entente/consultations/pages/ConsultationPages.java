package org.entente.consultations.pages;

import static org.entente.web.Texts.blank;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.consultations.Consultation;
import org.entente.consultations.Consultations;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.engagement.Engagement;
import org.entente.languages.BilingualText;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Requests, the list and the public record, and one consultation's page with the forms of each party's next
 * move; every form works without JavaScript, and a refusal is shown beside what it concerns.
 */
@Controller
class ConsultationPages {

  private static final int SIZE = 20;

  private final Consultations consultations;
  private final Directory directory;
  private final Guard guard;
  private final Engagement engagement;

  ConsultationPages(Consultations consultations, Directory directory, Guard guard, Engagement engagement) {
    this.consultations = consultations;
    this.directory = directory;
    this.guard = guard;
    this.engagement = engagement;
  }

  @GetMapping("/consultations")
  String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String partner,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int recordsPage, Model model) {
    return list(model, Map.of("status", status, "partner", partner), Math.max(page, 0), Math.max(recordsPage, 0), new HashMap<>(), Map.of(), List.of());
  }

  /** A page of {@value #SIZE} rows; a page number out of range is brought back to the nearest one. */
  private static Paging paging(int page) {
    return new Paging(Math.clamp(page, 0, 1_000_000), SIZE);
  }

  private String list(Model model, Map<String, String> filter, int page, int recordsPage, Map<String, Violation> errors,
      Map<String, String> typed, List<String> chosen) {
    guard.caller();
    Listing<Consultation> rows;
    try {
      rows = consultations.list(blank(filter.get("status")), blank(filter.get("partner")), paging(page));
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errors.putIfAbsent("filter-" + v.name(), v));
      rows = consultations.list(null, null, paging(0));
    }
    var partners = directory.organisations(directory.today(), OrganisationKind.PARTNER, null);
    model.addAttribute("view", new ConsultationList(rows, consultations.records(paging(recordsPage)), consultations.requesters(), partners,
        filter, errors, typed, chosen, engagement.operations(directory.today())));
    return "consultations/list";
  }

  @PostMapping("/consultations")
  String request(@RequestParam MultiValueMap<String, String> form, Model model) {
    var typed = form.toSingleValueMap();
    var chosen = form.getOrDefault("participants", List.of());
    var errors = new HashMap<String, Violation>();
    var wishedFrom = date(typed.get("wishedFrom"), "wishedFrom", errors);
    var wishedTo = date(typed.get("wishedTo"), "wishedTo", errors);
    if (errors.isEmpty()) {
      try {
        var created = consultations.request(new Consultations.Request(typed.get("organisation"), text(typed.get("subjectEn"), typed.get("subjectFr")),
            text(typed.get("rationaleEn"), typed.get("rationaleFr")), typed.get("format"), typed.get("level"), chosen, wishedFrom, wishedTo,
            blank(typed.get("operation"))));
        return "redirect:/consultations/" + created.id();
      } catch (InvalidInput invalid) {
        invalid.violations().forEach(v -> errors.putIfAbsent(v.name(), v));
      }
    }
    return list(model, Map.of(), 0, 0, errors, typed, chosen);
  }

  @GetMapping("/consultations/{id}")
  String consultation(@PathVariable UUID id, Model model) {
    return show(id, null, model);
  }

  private String show(UUID id, ConsultationView.@Nullable Notice notice, Model model) {
    var c = consultations.consultation(id);
    var actor = consultations.actor(c);
    model.addAttribute("view", new ConsultationView(c, actor == null ? java.util.Set.of() : c.status().next(actor),
        guard.caller().has(Permission.MANAGE_CONSULTATIONS_GLOBALLY), consultations.documents(id), notice));
    return "consultations/consultation";
  }

  @PostMapping("/consultations/{id}/participants")
  String prepare(@PathVariable UUID id, @RequestParam(defaultValue = "") String participants, Model model) {
    return act(id, "participants", model, () -> consultations.prepare(id, codes(participants)));
  }

  @PostMapping("/consultations/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String reason, Model model) {
    return act(id, "status", model, () -> consultations.transition(id, to, reason));
  }

  @PostMapping("/consultations/{id}/meeting")
  String schedule(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    LocalDateTime startsAt, endsAt;
    try {
      startsAt = form.getOrDefault("startsAt", "").isBlank() ? null : LocalDateTime.parse(form.get("startsAt"));
      endsAt = form.getOrDefault("endsAt", "").isBlank() ? null : LocalDateTime.parse(form.get("endsAt"));
    } catch (DateTimeParseException e) {
      return show(id, new ConsultationView.Notice("meeting", "consultations.date-time", new Object[0]), model);
    }
    var en = lines(form.get("agendaEn"));
    var fr = lines(form.get("agendaFr"));
    var agenda = new ArrayList<BilingualText>();
    for (int i = 0; i < Math.max(en.size(), fr.size()); i++) {
      agenda.add(new BilingualText(i < en.size() ? en.get(i) : null, i < fr.size() ? fr.get(i) : null));
    }
    var meeting = new Consultations.Meeting(startsAt, endsAt, form.get("place"), agenda);
    return act(id, "meeting", model, () -> consultations.schedule(id, meeting));
  }

  @PostMapping("/consultations/{id}/attendance")
  String held(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> attended, Model model) {
    return act(id, "attendance", model, () -> consultations.held(id, attended == null ? List.of() : attended));
  }

  @PostMapping("/consultations/{id}/minutes")
  String minutes(@PathVariable UUID id, @RequestParam(defaultValue = "") String minutes, Model model) {
    return act(id, "minutes", model, () -> consultations.minutes(id, minutes));
  }

  @PostMapping("/consultations/{id}/summary")
  String summary(@PathVariable UUID id, @RequestParam(defaultValue = "") String summaryEn, @RequestParam(defaultValue = "") String summaryFr, Model model) {
    return act(id, "summary", model, () -> consultations.share(id, text(summaryEn, summaryFr)));
  }

  @PostMapping("/consultations/{id}/documents")
  String upload(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
    var content = file == null ? new byte[0] : file.getBytes();
    var name = file == null ? null : file.getOriginalFilename();
    return act(id, "documents", model, () -> consultations.addDocument(id, name, content));
  }

  /** Does one thing; a refusal is shown in its section of the page. */
  private String act(UUID id, String section, Model model, Supplier<?> action) {
    try {
      action.get();
      return "redirect:/consultations/" + id + "#" + section;
    } catch (InvalidInput invalid) {
      var v = invalid.violations().getFirst();
      return show(id, new ConsultationView.Notice(section, v.messageKey(), v.arguments().toArray()), model);
    } catch (Conflict conflict) {
      return show(id, new ConsultationView.Notice(section, conflict.messageKey(), conflict.arguments().toArray()), model);
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

  private static List<String> codes(String text) {
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static List<String> lines(@Nullable String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static BilingualText text(@Nullable String en, @Nullable String fr) {
    return new BilingualText(en, fr);
  }
}
