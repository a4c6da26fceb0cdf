package org.entente.science;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.entente.web.InvalidInput;
import org.entente.web.Listing;
import org.entente.web.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An application's team and PDF attachments over HTTP, for whoever reads the application; kept by a co-director. */
@RestController
@RequestMapping("/api/v1/science/applications/{id}")
class ScienceTeamsApi {

  private final ScienceTeams teams;
  private final ScienceAttachments attachments;
  private final ProblemWriter problems;

  ScienceTeamsApi(ScienceTeams teams, ScienceAttachments attachments, ProblemWriter problems) {
    this.teams = teams;
    this.attachments = attachments;
    this.problems = problems;
  }

  @GetMapping("/team")
  Listing<TeamMember> team(@PathVariable UUID id) {
    return Listing.of(teams.team(id));
  }

  @PostMapping("/team")
  ResponseEntity<TeamMember> add(@PathVariable UUID id, @RequestBody ScienceTeams.NewMember member) {
    var added = teams.add(id, member);
    return ResponseEntity.created(URI.create("/api/v1/science/applications/" + id + "/team")).body(added);
  }

  @DeleteMapping("/team/{member}")
  ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID member) {
    teams.remove(id, member);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/attachments")
  Listing<Attachment> attachments(@PathVariable UUID id) {
    return Listing.of(attachments.attachments(id));
  }

  @PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachment> attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
    if (file == null) throw InvalidInput.of("file", "science.attachment.required");
    if (file.getSize() > ScienceAttachments.MAX_BYTES) throw new ScienceAttachments.TooLarge();
    var added = attachments.attach(id, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create("/api/v1/science/applications/" + id + "/attachments/" + added.id())).body(added);
  }

  @GetMapping("/attachments/{attachment}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
    var download = attachments.download(id, attachment);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", ContentDisposition.attachment().filename(download.attachment().filename(), StandardCharsets.UTF_8)
            .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(download.content());
  }

  @ExceptionHandler(ScienceAttachments.TooLarge.class)
  void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
    problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "science.attachment.too-large", ScienceAttachments.MAX_BYTES / 1024 / 1024);
  }
}
