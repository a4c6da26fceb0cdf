package org.entente.emergencies;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The EADRU register over HTTP: nations' teams and capabilities, and those that answer a request's needs. */
@RestController
class ResponseCapabilitiesApi {

  private final CapabilityRegister register;

  ResponseCapabilitiesApi(CapabilityRegister register) {
    this.register = register;
  }

  @GetMapping("/api/v1/emergency-capabilities")
  Listing<Capability> list(@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String nation,
      Paging paging) {
    return register.list(kind, nation, paging);
  }

  @PostMapping("/api/v1/emergency-capabilities")
  ResponseEntity<Capability> register(@RequestBody CapabilityRegister.CapabilityForm form) {
    var capability = register.register(form);
    return ResponseEntity.created(URI.create("/api/v1/emergency-capabilities/" + capability.id())).body(capability);
  }

  @GetMapping("/api/v1/emergency-capabilities/{id}")
  Capability capability(@PathVariable UUID id) {
    return register.capability(id);
  }

  @PutMapping("/api/v1/emergency-capabilities/{id}")
  Capability revise(@PathVariable UUID id, @RequestBody CapabilityRegister.CapabilityForm form) {
    return register.revise(id, form);
  }

  @DeleteMapping("/api/v1/emergency-capabilities/{id}")
  ResponseEntity<Void> withdraw(@PathVariable UUID id) {
    register.withdraw(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/emergency-capabilities/{id}/confirmation")
  Capability confirm(@PathVariable UUID id) {
    return register.confirm(id);
  }

  @GetMapping("/api/v1/emergencies/{id}/capabilities")
  org.entente.web.Listing<Capability.Match> matches(@PathVariable UUID id) {
    return org.entente.web.Listing.of(register.matches(id));
  }
}
