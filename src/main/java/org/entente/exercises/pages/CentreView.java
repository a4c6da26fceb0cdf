package org.entente.exercises.pages;

import java.util.List;
import org.entente.directory.Names;
import org.entente.exercises.Centre;
import org.entente.registration.Output;

/**
 * One training centre: its accreditation, specialities and courses, and its yearly output (events, participants who
 * attended, nations, mean feedback) computed from registration for the activities it provides.
 */
public record CentreView(Centre centre, Names nations, List<Output.Year> output) {}
