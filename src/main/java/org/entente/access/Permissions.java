package org.entente.access;

import static org.entente.access.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides which role grants which permission. Row-level security policies in the
 * migrations mirror these rules for the tables they guard; the leak harness and
 * {@code RowLevelSecurityIntegrationTest} check that the two agree.
 */
public final class Permissions {

  private static final Map<Role, Set<Permission>> granted = new EnumMap<>(Role.class);

  static {
    granted.put(Role.ADMIN, EnumSet.of(READ_USERS_GLOBALLY, MANAGE_USERS_GLOBALLY, READ_ACTIVITIES_GLOBALLY, READ_DECISIONS_GLOBALLY));
    granted.put(Role.STAFF, EnumSet.of(READ_USERS_GLOBALLY, CURATE_ACTIVITIES_GLOBALLY, READ_ACTIVITIES_GLOBALLY,
        READ_DECISIONS_GLOBALLY, REVIEW_PROGRAMMES_GLOBALLY, READ_PROGRAMMES_GLOBALLY));
    granted.put(Role.COUNCIL_SECRETARIAT, EnumSet.of(READ_USERS_FOR_OWN_ORGANISATION, READ_ACTIVITIES_GLOBALLY,
        RECORD_DECISIONS_GLOBALLY, READ_DECISIONS_GLOBALLY, READ_PROGRAMMES_GLOBALLY));
    granted.put(Role.NATIONAL_COORDINATOR, EnumSet.of(READ_USERS_FOR_OWN_ORGANISATION, DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION));
    granted.put(Role.PROVIDER_MANAGER, EnumSet.of(READ_USERS_FOR_OWN_ORGANISATION, OFFER_ACTIVITIES_FOR_OWN_ORGANISATION));
    granted.put(Role.PARTICIPANT, EnumSet.noneOf(Permission.class));
    // registration (issue 6): added here, not above, to keep the lines of the matrix merge-friendly
    granted.get(Role.STAFF).add(MANAGE_REGISTRATIONS_GLOBALLY);
    granted.get(Role.NATIONAL_COORDINATOR).add(NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION);
    granted.get(Role.PROVIDER_MANAGER).add(DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION);
    // trustfunds (issue 13)
    granted.get(Role.NATIONAL_COORDINATOR).add(TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_TRUST_FUNDS_GLOBALLY);
    granted.get(Role.STAFF).add(READ_TRUST_FUNDS_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_TRUST_FUNDS_GLOBALLY);
    granted.put(Role.EXECUTING_AGENT, EnumSet.of(EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION));
    // consultations (issue 16): "Allies + n" requests by coordinators; staff prepare and record; the secretariat reads
    granted.get(Role.NATIONAL_COORDINATOR).add(REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_CONSULTATIONS_GLOBALLY);
    granted.get(Role.STAFF).add(READ_CONSULTATIONS_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_CONSULTATIONS_GLOBALLY);
    // engagement (issue 16): staff keep Contact Point Embassies and missions; a partner's coordinators its own mission
    granted.get(Role.STAFF).add(MANAGE_ENGAGEMENT_GLOBALLY);
    granted.get(Role.NATIONAL_COORDINATOR).add(KEEP_MISSION_FOR_OWN_ORGANISATION);
    // Separation of duties: the auditor reads the trail and nothing else of consequence.
    granted.put(Role.AUDITOR, EnumSet.of(READ_AUDIT_GLOBALLY, VERIFY_AUDIT_GLOBALLY));
    // emergencies (issue 15): the stricken nation's and the donors' coordinators, the centre's duty officer
    granted.get(Role.NATIONAL_COORDINATOR).add(REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION);
    granted.get(Role.NATIONAL_COORDINATOR).add(OFFER_ASSISTANCE_FOR_OWN_ORGANISATION);
    granted.put(Role.EMERGENCY_DUTY_OFFICER, EnumSet.of(COORDINATE_EMERGENCIES_GLOBALLY, READ_EMERGENCIES_GLOBALLY));
    granted.get(Role.STAFF).add(READ_EMERGENCIES_GLOBALLY);
    // science (issue 14): staff run the SPS programme; the secretariat reads the applications the nations decide;
    // coordinators nominate their experts to the panel (reviewers are panel members, not a role)
    granted.get(Role.STAFF).add(MANAGE_SCIENCE_GLOBALLY);
    granted.get(Role.STAFF).add(READ_SCIENCE_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_SCIENCE_GLOBALLY);
    granted.get(Role.NATIONAL_COORDINATOR).add(NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION);
    // capacitybuilding (issue 18): partners ask and contributing nations read; staff assess, draft, implement, review
    granted.get(Role.NATIONAL_COORDINATOR).add(REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_CAPACITY_BUILDING_GLOBALLY);
    granted.get(Role.STAFF).add(READ_CAPACITY_BUILDING_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_CAPACITY_BUILDING_GLOBALLY);
    // integrity (issue 18): a nation's coordinators answer and agree; staff run the peer review (the team reads by its accounts)
    granted.get(Role.NATIONAL_COORDINATOR).add(ASSESS_INTEGRITY_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_INTEGRITY_GLOBALLY);
    // planning (issue 17): partners answer and agree, Allies' coordinators read; staff run it; the secretariat reads
    granted.get(Role.NATIONAL_COORDINATOR).add(PLAN_WITH_NATO_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_PLANNING_GLOBALLY);
    granted.get(Role.STAFF).add(READ_PLANNING_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_PLANNING_GLOBALLY);
    // capabilities (issue 17, OCC E&F): coordinators declare units (partners) and read them (Allies); staff accept,
    // evaluate and certify; the secretariat reads
    granted.get(Role.NATIONAL_COORDINATOR).add(DECLARE_UNITS_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_CAPABILITIES_GLOBALLY);
    granted.get(Role.STAFF).add(READ_CAPABILITIES_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_CAPABILITIES_GLOBALLY);
    // exercises (issue 18): staff sit on the MTEP planning board and record training centres' accreditation
    granted.get(Role.STAFF).add(PLAN_EXERCISES_GLOBALLY);
    granted.get(Role.STAFF).add(ACCREDIT_TRAINING_CENTRES_GLOBALLY);
    // prioritisation (issue 19): staff keep profiles, propose weights and allocate; the secretariat reads; a nation's
    // coordinators read their own profile and explanations (an Ally's every partner's profile); providers allocate their events
    granted.get(Role.STAFF).add(MANAGE_PRIORITISATION_GLOBALLY);
    granted.get(Role.STAFF).add(READ_PRIORITISATION_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_PRIORITISATION_GLOBALLY);
    granted.get(Role.NATIONAL_COORDINATOR).add(READ_PRIORITISATION_FOR_OWN_ORGANISATION);
    granted.get(Role.PROVIDER_MANAGER).add(ALLOCATE_SEATS_FOR_OWN_ORGANISATION);
    // education (issue 18, DEEP and PDP): a partner's coordinators propose and read theirs (an Ally's read every
    // partner's); the experts' institutions read the programmes they serve; staff run them; the secretariat reads
    granted.get(Role.NATIONAL_COORDINATOR).add(TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION);
    granted.get(Role.NATIONAL_COORDINATOR).add(PROVIDE_EDUCATION_EXPERTS_FOR_OWN_ORGANISATION);
    granted.get(Role.PROVIDER_MANAGER).add(PROVIDE_EDUCATION_EXPERTS_FOR_OWN_ORGANISATION);
    granted.get(Role.STAFF).add(MANAGE_EDUCATION_GLOBALLY);
    granted.get(Role.STAFF).add(READ_EDUCATION_GLOBALLY);
    granted.get(Role.COUNCIL_SECRETARIAT).add(READ_EDUCATION_GLOBALLY);
  }

  private Permissions() {}

  public static Set<Permission> of(Role role) {
    return Set.copyOf(granted.get(role));
  }
}
