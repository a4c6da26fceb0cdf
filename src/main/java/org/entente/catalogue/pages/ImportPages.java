package org.entente.catalogue.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.catalogue.BackgroundImports;
import org.entente.catalogue.Imports;
import org.entente.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A provider uploads a file and follows its import until the report: imported, or every wrong cell named. */
@Controller
class ImportPages {

  private final Imports imports;
  private final BackgroundImports background;
  private final Guard guard;

  ImportPages(Imports imports, BackgroundImports background, Guard guard) {
    this.imports = imports;
    this.background = background;
    this.guard = guard;
  }

  @GetMapping("/menu/imports")
  String form(Model model) {
    guard.requireAny(Permission.OFFER_ACTIVITIES_FOR_OWN_ORGANISATION, Permission.CURATE_ACTIVITIES_GLOBALLY);
    model.addAttribute("error", null);
    return "menu/import";
  }

  @PostMapping("/menu/imports")
  String upload(@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw InvalidInput.of("file", "import.empty");
      }
      var started = imports.start(String.valueOf(file.getOriginalFilename()), file.getBytes());
      background.run(started, locale);
      return "redirect:/menu/imports/" + started.id();
    } catch (InvalidInput invalid) {
      model.addAttribute("error", invalid.violations().getFirst());
      return "menu/import";
    }
  }

  @GetMapping("/menu/imports/{id}")
  String report(@PathVariable UUID id, HttpServletRequest request, Model model) {
    model.addAttribute("report", imports.report(id));
    return request.getHeader("HX-Request") != null ? "menu/import-report" : "menu/import-progress";
  }
}
