package org.entente.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * An exercise of the programme in force that invites nation A only reaches no role of nation B or provider B (an
 * exercise inviting B in the same version does); nor does any exercise of a draft version, even one inviting B.
 */
public class ExercisesLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var mtep = new Mtep(world.http());
    var secretA = "Kutaisi" + Mtep.unique("A").substring(2);
    var secretDraft = "Draftplan" + Mtep.unique("D").substring(2);
    var codeA = Mtep.unique("LEAKA");
    var version = mtep.draft(2027);
    var onlyA = Mtep.ok(mtep.add(version, Mtep.exercise(codeA, secretA, 2029, List.of(LeakWorld.NATION_A), null))).get("id").asString();
    Mtep.ok(mtep.add(version, Mtep.exercise(Mtep.unique("LEAKB"), "Open to B", 2029, List.of(LeakWorld.NATION_A, LeakWorld.NATION_B), null)));
    mtep.approved(version);
    var draft = mtep.draft(2028);
    var codeDraft = Mtep.unique("LEAKD");
    var drafted = Mtep.ok(mtep.add(draft, Mtep.exercise(codeDraft, secretDraft, 2030, List.of(LeakWorld.NATION_B), null))).get("id").asString();
    var addresses = new ArrayList<>(List.of("/api/v1/exercises/versions", "/api/v1/exercises/versions?status=APPROVED",
        "/api/v1/exercises/versions/" + version, "/api/v1/exercises/versions/" + version + "/plan.xlsx",
        "/api/v1/exercises/versions/" + version + "/comparison?with=" + draft, "/api/v1/exercises/versions/" + draft,
        "/api/v1/exercises/" + onlyA, "/api/v1/exercises/" + drafted, "/exercises", "/exercises?version=" + version, "/exercises?version=" + draft,
        "/exercises/versions", "/exercises/versions/" + version, "/exercises/versions/" + draft, "/exercises/" + onlyA, "/exercises/" + drafted,
        "/exercises/versions/" + version + "/comparison?with=" + draft, "/api/v1/me/work", "/"));
    return new Seeded(Set.of(secretA, secretDraft, codeA, codeDraft, onlyA, drafted), addresses);
  }
}
