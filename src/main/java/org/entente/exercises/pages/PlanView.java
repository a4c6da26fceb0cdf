package org.entente.exercises.pages;

import java.util.List;
import org.entente.directory.Names;
import org.entente.exercises.Exercise;
import org.entente.exercises.PlanVersion;
import org.jspecify.annotations.Nullable;

/**
 * The five-year plan page: the version shown (the one in force unless another is chosen), the versions the reader
 * may choose from, and the exercises they may read, as a timeline.
 *
 * @param planner whether the reader sits on the planning board
 */
public record PlanView(@Nullable PlanVersion version, List<PlanVersion> versions, List<Exercise> exercises, @Nullable Timeline timeline,
    Names names, boolean planner) {}
