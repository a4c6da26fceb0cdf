package org.entente.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.access.Callers;
import org.entente.access.Role;
import org.entente.catalogue.Catalogue;
import org.entente.database.DemoData;
import org.entente.languages.BilingualText;
import org.entente.registration.Attendance;
import org.entente.registration.Output;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, made as staff make them: Georgia's DEEP programme at its defence academy, active, with experts of
 * the Baltic Defence College and the PfP Consortium and two past menu events whose attendance and feedback show in
 * its figures; Ukraine's Professional Development Programme at its ministry, with placements at the Marshall Center
 * and the NATO Defense College; and Georgia's NCO academy's proposal waiting for staff.
 */
@Component
@Order(14) // after the menu and the registrations its events draw from
class DemoEducation implements DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoEducation.class);

  private final Education education;
  private final Catalogue catalogue;
  private final Attendance attendance;
  private final Output output;
  private final Clock clock;

  DemoEducation(Education education, Catalogue catalogue, Attendance attendance, Output output, Clock clock) {
    this.education = education;
    this.catalogue = catalogue;
    this.attendance = attendance;
    this.output = output;
    this.clock = clock;
  }

  @Override
  public String table() {
    return "education_programme";
  }

  @Override
  public void fill() {
    var today = LocalDate.now(clock);
    var staff = Callers.demo("IS", Role.STAFF);
    var geo = Callers.demo("GEO", Role.NATIONAL_COORDINATOR);
    var attended = Callers.callAs(staff, () -> pastEventsWithAttendance(today, 2));

    var georgia = Callers.callAs(staff, () -> education.propose(new Education.NewProgramme("GEO", "DEEP", "DEFENCE_UNIVERSITY",
        BilingualText.of("National Defence Academy of Georgia", "Académie nationale de défense de Géorgie"),
        List.of("CURRICULUM_DEVELOPMENT", "FACULTY_DEVELOPMENT", "PEER_TO_PEER"), List.of("GENERIC_OFFICER_PME", "BUILDING_INTEGRITY")))).id();
    Callers.callAs(staff, () -> education.transition(georgia, "ACTIVE", null));
    Callers.callAs(staff, () -> education.addExpert(georgia, new Education.NewExpert("Curriculum adviser", "BALTDEFCOL", "CURRICULUM_DEVELOPMENT")));
    Callers.callAs(staff, () -> education.addExpert(georgia, new Education.NewExpert("Faculty development team lead", "PFPC", "FACULTY_DEVELOPMENT")));
    Callers.callAs(staff, () -> education.addExpert(georgia, new Education.NewExpert("Peer from the NATO Defense College", "NDC", "PEER_TO_PEER")));
    attended.forEach(event -> Callers.callAs(staff, () -> education.linkEvent(georgia, event.toString())));

    var ukraine = Callers.callAs(staff, () -> education.propose(new Education.NewProgramme("UKR", "PDP", "MINISTRY",
        BilingualText.of("Ministry of Defence of Ukraine: civilian staff", "Ministère de la défense de l’Ukraine : personnel civil"),
        List.of("FACULTY_DEVELOPMENT"), List.of("DEFENCE_INSTITUTION_BUILDING", "BUILDING_INTEGRITY")))).id();
    Callers.callAs(staff, () -> education.transition(ukraine, "ACTIVE", null));
    Callers.callAs(staff, () -> education.addExpert(ukraine, new Education.NewExpert("Civil service trainer", "GCMC", null)));
    Callers.callAs(staff, () -> education.addPlacement(ukraine, new Education.NewPlacement("GCMC", today.minusMonths(5), 6)));
    Callers.callAs(staff, () -> education.addPlacement(ukraine, new Education.NewPlacement("NDC", today.minusMonths(2), 3)));

    Callers.callAs(geo, () -> education.propose(new Education.NewProgramme("GEO", "DEEP", "NCO_ACADEMY",
        BilingualText.of("Georgian NCO Academy", "École de sous-officiers de Géorgie"), List.of("CURRICULUM_DEVELOPMENT"), List.of("NCO_PME"))));
    log.info("Demo education: Georgia's DEEP with {} past events, Ukraine's PDP, a proposal waiting", attended.size());
  }

  /** Past events of the activities Georgians attended in the last two years (registration's own record), oldest first. */
  private List<UUID> pastEventsWithAttendance(LocalDate today, int wanted) {
    var found = new ArrayList<UUID>();
    var activities = attendance.attended("GEO", today.getYear() - 1, today.getYear()).stream().map(Attendance.Attended::activity).distinct().toList();
    for (var code : activities) {
      for (var e : catalogue.events(code)) {
        if (found.size() >= wanted) return found;
        if (!e.startsOn().isBefore(today) || found.contains(e.id())) continue;
        var figures = output.ofEvents(List.of(e.id()), e.startsOn().getYear(), e.startsOn().getYear());
        if (!figures.isEmpty() && figures.getFirst().attended() > 0) found.add(e.id());
      }
    }
    return found;
  }
}
