package org.entente.directory;

import java.time.LocalDate;
import java.util.List;
import org.entente.web.Listing;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory over HTTP: the same answers national systems and the pages get. */
@RestController
@RequestMapping("/api/v1")
class DirectoryApi {

  private final Directory directory;

  DirectoryApi(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/organisations")
  Listing<Organisation> organisations(
      @RequestParam(required = false) @Nullable OrganisationKind kind,
      @RequestParam(required = false) @Nullable String framework,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(directory.organisations(dateOr(on), kind, blankToNull(framework)));
  }

  @GetMapping("/organisations/{code}")
  Organisation organisation(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return directory.organisation(code, dateOr(on)).orElseThrow(() -> new NotFound("organisation", code));
  }

  @GetMapping("/frameworks")
  Listing<Framework> frameworks(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return Listing.of(directory.frameworks(dateOr(on)));
  }

  @GetMapping("/strategic-objectives")
  Listing<PolicyTerm> strategicObjectives() {
    return Listing.of(directory.strategicObjectives());
  }

  @GetMapping("/priority-areas")
  Listing<PolicyTerm> priorityAreas() {
    return Listing.of(directory.priorityAreas());
  }

  @GetMapping("/areas-of-cooperation")
  Listing<PolicyTerm> areasOfCooperation() {
    return Listing.of(directory.areasOfCooperation());
  }

  private LocalDate dateOr(@Nullable LocalDate on) {
    return on != null ? on : directory.today();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
