package org.entente.science.pages;

import java.util.List;
import org.entente.science.Application;
import org.entente.science.Call;
import org.entente.science.PublicProject;
import org.entente.science.Review;

/** The programme's page: published calls and awarded projects for everyone; the reader's applications and reviews. */
public record ScienceHome(List<Call> calls, List<PublicProject> projects, List<Application> applications, List<Review> reviews,
    boolean staff, boolean nominates) {}
