package org.entente.science.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.science.Science;
import org.entente.science.ScienceAttachments;
import org.entente.science.ScienceTeams;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An application's team and attachments: read by whoever reads the application; a co-director adds and removes
 * members and uploads PDFs (a plain multipart form, no JavaScript) while it is being completed. A refusal is shown
 * beside its field with what was typed kept.
 */
@Controller
class ScienceTeamPages {

  private final Science science;
  private final ScienceTeams teams;
  private final ScienceAttachments attachments;

  ScienceTeamPages(Science science, ScienceTeams teams, ScienceAttachments attachments) {
    this.science = science;
    this.teams = teams;
    this.attachments = attachments;
  }

  @GetMapping("/science/applications/{id}/team")
  String team(@PathVariable UUID id, Model model) {
    return show(id, Map.of(), Map.of(), null, List.of(), model);
  }

  @PostMapping("/science/applications/{id}/team")
  String add(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
    return act(id, form, model, () -> teams.add(id, new ScienceTeams.NewMember(form.get("name"), form.get("role"), form.get("organisation"),
        form.get("nation"))));
  }

  @PostMapping("/science/applications/{id}/team/{member}/remove")
  String remove(@PathVariable UUID id, @PathVariable UUID member, Model model) {
    return act(id, Map.of(), model, () -> teams.remove(id, member));
  }

  @PostMapping("/science/applications/{id}/attachments")
  String attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
    if (file != null && file.getSize() > ScienceAttachments.MAX_BYTES) {
      return show(id, Map.of("file", new Violation("file", "science.attachment.too-large", List.of(ScienceAttachments.MAX_BYTES / 1024 / 1024))),
          Map.of(), null, List.of(), model);
    }
    var content = file == null ? new byte[0] : file.getBytes();
    var name = file == null ? null : file.getOriginalFilename();
    return act(id, Map.of(), model, () -> attachments.attach(id, name, content));
  }

  private String act(UUID id, Map<String, String> form, Model model, Runnable action) {
    try {
      action.run();
      return "redirect:/science/applications/" + id + "/team";
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return show(id, errors, form, null, List.of(), model);
    } catch (ScienceAttachments.TooLarge tooLarge) {
      return show(id, Map.of("file", new Violation("file", "science.attachment.too-large", List.of(ScienceAttachments.MAX_BYTES / 1024 / 1024))),
          form, null, List.of(), model);
    } catch (Conflict conflict) {
      return show(id, Map.of(), form, conflict.messageKey(), new ArrayList<>(conflict.arguments()), model);
    }
  }

  private String show(UUID id, Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> arguments,
      Model model) {
    var application = science.application(id);
    model.addAttribute("view", new TeamView(application, teams.team(id), attachments.attachments(id), teams.mayKeep(application),
        ScienceAttachments.MAX_BYTES / 1024 / 1024, errors, typed, problem, arguments));
    return "science/team";
  }
}
