package org.entente.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.entente.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports over HTTP: a file in, a report out (201 when imported, 422 with every wrong row when not). */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsApi {

  private final Imports imports;
  private final BackgroundImports background;
  private final MessageSource messages;

  ImportsApi(Imports imports, BackgroundImports background, MessageSource messages) {
    this.imports = imports;
    this.background = background;
    this.messages = messages;
  }

  /**
   * Imports at once (201 or 422), or with {@code ?async=true} answers 202 at once and goes on in the
   * background: follow {@code processed} of {@code rows} at the Location until the status is final.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> importFile(
      @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean async, Locale locale)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw InvalidInput.of("file", "import.empty");
    }
    var started = imports.start(String.valueOf(file.getOriginalFilename()), file.getBytes());
    var location = URI.create("/api/v1/imports/" + started.id());
    if (async) {
      background.run(started, locale);
      return ResponseEntity.accepted().location(location).body(imports.report(started.id()));
    }
    try {
      var report = imports.process(started, locale);
      return ResponseEntity.created(location).body(report);
    } catch (Imports.Rejected rejected) {
      var report = rejected.report();
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", messages.getMessage("http.422", null, locale));
      problem.put("status", 422);
      problem.put("detail", messages.getMessage("import.rejected", new Object[] {report.errors().size()}, locale));
      problem.put("instance", "/api/v1/imports/" + report.id());
      problem.put("report", report);
      problem.put("reportCsv", "/api/v1/imports/" + report.id() + "/report.csv");
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
  }

  @GetMapping("/{id}")
  Imports.Report report(@PathVariable UUID id) {
    return imports.report(id);
  }

  /** The report's wrong rows as CSV, to fix the file beside it. */
  @GetMapping("/{id}/report.csv")
  void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var report = imports.report(id);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"import-report-" + id + ".csv\"");
    var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    try (var printer = CSVFormat.RFC4180.builder().setHeader("sheet", "row", "column", "message").get().print(writer)) {
      for (var error : report.errors()) {
        printer.printRecord(Exports.neutralised(error.sheet()), error.row(), Exports.neutralised(error.column()),
            Exports.neutralised(error.message()));
      }
    }
  }
}
