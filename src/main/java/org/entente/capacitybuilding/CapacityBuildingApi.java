package org.entente.capacitybuilding;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Defence Capacity Building packages over HTTP, for the pages and for national systems. */
@RestController
@RequestMapping("/api/v1/capacity-building/packages")
class CapacityBuildingApi {

  private final CapacityBuilding packages;

  CapacityBuildingApi(CapacityBuilding packages) {
    this.packages = packages;
  }

  /** A package with the caller's next moves. */
  record Detail(CapacityPackage capacityPackage, Set<CapacityBuildingStatus> next) {}

  record Transition(@Nullable String to, @Nullable String reason) {}

  record Assessment(@Nullable BilingualText assessment) {}

  private Detail detail(CapacityPackage p) {
    var actor = packages.actor(p);
    return new Detail(p, actor == null ? Set.of() : p.status().next(actor));
  }

  @GetMapping
  Listing<PackageSummary> list(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String partner,
      Paging paging) {
    return packages.list(status, partner, paging);
  }

  @PostMapping
  ResponseEntity<Detail> request(@RequestBody CapacityBuilding.Request request) {
    var created = packages.request(request);
    return ResponseEntity.created(URI.create("/api/v1/capacity-building/packages/" + created.id())).body(detail(created));
  }

  @GetMapping("/{id}")
  Detail get(@PathVariable UUID id) {
    return detail(packages.get(id));
  }

  @PostMapping("/{id}/transitions")
  Detail move(@PathVariable UUID id, @RequestBody Transition transition) {
    return detail(packages.transition(id, transition.to(), transition.reason()));
  }

  @PutMapping("/{id}/assessment")
  Detail assess(@PathVariable UUID id, @RequestBody Assessment body) {
    return detail(packages.assess(id, body.assessment()));
  }

  @PostMapping("/{id}/areas")
  ResponseEntity<Detail> area(@PathVariable UUID id, @RequestBody CapacityBuilding.NewArea body) {
    return ResponseEntity.created(URI.create("/api/v1/capacity-building/packages/" + id)).body(detail(packages.addArea(id, body)));
  }

  @PostMapping("/{id}/experts")
  ResponseEntity<Detail> expert(@PathVariable UUID id, @RequestBody CapacityBuilding.NewExpert body) {
    return ResponseEntity.created(URI.create("/api/v1/capacity-building/packages/" + id)).body(detail(packages.addExpert(id, body)));
  }

  @PutMapping("/{id}/funding")
  Detail fund(@PathVariable UUID id, @RequestBody CapacityBuilding.Funding body) {
    return detail(packages.fund(id, body));
  }

  @PostMapping("/{id}/reviews")
  ResponseEntity<Detail> review(@PathVariable UUID id, @RequestBody CapacityBuilding.NewReview body) {
    return ResponseEntity.created(URI.create("/api/v1/capacity-building/packages/" + id)).body(detail(packages.review(id, body)));
  }
}
