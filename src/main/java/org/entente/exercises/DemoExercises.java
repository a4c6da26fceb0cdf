package org.entente.exercises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.MenuSearch;
import org.entente.database.DemoData;
import org.entente.exercises.Exercises.NewConference;
import org.entente.exercises.Exercises.NewExercise;
import org.entente.languages.BilingualText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the exercise programme 2027–2031 as the planning board (staff) makes it: version 1 with six exercises,
 * approved; version 2 drafted from it (one exercise moved, one dropped, one added) and circulated for approval. The
 * first exercise's initial planning conference is two weeks away, so that Georgia's start page shows it.
 */
@Component
@Order(13)
class DemoExercises implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoExercises.class);

  private final Exercises exercises;
  private final Centres centres;
  private final MenuSearch menu;
  private final Clock clock;

  DemoExercises(Exercises exercises, Centres centres, MenuSearch menu, Clock clock) {
    this.exercises = exercises;
    this.centres = centres;
    this.menu = menu;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "exercises_version";
  }

  private record Planned(String code, String en, String fr, String kind, LocalDate starts, int days, String place, List<String> invited) {}

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var first = Math.max(2027, today.getYear()); // the versions' years must stay near today
    var board = Callers.demo("IS", Role.STAFF);
    var hits = Callers.callAs(board, () -> menu.activities(new MenuSearch.Query(null, null, null, "EXERCISE", null, null, null, null, null, null,
        "PUBLISHED", null, 0, 2))).items();
    var menuExercise = hits.isEmpty() ? null : hits.getFirst().activity().code();
    var plan = List.of(
        new Planned("STEADFAST-PARTNER", "Steadfast Partner", "Partenaire résolu", "CPX", LocalDate.of(first, 6, 7), 10, "Tbilisi",
            List.of("GEO", "MDA", "UKR", "NOR", "POL")),
        new Planned("BLACK-SEA-SHIELD", "Black Sea Shield", "Bouclier de la mer Noire", "LIVEX", LocalDate.of(first + 1, 4, 12), 12, "Constanța",
            List.of("GEO", "UKR", "ROU", "BGR", "TUR")),
        new Planned("DESERT-COOPERATION", "Desert Cooperation", "Coopération du désert", "CPX", LocalDate.of(first + 1, 10, 4), 8, "Amman",
            List.of("JOR", "TUN", "MAR", "ITA")),
        new Planned("CYBER-COALITION-P", "Cyber Coalition Partners", "Coalition cyber des partenaires", "CAX", LocalDate.of(first + 2, 11, 15), 5,
            "Tallinn", List.of("GEO", "UKR", "MDA", "CHE", "AUT", "IRL")),
        new Planned("MOUNTAIN-RESCUE", "Mountain Rescue", "Secours en montagne", "LIVEX", LocalDate.of(first + 3, 9, 6), 7, "Sachkhere",
            List.of("GEO", "ARM", "AZE", "CHE")),
        new Planned("MARITIME-RESOLVE", "Maritime Resolve", "Détermination maritime", "LIVEX", LocalDate.of(first + 4, 5, 18), 14, "Souda Bay",
            List.of("JOR", "TUN", "GEO", "GRC")));
    var v1 = Callers.callAs(board, () -> exercises.draft(new Exercises.NewVersion(first, BilingualText.of(
        "Drafted by the planning board at its annual meeting.", "Rédigée par le comité de planification lors de sa réunion annuelle."), null)));
    for (int i = 0; i < plan.size(); i++) {
      var p = plan.get(i);
      var conferences = new ArrayList<NewConference>();
      var ipc = i == 0 && today.plusDays(14).isBefore(p.starts().minusMonths(2)) ? today.plusDays(14) : p.starts().minusMonths(9);
      conferences.add(new NewConference("IPC", ipc, ipc.plusDays(2), "Stavanger"));
      var mpc = p.starts().minusMonths(5).isAfter(ipc.plusDays(3)) ? p.starts().minusMonths(5) : ipc.plusDays(10);
      conferences.add(new NewConference("MPC", mpc, mpc.plusDays(2), p.place()));
      var fpc = p.starts().minusMonths(2).isAfter(mpc.plusDays(3)) ? p.starts().minusMonths(2) : mpc.plusDays(10);
      if (fpc.isBefore(p.starts())) conferences.add(new NewConference("FPC", fpc, fpc.plusDays(2), p.place()));
      var activity = i == 0 ? menuExercise : null;
      Callers.callAs(board, () -> exercises.add(v1.id(), new NewExercise(p.code(), BilingualText.of(p.en() + " " + p.starts().getYear(),
          p.fr() + " " + p.starts().getYear()), p.kind(), p.starts(), p.starts().plusDays(p.days() - 1), p.place(), p.invited(), activity,
          conferences)));
    }
    Callers.callAs(board, () -> exercises.transition(v1.id(), "CIRCULATED", null));
    Callers.callAs(board, () -> exercises.transition(v1.id(), "APPROVED", null));

    var v2 = Callers.callAs(board, () -> exercises.draft(new Exercises.NewVersion(first, BilingualText.of(
        "Annual revision: Desert Cooperation moves to the spring, Mountain Rescue is dropped, a medical exercise is added.",
        "Révision annuelle : Coopération du désert passe au printemps, Secours en montagne est retiré, un exercice médical est ajouté."), null)));
    for (var e : Callers.callAs(board, () -> exercises.exercises(v2.id()))) {
      if (e.code().equals("MOUNTAIN-RESCUE")) Callers.runAs(board, () -> exercises.remove(e.id()));
      if (e.code().equals("DESERT-COOPERATION")) {
        var starts = e.startsOn().withMonth(5).withDayOfMonth(10);
        var conferences = e.conferences().stream().map(c -> new NewConference(c.kind().name(), c.startsOn().minusMonths(5), c.endsOn().minusMonths(5),
            c.place())).toList();
        Callers.callAs(board, () -> exercises.change(e.id(), new NewExercise(e.code(), e.name(), e.kind().name(), starts, starts.plusDays(7),
            "Aqaba", e.invited(), e.activity(), conferences)));
      }
    }
    var medical = LocalDate.of(first + 3, 6, 14);
    Callers.callAs(board, () -> exercises.add(v2.id(), new NewExercise("VIGILANT-MEDIC", BilingualText.of("Vigilant Medic " + medical.getYear(),
        "Médecin vigilant " + medical.getYear()), "LIVEX", medical, medical.plusDays(6), "Chișinău", List.of("MDA", "GEO", "UKR", "ROU"), null,
        List.of(new NewConference("IPC", medical.minusMonths(9), medical.minusMonths(9).plusDays(2), "Stavanger"),
            new NewConference("MPC", medical.minusMonths(5), medical.minusMonths(5).plusDays(2), "Chișinău"),
            new NewConference("FPC", medical.minusMonths(2), medical.minusMonths(2).plusDays(2), "Chișinău")))));
    Callers.callAs(board, () -> exercises.transition(v2.id(), "CIRCULATED", null));
    // the training centres network: PTECs of Allies and partners, as staff record them
    record Accredited(String code, String accreditation, LocalDate on, String en, String fr) {}
    for (var c : List.of(
        new Accredited("SWEDINT", "ACCREDITED", LocalDate.of(2012, 6, 1), "Peace support operations, UN military observers.",
            "Opérations de soutien de la paix, observateurs militaires de l’ONU."),
        new Accredited("MPSOTC", "ACCREDITED", LocalDate.of(2012, 6, 1), "Peace support operations, civil–military cooperation.",
            "Opérations de soutien de la paix, coopération civilo-militaire."),
        new Accredited("SMTS", "ACCREDITED", LocalDate.of(2015, 3, 18), "Mountain warfare and survival.", "Combat et survie en montagne."),
        new Accredited("JAFLI", "ACCREDITED", LocalDate.of(2016, 11, 9), "Language training (English, Arabic).", "Formation linguistique (anglais, arabe)."),
        new Accredited("DRESMARA", "ACCREDITED", LocalDate.of(2013, 5, 22), "Defence resources management.", "Gestion des ressources de défense."),
        new Accredited("PFPTC", "ACCREDITED", LocalDate.of(2012, 6, 1), "Partnership for Peace courses, counter-terrorism.",
            "Cours du Partenariat pour la paix, lutte contre le terrorisme."),
        new Accredited("FHPSOTC", "CANDIDATE", null, "Peace support operations.", "Opérations de soutien de la paix."))) {
      Callers.callAs(board, () -> centres.record(c.code(), new Centres.NewAccreditation(c.accreditation(), c.on(), BilingualText.of(c.en(), c.fr()))));
    }
    log.info("Demo mode: exercise programme {}–{} (version 1 in force, version 2 circulated)", first, first + 4);
  }
}
