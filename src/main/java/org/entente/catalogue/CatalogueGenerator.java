package org.entente.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.catalogue.Activity.ActivityType;
import org.entente.catalogue.Activity.Format;
import org.entente.directory.PolicyTerm;
import org.entente.languages.BilingualText;
import org.entente.markings.Classification;
import org.entente.markings.Marking;

/**
 * A plausible menu for demonstrations and benchmarks, from the real providers and areas of cooperation:
 * deterministic for a given seed, so that every newcomer sees the same menu and every benchmark the same
 * data. Titles are composed in both languages from the areas' official names.
 */
public final class CatalogueGenerator {

  /** A provider and where its events take place. */
  public record Provider(String code, String country, String city) {}

  /** An activity to create, with its events. */
  public record Generated(Activity activity, List<Catalogue.NewEvent> events) {}

  // {area} is replaced by the area's name in the title's language
  private record Template(ActivityType type, Format format, String en, String fr, int days) {}

  private static final List<Template> templates =
      List.of(
          new Template(ActivityType.COURSE, Format.RESIDENTIAL, "{area}: foundation course", "{area} : cours de base", 5),
          new Template(ActivityType.COURSE, Format.RESIDENTIAL, "Advanced course: {area}", "Cours avancé : {area}", 10),
          new Template(ActivityType.ONLINE_COURSE, Format.ONLINE, "Online introduction: {area}", "Introduction en ligne : {area}", 3),
          new Template(ActivityType.WORKSHOP, Format.RESIDENTIAL, "Practitioners' workshop: {area}", "Atelier des praticiens : {area}", 3),
          new Template(ActivityType.SEMINAR, Format.BLENDED, "Regional seminar: {area}", "Séminaire régional : {area}", 2),
          new Template(ActivityType.CONFERENCE, Format.RESIDENTIAL, "Senior leaders' conference: {area}", "Conférence des hauts responsables : {area}", 2),
          new Template(ActivityType.EXERCISE, Format.RESIDENTIAL, "Staff exercise: {area}", "Exercice d’état-major : {area}", 8),
          new Template(ActivityType.EXPERT_VISIT, Format.RESIDENTIAL, "Expert advisory visit: {area}", "Visite d’experts : {area}", 4),
          new Template(ActivityType.COURSE, Format.BLENDED, "Train the trainers: {area}", "Former les formateurs : {area}", 5));

  private static final List<String> frameworks =
      List.of("EAPC_PFP", "MEDITERRANEAN_DIALOGUE", "ISTANBUL_COOPERATION_INITIATIVE", "PARTNERS_ACROSS_THE_GLOBE");

  private CatalogueGenerator() {}

  /** The events an activity gets on average unless told otherwise. */
  public static final int EVENTS_PER_ACTIVITY = 2;

  /**
   * @param activities how many activities; each gets 1 to 3 events, about 2 on average
   * @param from events start within two years of this day
   */
  public static List<Generated> generate(
      long seed, int activities, List<Provider> providers, List<PolicyTerm> areas, List<PolicyTerm> priorityAreas,
      LocalDate from) {
    return generate(seed, activities, EVENTS_PER_ACTIVITY, providers, areas, priorityAreas, from);
  }

  /**
   * @param activities how many activities
   * @param eventsPerActivity the mean number of events of an activity: each gets 1 to 2 × mean − 1, uniformly
   *     (with 2, the same menu as without it)
   * @param from events start within two years of this day
   */
  public static List<Generated> generate(
      long seed, int activities, int eventsPerActivity, List<Provider> providers, List<PolicyTerm> areas,
      List<PolicyTerm> priorityAreas, LocalDate from) {
    if (eventsPerActivity < 1) {
      throw new IllegalArgumentException("eventsPerActivity must be at least 1: " + eventsPerActivity);
    }
    var random = new Random(seed);
    var generated = new ArrayList<Generated>(activities);
    for (int i = 0; i < activities; i++) {
      var provider = providers.get(random.nextInt(providers.size()));
      var area = areas.get(random.nextInt(areas.size()));
      var template = templates.get(random.nextInt(templates.size()));
      var code = provider.code().replace('_', '-') + "-" + String.format("%05d", i + 1);
      var title = new BilingualText(
          template.en().replace("{area}", area.name().en()),
          template.fr().replace("{area}", area.name().fr()));
      var summary = new BilingualText(
          "Offered by " + provider.code() + " to partners working on " + lower(area.name().en()) + ".",
          "Proposé par " + provider.code() + " aux partenaires qui travaillent sur ce domaine : " + lower(area.name().fr()) + ".");
      var objectives = new BilingualText(
          "Participants share practice and build interoperability in " + lower(area.name().en()) + ".",
          "Les participants partagent leurs pratiques et renforcent l’interopérabilité : " + lower(area.name().fr()) + ".");
      var languages = random.nextInt(4) == 0 ? List.of("en", "fr") : List.of("en");
      var priority = priorityAreas.get(random.nextInt(priorityAreas.size())).code();
      Eligibility eligibility;
      var rule = random.nextInt(10);
      if (rule < 7) {
        eligibility = Eligibility.allPartners();
      } else if (rule < 9) {
        eligibility = new Eligibility(Eligibility.Kind.FRAMEWORKS, List.of(frameworks.get(random.nextInt(frameworks.size()))), List.of(), null);
      } else {
        eligibility = new Eligibility(Eligibility.Kind.FRAMEWORKS, List.of("EAPC_PFP"), List.of(), null);
      }
      var marking = random.nextInt(5) == 0 ? new Marking(Classification.PUBLIC, Set.of()) : new Marking(Classification.NATO_UNCLASSIFIED, Set.of());
      var activity = new Activity(code, provider.code(), template.type(), template.format(), title, summary,
          new BilingualText(null, null), objectives, languages, template.days() + random.nextInt(3), List.of(area.code()),
          List.of(priority), marking, eligibility, ActivityStatus.PUBLISHED, null, 1);
      var events = new ArrayList<Catalogue.NewEvent>();
      var count = 1 + random.nextInt(2 * eventsPerActivity - 1);
      for (int e = 0; e < count; e++) {
        var starts = from.plusDays(30 + random.nextInt(700));
        var online = template.format() == Format.ONLINE;
        events.add(new Catalogue.NewEvent(
            starts, starts.plusDays(Math.max(0, activity.durationDays() - 1)),
            online ? null : provider.city(), online ? null : provider.country(),
            12 + random.nextInt(5) * 6, starts.minusDays(90), starts.minusDays(21),
            random.nextInt(3) == 0 ? 2 : null));
      }
      generated.add(new Generated(activity, events));
    }
    return generated;
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** Where the real providers of the directory hold their events. */
  static final Map<String, String[]> places =
      Map.ofEntries(
          Map.entry("NSO", new String[] {"DEU", "Oberammergau"}),
          Map.entry("NDC", new String[] {"ITA", "Rome"}),
          Map.entry("DEU", new String[] {"DEU", "Berlin"}), Map.entry("FRA", new String[] {"FRA", "Paris"}),
          Map.entry("USA", new String[] {"USA", "Monterey"}), Map.entry("ROU", new String[] {"ROU", "Brașov"}),
          Map.entry("JOR", new String[] {"JOR", "Amman"}), Map.entry("SWE", new String[] {"SWE", "Kungsängen"}),
          Map.entry("GRC", new String[] {"GRC", "Kilkis"}), Map.entry("GEO", new String[] {"GEO", "Sachkhere"}),
          Map.entry("TUR", new String[] {"TUR", "Ankara"}), Map.entry("BIH", new String[] {"BIH", "Sarajevo"}),
          Map.entry("AUT", new String[] {"AUT", "Vienna"}), Map.entry("CHE", new String[] {"CHE", "Geneva"}),
          Map.entry("KWT", new String[] {"KWT", "Kuwait City"}), Map.entry("ITA", new String[] {"ITA", "Vicenza"}),
          Map.entry("POL", new String[] {"POL", "Warsaw"}), Map.entry("NLD", new String[] {"NLD", "The Hague"}),
          Map.entry("BGR", new String[] {"BGR", "Sofia"}), Map.entry("EST", new String[] {"EST", "Tallinn"}),
          Map.entry("LTU", new String[] {"LTU", "Vilnius"}), Map.entry("LVA", new String[] {"LVA", "Riga"}),
          Map.entry("CZE", new String[] {"CZE", "Vyškov"}), Map.entry("SVK", new String[] {"SVK", "Bratislava"}),
          Map.entry("HUN", new String[] {"HUN", "Budapest"}), Map.entry("ESP", new String[] {"ESP", "Madrid"}),
          Map.entry("GBR", new String[] {"GBR", "Shrivenham"}), Map.entry("NOR", new String[] {"NOR", "Oslo"}),
          Map.entry("FIN", new String[] {"FIN", "Helsinki"}), Map.entry("UKR", new String[] {"UKR", "Kyiv"}),
          Map.entry("SRB", new String[] {"SRB", "Belgrade"}), Map.entry("MDA", new String[] {"MDA", "Chișinău"}),
          Map.entry("ARM", new String[] {"ARM", "Yerevan"}), Map.entry("KAZ", new String[] {"KAZ", "Almaty"}),
          Map.entry("IRL", new String[] {"IRL", "Dublin"}), Map.entry("QAT", new String[] {"QAT", "Doha"}));
}
