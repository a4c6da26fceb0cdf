package org.entente.capacitybuilding.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.capacitybuilding.CapacityBuilding;
import org.entente.capacitybuilding.CapacityBuildingStatus;
import org.entente.capacitybuilding.CapacityPackage;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One package as its reader may see it, with the forms of the caller's next moves.
 *
 * @param staff whether the caller drafts, implements and reviews packages
 * @param section the section a refused form belongs to (its typed input and field messages are kept)
 * @param notice a refusal of the whole move (409), shown in that section
 */
public record PackageView(CapacityPackage capacityPackage, Set<CapacityBuildingStatus> next, boolean staff, @Nullable String section,
    Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice, List<CapacityBuilding.FundOption> funds,
    CapacityBuilding.@Nullable FundOption fund) {

  public boolean in(String name) {
    return name.equals(section);
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public @Nullable Violation errorOf(String field) {
    return errors.get(field);
  }

  /** What was typed in a refused form, else the value given. */
  public String typed(String form, String field, @Nullable String value) {
    return in(form) ? typed.getOrDefault(field, "") : value == null ? "" : value;
  }

  /** The simple moves offered as buttons (a review has its own form). */
  public List<CapacityBuildingStatus> moves() {
    return next.stream().filter(s -> !(capacityPackage.status() == CapacityBuildingStatus.UNDER_REVIEW && s == CapacityBuildingStatus.IMPLEMENTING))
        .sorted().toList();
  }

  public boolean preparing() {
    return staff && capacityPackage.status().inPreparation();
  }

  public boolean reviewable() {
    return staff && capacityPackage.status() == CapacityBuildingStatus.UNDER_REVIEW;
  }

  /** The name of an area by its id. */
  public BilingualText areaName(java.util.@Nullable UUID area) {
    return capacityPackage.areas().stream().filter(a -> a.id().equals(area)).map(CapacityPackage.Area::name).findFirst()
        .orElse(new BilingualText(null, null));
  }

  public boolean charted() {
    return capacityPackage.areas().stream().anyMatch(a -> a.progress() != null);
  }
}
