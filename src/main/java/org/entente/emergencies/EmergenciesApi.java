package org.entente.emergencies;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/** Disaster response over HTTP: incidents, their offers and reports, nations' points of contact. */
@RestController
@RequestMapping("/api/v1/emergencies")
class EmergenciesApi {

  private final Emergencies emergencies;
  private final AssistanceRequests requests;
  private final Offers offers;
  private final SituationReports reports;

  EmergenciesApi(Emergencies emergencies, AssistanceRequests requests, Offers offers, SituationReports reports) {
    this.emergencies = emergencies;
    this.requests = requests;
    this.offers = offers;
    this.reports = reports;
  }

  @GetMapping
  Listing<IncidentSummary> incidents(@RequestParam(required = false) @Nullable String scope,
      @RequestParam(defaultValue = "false") boolean exercise, Paging paging) {
    return emergencies.incidents(scope, exercise, paging);
  }

  @PostMapping
  ResponseEntity<Incident> file(@RequestBody AssistanceRequests.RequestForm form) {
    var incident = requests.file(form);
    return ResponseEntity.created(URI.create("/api/v1/emergencies/" + incident.id())).body(incident);
  }

  @GetMapping("/{id}")
  Incident incident(@PathVariable UUID id) {
    return emergencies.incident(id);
  }

  @PutMapping("/{id}")
  Incident revise(@PathVariable UUID id, @RequestBody AssistanceRequests.RequestForm form) {
    return requests.revise(id, form);
  }

  @PostMapping("/{id}/transitions")
  Incident move(@PathVariable UUID id, @RequestBody Emergencies.Move move) {
    return requests.move(id, move);
  }

  @GetMapping("/{id}/revision")
  Map<String, Long> revision(@PathVariable UUID id) {
    return Map.of("revision", emergencies.revision(id));
  }

  @GetMapping("/{id}/suggestions")
  Listing<Suggestion> suggestions(@PathVariable UUID id) {
    return Listing.of(offers.suggestions(id));
  }

  @GetMapping("/{id}/offers")
  Listing<Offer> offers(@PathVariable UUID id, Paging paging) {
    return offers.offers(id, paging);
  }

  @PostMapping("/{id}/offers")
  ResponseEntity<Offer> offer(@PathVariable UUID id, @RequestBody Offers.OfferForm form) {
    var offer = offers.offer(id, form);
    return ResponseEntity.created(URI.create("/api/v1/emergencies/" + id + "/offers/" + offer.id())).body(offer);
  }

  @GetMapping("/{id}/offers/{offer}")
  Offer offer(@PathVariable UUID id, @PathVariable UUID offer) {
    return offers.offer(id, offer);
  }

  @PostMapping("/{id}/offers/{offer}/transitions")
  Offer moveOffer(@PathVariable UUID id, @PathVariable UUID offer, @RequestBody Emergencies.Move move) {
    return offers.moveOffer(id, offer, move);
  }

  @GetMapping("/{id}/sitreps")
  Listing<Sitrep> sitreps(@PathVariable UUID id, Paging paging) {
    return reports.sitreps(id, paging);
  }

  @PostMapping("/{id}/sitreps")
  ResponseEntity<Sitrep> report(@PathVariable UUID id, @RequestBody SituationReports.SitrepForm form) {
    var sitrep = reports.report(id, form);
    return ResponseEntity.created(URI.create("/api/v1/emergencies/" + id + "/sitreps/" + sitrep.number())).body(sitrep);
  }

  @GetMapping("/{id}/sitreps/{number}")
  Sitrep sitrep(@PathVariable UUID id, @PathVariable int number) {
    return reports.sitrep(id, number);
  }

  @GetMapping(path = "/{id}/sitreps/{number}/pdf", produces = "application/pdf")
  ResponseEntity<byte[]> sitrepPdf(@PathVariable UUID id, @PathVariable int number) {
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"sitrep-" + number + ".pdf\"")
        .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .body(reports.sitrepPdf(id, number));
  }
}
