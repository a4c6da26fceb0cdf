package org.entente.registration.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.catalogue.AnnualReview;
import org.entente.catalogue.Catalogue;
import org.entente.languages.BilingualText;
import org.entente.registration.AfterEvent;
import org.entente.registration.Attendance;
import org.entente.registration.Certificates;
import org.entente.registration.NominationState;
import org.entente.registration.ParticipantRegister;
import org.entente.registration.Registrations;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.entente.web.Unprocessable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration pages: an event's nominations (a coordinator nominates and cancels or accepts an offer; the
 * provider decides and records attendance), the feedback form, the staff's review figures. Every action posts
 * a form and comes back to the page (no script needed); a refusal is shown in the reader's language.
 */
@Controller
class RegistrationPages {

  private final Registrations registrations;
  private final ParticipantRegister register;
  private final Certificates certificates;
  private final AfterEvent afterEvent;
  private final Attendance attendance;
  private final Catalogue catalogue;
  private final AnnualReview review;
  private final Guard guard;
  private final org.entente.directory.Directory directory;

  RegistrationPages(Registrations registrations, ParticipantRegister register, Certificates certificates,
      AfterEvent afterEvent, Attendance attendance, Catalogue catalogue, AnnualReview review, Guard guard, org.entente.directory.Directory directory) {
    this.directory = directory;
    this.registrations = registrations;
    this.register = register;
    this.certificates = certificates;
    this.afterEvent = afterEvent;
    this.attendance = attendance;
    this.catalogue = catalogue;
    this.review = review;
    this.guard = guard;
  }

  @GetMapping("/registration/events/{id}")
  String event(@PathVariable UUID id, Model model) {
    var caller = guard.caller();
    var event = catalogue.event(id);
    var invitation = registrations.invitation(id);
    var seeNominations = caller.has(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION)
        || caller.has(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION) || caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var rows = !seeNominations ? List.<EventRegistrationView.Row>of() : registrations.nominations(id).stream()
        .map(n -> new EventRegistrationView.Row(n, registrations.movesFor(n),
            n.state() == NominationState.ATTENDED ? certificates.codeOf(n.id()).orElse(null) : null,
            n.state() == NominationState.ATTENDED && registrations.mayGiveFeedback(n)))
        .toList();
    var mayNominate = caller.has(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION) || caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY);
    var nominated = rows.stream().map(r -> r.nomination().participant()).collect(Collectors.toSet());
    var nominable = mayNominate && caller.has(Permission.NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION)
        ? register.participants(null).stream().filter(p -> !nominated.contains(p.id())).toList() : List.<org.entente.registration.Participant>of();
    var mayReport = caller.has(Permission.MANAGE_REGISTRATIONS_GLOBALLY)
        || caller.organisationsWith(Permission.DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION).contains(event.provider());
    AfterEvent.FeedbackSummary feedback = null;
    try {
      feedback = afterEvent.feedback(id);
    } catch (NotFound notShared) {
      // not the provider, staff or a nation that took part
    }
    var problem = (EventRegistrationView.Problem) model.getAttribute("problem");
    var done = (String) model.getAttribute("done");
    var doneWith = model.getAttribute("doneArguments") instanceof EventRegistrationView.Problem p ? p : null;
    model.addAttribute("view", new EventRegistrationView(event, invitation, registrations.seats(id), rows, nominable,
        mayNominate && !nominable.isEmpty(), mayReport, feedback, problem,
        doneWith != null ? doneWith : done == null ? null : EventRegistrationView.Problem.of(done), names(rows)));
    return "registration/event";
  }

  /** The names of the nations of these nominations, in both languages. */
  private Map<String, BilingualText> names(List<EventRegistrationView.Row> rows) {
    var names = new java.util.HashMap<String, BilingualText>();
    var today = directory.today();
    rows.stream().map(r -> r.nomination().nation()).distinct()
        .forEach(code -> directory.organisation(code, today).ifPresent(o -> names.put(code, o.name())));
    return names;
  }

  @PostMapping("/registration/events/{id}/nominations")
  String nominate(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID participant, RedirectAttributes redirect) {
    return act(id, redirect, "registration.page.nominated", () -> registrations.nominate(id, participant));
  }

  @PostMapping("/registration/nominations/{id}/transitions")
  String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
    var before = registrations.nomination(id);
    var event = before.event();
    try {
      var after = registrations.move(id, to);
      redirect.addFlashAttribute("doneArguments", EventRegistrationView.Problem.of("registration.page.moved-to",
          after.participantName(), new DefaultMessageSourceResolvable("registration.state." + after.state().name())));
    } catch (Conflict refused) {
      var problem = EventRegistrationView.Problem.of(refused.messageKey(), refused.arguments());
      if ("registration.transition.illegal".equals(refused.messageKey())) {
        // most often a second submission from a page that was out of date (another tab, another person)
        var now = registrations.nomination(id);
        // the form says which state the page showed: if it has changed since, that page was out of date
        var stale = !from.isBlank() && !from.equals(now.state().name());
        problem = EventRegistrationView.Problem.of(stale ? "registration.page.stale" : "registration.page.not-allowed",
            now.participantName(),
            new DefaultMessageSourceResolvable("registration.state." + now.state().name()));
      }
      redirect.addFlashAttribute("problem", problem);
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of("registration.page.invalid", invalid.violations().getFirst().name()));
    }
    return "redirect:/registration/events/" + event;
  }

  /**
   * The step that asks before an action that cannot be undone (cancel, decline): a page of its own, so that it
   * works without JavaScript; "yes" posts the move, "no" goes back to the event.
   */
  @GetMapping("/registration/nominations/{id}/confirm")
  String confirmMove(@PathVariable UUID id, @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String from, Model model) {
    var nomination = registrations.nomination(id);
    NominationState target;
    try {
      target = NominationState.valueOf(to.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return "redirect:/registration/events/" + nomination.event();
    }
    model.addAttribute("nomination", nomination);
    model.addAttribute("target", target);
    model.addAttribute("allowed", registrations.movesFor(nomination).contains(target));
    model.addAttribute("from", from.isBlank() ? nomination.state().name() : from);
    return "registration/confirm";
  }

  @PostMapping("/registration/events/{id}/report")
  String report(@PathVariable UUID id, @RequestParam(defaultValue = "") String en, @RequestParam(defaultValue = "") String fr,
      RedirectAttributes redirect) {
    return act(id, redirect, "registration.page.reported", () -> afterEvent.fileReport(id, new BilingualText(en, fr)));
  }

  @GetMapping("/registration/nominations/{id}/feedback")
  String feedbackForm(@PathVariable UUID id, Model model) {
    model.addAttribute("nomination", registrations.nomination(id));
    if (!model.containsAttribute("problem")) {
      model.addAttribute("problem", null);
    }
    return "registration/feedback";
  }

  @PostMapping("/registration/nominations/{id}/feedback")
  String giveFeedback(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer relevance,
      @RequestParam(required = false) @Nullable Integer quality, @RequestParam(required = false) @Nullable Integer organisation,
      @RequestParam(defaultValue = "") String comments, RedirectAttributes redirect) {
    var nomination = registrations.nomination(id);
    try {
      afterEvent.giveFeedback(id, new AfterEvent.FeedbackForm(relevance, quality, organisation, comments));
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of("registration.page.feedback-invalid", List.of()));
      return "redirect:/registration/nominations/" + id + "/feedback";
    } catch (Conflict refused) {
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of(refused.messageKey(), refused.arguments()));
      return "redirect:/registration/events/" + nomination.event();
    }
    redirect.addFlashAttribute("done", "registration.page.feedback-given");
    return "redirect:/registration/events/" + nomination.event();
  }

  @GetMapping("/registration/review")
  String review(@RequestParam(required = false) @Nullable Integer year, java.util.Locale locale, Model model) {
    var chosen = year == null || year < 2000 || year > 2100 ? LocalDate.now().getYear() : year;
    var figures = attendance.year(chosen);
    Map<String, AnnualReview.Entry> entries = review.year(chosen, 5_000).stream()
        .collect(Collectors.toMap(AnnualReview.Entry::activity, e -> e, (a, b) -> a));
    var lines = figures.stream().map(f -> {
      var entry = entries.get(f.activity());
      var title = entry == null ? null
          : "fr".equals(locale.getLanguage()) && entry.titleFr() != null && !entry.titleFr().isBlank() ? entry.titleFr() : entry.titleEn();
      return new ReviewView.Line(f, title, entry == null ? null : entry.decision());
    }).toList();
    model.addAttribute("view", new ReviewView(chosen, lines, (EventRegistrationView.Problem) model.getAttribute("problem"),
        (String) model.getAttribute("done")));
    return "registration/review";
  }

  /** The review's decision, taken beside the figures (the catalogue's AnnualReview decides and keeps it). */
  @PostMapping("/registration/review/{code}")
  String decide(@PathVariable String code, @RequestParam int year, @RequestParam(defaultValue = "") String decision,
      @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String confirmed, Model model,
      RedirectAttributes redirect) {
    if ("DISCARD".equals(decision) && !"yes".equals(confirmed) && !reason.isBlank()) {
      // discarding takes the activity off next year's menu: a page of its own asks first (no script needed)
      model.addAttribute("code", code);
      model.addAttribute("year", String.valueOf(year));
      model.addAttribute("reason", reason);
      return "registration/confirm-discard";
    }
    try {
      review.decide(code, year, decision, reason);
      redirect.addFlashAttribute("done", "registration.review.decided");
    } catch (Conflict refused) {
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of(refused.messageKey(), refused.arguments()));
    } catch (InvalidInput invalid) {
      var first = invalid.violations().getFirst();
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of("registration.page.invalid", List.of(first.name())));
    }
    return "redirect:/registration/review?year=" + year;
  }

  private String act(UUID event, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("done", done);
    } catch (Conflict refused) {
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of(refused.messageKey(), refused.arguments()));
    } catch (InvalidInput invalid) {
      var first = invalid.violations().getFirst();
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of("registration.page.invalid", List.of(first.name())));
    } catch (Unprocessable refused) {
      redirect.addFlashAttribute("problem", EventRegistrationView.Problem.of(refused.messageKey(), refused.arguments()));
    }
    return "redirect:/registration/events/" + event;
  }
}
