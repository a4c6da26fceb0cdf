package org.entente.prioritisation.pages;

import java.time.LocalDate;
import java.util.List;
import org.entente.prioritisation.Consideration;
import org.entente.prioritisation.Profile;
import org.entente.prioritisation.WeightSet;

/** The prioritisation overview: the profiles the caller reads on a date. */
public record ProfilesView(List<Profile> profiles, List<Consideration> considerations, LocalDate on, boolean keeps, String typedOn, boolean onInvalid, WeightSet.Current weights, boolean allocates) {}
