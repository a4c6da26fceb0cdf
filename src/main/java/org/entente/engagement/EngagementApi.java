package org.entente.engagement;

import java.net.URI;
import java.time.LocalDate;
import org.entente.engagement.Engaged.ContactPoint;
import org.entente.engagement.Engaged.Contribution;
import org.entente.engagement.Engaged.Mission;
import org.entente.engagement.Engaged.MissionContact;
import org.entente.engagement.Engaged.Operation;
import org.entente.engagement.Engaged.Profile;
import org.entente.engagement.Engaged.Status;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations, contributions, statuses, Contact Point Embassies and missions over HTTP. */
@RestController
@RequestMapping("/api/v1/engagement")
class EngagementApi {

  private final Engagement engagement;
  private final Interlocutors interlocutors;

  EngagementApi(Engagement engagement, Interlocutors interlocutors) {
    this.engagement = engagement;
    this.interlocutors = interlocutors;
  }

  /** The register of wider engagement; with {@code on}, those engaged on that date. */
  @GetMapping("/interlocutors")
  Listing<Interlocutor> interlocutors(@RequestParam(required = false) @Nullable String organisation,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(interlocutors.list().stream()
        .filter(i -> organisation == null || i.organisation().equalsIgnoreCase(organisation.strip()))
        .filter(i -> on == null || i.engagedOn(on)).toList());
  }

  @PostMapping("/interlocutors")
  ResponseEntity<Interlocutor> propose(@RequestBody Interlocutors.Proposal proposal) {
    var proposed = interlocutors.propose(proposal);
    return ResponseEntity.created(URI.create("/api/v1/engagement/interlocutors/" + proposed.id())).body(proposed);
  }

  @GetMapping("/interlocutors/{id}")
  Interlocutor interlocutor(@PathVariable java.util.UUID id) {
    return interlocutors.interlocutor(id);
  }

  @GetMapping("/operations")
  Listing<Operation> operations(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(engagement.operations(on));
  }

  @GetMapping("/contributions")
  Listing<Contribution> contributions(@RequestParam(required = false) @Nullable String operation,
      @RequestParam(required = false) @Nullable String organisation,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(engagement.contributions(operation, organisation, on));
  }

  @GetMapping("/statuses")
  Listing<Status> statuses(@RequestParam(required = false) @Nullable String organisation, @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(engagement.statuses(organisation, status, on));
  }

  @GetMapping("/contact-points")
  Listing<ContactPoint> contactPoints(@RequestParam(required = false) @Nullable String partner,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(engagement.contactPoints(partner, on));
  }

  @PostMapping("/contact-points")
  ResponseEntity<ContactPoint> assign(@RequestBody Engagement.NewContactPoint input) {
    var assigned = engagement.assignContactPoint(input);
    return ResponseEntity.created(URI.create("/api/v1/engagement/contact-points?partner=" + assigned.partner())).body(assigned);
  }

  @GetMapping("/partners/{partner}")
  Profile profile(@PathVariable String partner, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return engagement.profile(partner, on == null ? LocalDate.now() : on);
  }

  @GetMapping("/partners/{partner}/mission")
  Mission mission(@PathVariable String partner) {
    return engagement.mission(partner).orElseThrow(() -> new NotFound("mission", partner));
  }

  @PutMapping("/partners/{partner}/mission")
  Mission keepMission(@PathVariable String partner, @RequestBody Engagement.NewMission input) {
    return engagement.keepMission(partner, input);
  }

  @GetMapping("/partners/{partner}/mission/contacts")
  Listing<MissionContact> contacts(@PathVariable String partner) {
    return Listing.of(engagement.contacts(partner));
  }

  @PostMapping("/partners/{partner}/mission/contacts")
  ResponseEntity<MissionContact> addContact(@PathVariable String partner, @RequestBody Engagement.NewContact input) {
    var added = engagement.addContact(partner, input);
    return ResponseEntity.created(URI.create("/api/v1/engagement/partners/" + added.partner() + "/mission/contacts")).body(added);
  }
}
