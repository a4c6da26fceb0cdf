package org.entente.planning;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A partnership goal's links over HTTP: the menu activities that serve it (with the partner's attendance) and its units. */
@RestController
@RequestMapping("/api/v1/planning/cycles/{id}/goals/{code}")
class GoalLinksApi {

  private final GoalLinks links;

  GoalLinksApi(GoalLinks links) {
    this.links = links;
  }

  @GetMapping
  GoalLinks.GoalPage goal(@PathVariable UUID id, @PathVariable String code) {
    return links.goal(id, code);
  }

  @PostMapping("/links")
  ResponseEntity<GoalLink> link(@PathVariable UUID id, @PathVariable String code, @RequestBody GoalLinks.NewLink input) {
    var made = links.link(id, code, input);
    return ResponseEntity.created(URI.create("/api/v1/planning/cycles/" + id + "/goals/" + made.goal())).body(made);
  }

  @DeleteMapping("/links/{link}")
  ResponseEntity<Void> unlink(@PathVariable UUID id, @PathVariable String code, @PathVariable UUID link) {
    links.unlink(id, code, link);
    return ResponseEntity.noContent().build();
  }
}
