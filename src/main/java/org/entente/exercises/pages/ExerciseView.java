package org.entente.exercises.pages;

import org.entente.directory.Names;
import org.entente.exercises.Exercise;
import org.entente.exercises.PlanVersion;
import org.jspecify.annotations.Nullable;

/**
 * One exercise with its planning conferences, the organisations invited (by name) and its menu activity.
 *
 * @param removable whether the reader may take it off its (draft) version
 */
public record ExerciseView(Exercise exercise, PlanVersion version, Names names, boolean removable, @Nullable String notice) {}
