package org.entente.prioritisation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Prioritisation over HTTP: partners' profiles, the weights of the considerations, and allocation runs. */
@RestController
@RequestMapping("/api/v1/prioritisation")
class PrioritisationApi {

  private final PartnerProfiles profiles;
  private final Weights weights;
  private final Allocations allocations;
  private final WhatIfs whatIfs;

  PrioritisationApi(PartnerProfiles profiles, Weights weights, Allocations allocations, WhatIfs whatIfs) {
    this.whatIfs = whatIfs;
    this.profiles = profiles;
    this.weights = weights;
    this.allocations = allocations;
  }

  record Derivation(@Nullable LocalDate on) {}

  @GetMapping("/profiles")
  Listing<Profile> profiles(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on, Paging paging) {
    return profiles.profiles(on, paging);
  }

  @GetMapping("/profiles/{partner}")
  Profile profile(@PathVariable String partner, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return profiles.profile(partner, on);
  }

  @GetMapping("/profiles/{partner}/history")
  Listing<ProfileValue> history(@PathVariable String partner, Paging paging) {
    return profiles.history(partner, paging);
  }

  @PostMapping("/profiles/{partner}/values")
  ResponseEntity<ProfileValue> enter(@PathVariable String partner, @RequestBody PartnerProfiles.NewValue input) {
    var created = profiles.enter(partner, input);
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/profiles/" + created.partner() + "/history")).body(created);
  }

  @PostMapping("/profiles/{partner}/derivations")
  List<ProfileValue> derive(@PathVariable String partner, @RequestBody Derivation input) {
    return profiles.derive(partner, input.on());
  }

  // ---------------------------------------------------------------- weights

  @GetMapping("/weights")
  Listing<WeightSet> weightSets(Paging paging) {
    return weights.history(paging);
  }

  @GetMapping("/weights/current")
  WeightSet.Current currentWeights() {
    return weights.current();
  }

  @PostMapping("/weights")
  ResponseEntity<WeightSet> propose(@RequestBody Weights.NewWeights input) {
    var created = weights.propose(input);
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/weights/" + created.id())).body(created);
  }

  @GetMapping("/weights/{id}")
  WeightSet weightSet(@PathVariable UUID id) {
    return weights.set(id);
  }

  @PostMapping("/weights/{id}/withdrawal")
  WeightSet withdraw(@PathVariable UUID id) {
    return weights.withdraw(id);
  }

  // ---------------------------------------------------------------- allocation runs

  @GetMapping("/runs")
  Listing<Run> runs(Paging paging) {
    return allocations.runs(paging);
  }

  @GetMapping("/oversubscribed")
  Listing<Allocations.Oversubscribed> oversubscribed(Paging paging) {
    return paging.slice(allocations.oversubscribed());
  }

  @PostMapping("/runs")
  ResponseEntity<Allocations.Detail> start(@RequestBody Allocations.NewRun input) {
    var created = allocations.start(input);
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/runs/" + created.run().id())).body(created);
  }

  @GetMapping("/runs/{id}")
  Allocations.Detail run(@PathVariable UUID id) {
    return allocations.run(id);
  }

  @PostMapping("/runs/{id}/application")
  Allocations.Detail apply(@PathVariable UUID id) {
    return allocations.apply(id);
  }

  @PostMapping("/runs/{id}/what-if")
  ResponseEntity<Allocations.Detail> compare(@PathVariable UUID id) {
    var created = whatIfs.compare(id);
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/runs/" + created.run().id())).body(created);
  }

  @PostMapping("/runs/{id}/stopping")
  Allocations.Detail stop(@PathVariable UUID id) {
    return allocations.stop(id);
  }

  @PostMapping("/runs/{id}/discarding")
  Allocations.Detail discard(@PathVariable UUID id) {
    return allocations.discard(id);
  }
}
