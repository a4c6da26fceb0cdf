package org.entente.council;

import java.net.URI;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decisions register over HTTP. */
@RestController
@RequestMapping("/api/v1/council")
class CouncilApi {

  private final CouncilRegister register;

  CouncilApi(CouncilRegister register) {
    this.register = register;
  }

  @GetMapping("/decisions")
  Listing<Decision> decisions(
      @RequestParam(required = false) @Nullable String subjectType,
      @RequestParam(required = false) @Nullable String subjectId,
      @RequestParam(required = false) @Nullable String status,
      Paging paging) {
    return register.decisions(subjectType, subjectId, status, paging);
  }

  @GetMapping("/decisions/{id}")
  Decision decision(@PathVariable UUID id) {
    return register.decision(id);
  }

  @PostMapping("/decisions")
  ResponseEntity<Decision> propose(@RequestBody CouncilRegister.Proposal proposal) {
    var decision = register.propose(proposal);
    return ResponseEntity.created(URI.create("/api/v1/council/decisions/" + decision.id())).body(decision);
  }

  @PostMapping("/decisions/{id}/confirm")
  Decision confirm(@PathVariable UUID id) {
    return register.confirm(id);
  }

  @DeleteMapping("/decisions/{id}")
  ResponseEntity<Void> withdraw(@PathVariable UUID id) {
    register.withdraw(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/agenda")
  Listing<CouncilRegister.Request> agenda(Paging paging) {
    return register.agenda(paging);
  }
}
