package org.entente.exercises.pages;

import static org.entente.web.Texts.blank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.directory.Directory;
import org.entente.exercises.Centres;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of the training centres network, with staff's form to record an accreditation. */
@Controller
class CentrePages {

  private final Centres centres;
  private final Directory directory;

  CentrePages(Centres centres, Directory directory) {
    this.centres = centres;
    this.directory = directory;
  }

  @GetMapping("/exercises/centres")
  String network(@RequestParam(defaultValue = "") String accreditation, Model model) {
    return network(accreditation, Map.of(), Map.of(), model);
  }

  private String network(String accreditation, Map<String, Violation> errors, Map<String, String> typed, Model model) {
    var errs = new HashMap<>(errors);
    List<org.entente.exercises.Centre> list;
    try {
      list = centres.network(accreditation);
    } catch (InvalidInput invalid) {
      invalid.violations().forEach(v -> errs.putIfAbsent("filter-" + v.name(), v));
      list = centres.network(null);
    }
    var nations = new TreeSet<String>();
    list.forEach(c -> {
      if (c.belongsTo() != null) nations.add(c.belongsTo());
    });
    var byNation = new java.util.TreeMap<String, int[]>();
    list.forEach(c -> {
      var counts = byNation.computeIfAbsent(c.belongsTo() == null ? "NATO" : c.belongsTo(), k -> new int[2]);
      counts[0]++;
      if (c.accreditation() == org.entente.exercises.Centre.Accreditation.ACCREDITED) counts[1]++;
    });
    nations.addAll(byNation.keySet());
    model.addAttribute("view", new NetworkView(list, accreditation, directory.names(nations, directory.today()),
        centres.accredits() ? centres.institutions() : List.of(), errs, typed, centres.output(list),
        byNation.entrySet().stream().map(e -> new NetworkView.NationRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList()));
    return "exercises/centres";
  }

  /** One centre: its accreditation, courses and yearly output computed from registration. Public, as the network is. */
  @GetMapping("/exercises/centres/{code}")
  String centre(@org.springframework.web.bind.annotation.PathVariable String code, Model model) {
    if (code.length() > 20) throw new org.entente.web.NotFound("centre", code);
    var centre = centres.centre(code);
    var nations = new TreeSet<String>();
    if (centre.belongsTo() != null) nations.add(centre.belongsTo());
    model.addAttribute("view", new CentreView(centre, directory.names(nations, directory.today()), centres.output(centre.code())));
    return "exercises/centre";
  }

  @PostMapping("/exercises/centres")
  String record(@RequestParam Map<String, String> form, Model model) {
    LocalDate on = null;
    var value = form.get("on");
    if (value != null && !value.isBlank()) {
      try {
        on = LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        return network("", Map.of("on", new Violation("on", "problem.date", List.of())), form, model);
      }
    }
    try {
      var code = form.getOrDefault("institution", "");
      centres.record(code, new Centres.NewAccreditation(form.get("accreditation"), on,
          new BilingualText(form.get("specialitiesEn"), form.get("specialitiesFr"))));
      return "redirect:/exercises/centres#centre-" + code.strip().toUpperCase(java.util.Locale.ROOT);
    } catch (InvalidInput invalid) {
      var errors = invalid.byField();
      return network("", errors, form, model);
    }
  }
}
