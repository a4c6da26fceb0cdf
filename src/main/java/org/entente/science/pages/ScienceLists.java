package org.entente.science.pages;

import java.util.List;
import org.entente.science.Application;
import org.entente.science.Review;

/** A list page: the applications the reader sees (staff: the screening queue by status), or a reviewer's queue. */
public record ScienceLists(List<Application> applications, List<Review> reviews, String status, boolean staff) {}
