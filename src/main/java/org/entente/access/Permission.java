package org.entente.access;

/**
 * What a role allows, named {@code ACTION_ENTITY} and scoped: {@code …_FOR_OWN_ORGANISATION} applies to the
 * organisations the role is held for, {@code …_GLOBALLY} to all. {@link Permissions} is the one place that
 * says which role grants which.
 */
public enum Permission {
  /** See the accounts that hold a role in one's own organisation. */
  READ_USERS_FOR_OWN_ORGANISATION,
  /** See every account. */
  READ_USERS_GLOBALLY,
  /** Create accounts and change anyone's memberships. */
  MANAGE_USERS_GLOBALLY,
  /** Read the audit trail. */
  READ_AUDIT_GLOBALLY,
  /** Verify the audit trail's hash chain. */
  VERIFY_AUDIT_GLOBALLY,
  /** Draft, submit, revise and withdraw the activities and events of one's own institution. */
  OFFER_ACTIVITIES_FOR_OWN_ORGANISATION,
  /** Publish or return submitted activities, withdraw any, decide the yearly review. */
  CURATE_ACTIVITIES_GLOBALLY,
  /** See every activity in any state. */
  READ_ACTIVITIES_GLOBALLY,
  /** Propose the Council's decisions and confirm those another member proposed (four eyes). */
  RECORD_DECISIONS_GLOBALLY,
  /** See every decision of the register, proposals included. */
  READ_DECISIONS_GLOBALLY,
  /** Draft, submit and agree the individual programme of one's own (partner) nation. */
  DRAFT_PROGRAMMES_FOR_OWN_ORGANISATION,
  /** Review every partner's programme: open the review, comment, return. */
  REVIEW_PROGRAMMES_GLOBALLY,
  /** See every partner's programme in any state. */
  READ_PROGRAMMES_GLOBALLY,
  /** Keep one's own nation's participants and nominate them to events; accept offers, cancel. */
  NOMINATE_PARTICIPANTS_FOR_OWN_ORGANISATION,
  /** Open one's own institution's events, decide nominations to them, record attendance, report. */
  DECIDE_NOMINATIONS_FOR_OWN_ORGANISATION,
  /** See and act on every participant, invitation and nomination. */
  MANAGE_REGISTRATIONS_GLOBALLY,
  /** Propose a trust fund for one's own nation or as an Ally, lead one, pledge and contribute to one. */
  TAKE_PART_IN_TRUST_FUNDS_FOR_OWN_ORGANISATION,
  /** Run trust fund projects as their executing agent: agree the proposal, record disbursements and expenditures. */
  EXECUTE_TRUST_FUNDS_FOR_OWN_ORGANISATION,
  /** Scope trust fund ideas, invite lead nations, present proposals to the Council, record advances, close. */
  MANAGE_TRUST_FUNDS_GLOBALLY,
  /** See every trust fund project with its ledger. */
  READ_TRUST_FUNDS_GLOBALLY,
  /** File one's own nation's requests for disaster assistance; accept or decline the offers made against them. */
  REQUEST_ASSISTANCE_FOR_OWN_ORGANISATION,
  /** Offer one's own nation's assistance against disseminated requests and report its delivery. */
  OFFER_ASSISTANCE_FOR_OWN_ORGANISATION,
  /** Validate and disseminate requests for assistance, see every offer, write situation reports, close incidents. */
  COORDINATE_EMERGENCIES_GLOBALLY,
  /** See every request for assistance once submitted, and every offer made against it. */
  READ_EMERGENCIES_GLOBALLY,
  /** Ask for an "Allies + n" consultation on behalf of one's own nation, and withdraw the request. */
  REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION,
  /** Prepare every consultation for the Council, schedule and record its meeting, share its summary. */
  MANAGE_CONSULTATIONS_GLOBALLY,
  /** Read every consultation in any state, its documents and minutes. */
  READ_CONSULTATIONS_GLOBALLY,
  /** Keep the register of Contact Point Embassies and every partner's mission to NATO. */
  MANAGE_ENGAGEMENT_GLOBALLY,
  /** Keep one's own (partner) nation's mission to NATO: its address and the people who receive notices. */
  KEEP_MISSION_FOR_OWN_ORGANISATION,
  /** Publish SPS calls, screen applications, keep the review panel, assign reviewers, rank, award and close grants. */
  MANAGE_SCIENCE_GLOBALLY,
  /** Read every SPS application in any phase (not the reviews). */
  READ_SCIENCE_GLOBALLY,
  /** Nominate experts of one's own nation to the SPS independent review panel. */
  NOMINATE_SCIENCE_REVIEWERS_FOR_OWN_ORGANISATION,
  /** Ask for a Defence Capacity Building package for one's own (partner) nation, withdraw it; contribute to one. */
  REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION,
  /** Assess a partner's needs, draft capacity building packages, put them before the Council, implement and review them. */
  MANAGE_CAPACITY_BUILDING_GLOBALLY,
  /** Read every capacity building package in any state. */
  READ_CAPACITY_BUILDING_GLOBALLY,
  /** Ask for a Building Integrity self-assessment for one's own nation, answer its questionnaire, agree its report. */
  ASSESS_INTEGRITY_FOR_OWN_ORGANISATION,
  /** Issue the Building Integrity questionnaire, form peer review teams, draft reports and follow-up plans; read every assessment. */
  MANAGE_INTEGRITY_GLOBALLY,
  /** Take part in defence planning with NATO for one's own nation: answer the PARP survey, discuss and agree; an Ally's coordinators read partners' planning. */
  PLAN_WITH_NATO_FOR_OWN_ORGANISATION,
  /** Run every partner's planning: open cycles, draft and assess partnership goals, evaluate declared units. */
  MANAGE_PLANNING_GLOBALLY,
  /** Read every partner's planning (the survey's budget section excepted, which is for staff who manage it). */
  READ_PLANNING_GLOBALLY,
  DECLARE_UNITS_FOR_OWN_ORGANISATION,
  MANAGE_CAPABILITIES_GLOBALLY,
  READ_CAPABILITIES_GLOBALLY,
  /** Sit on the MTEP planning board: draft, circulate and approve versions of the five-year exercise programme and their exercises. */
  PLAN_EXERCISES_GLOBALLY,
  /** Record the accreditation, specialities and courses of partnership training and education centres. */
  ACCREDIT_TRAINING_CENTRES_GLOBALLY,
  /** Keep partners' priority profiles, propose weights of the considerations, run and apply seat allocations for any event. */
  MANAGE_PRIORITISATION_GLOBALLY,
  /** Read every partner's priority profile, the weights and every allocation run in full. */
  READ_PRIORITISATION_GLOBALLY,
  /** Read one's own nation's priority profile and its nominations' explanations; an Ally's coordinators read every partner's profile. */
  READ_PRIORITISATION_FOR_OWN_ORGANISATION,
  /** Run the seat allocation for one's own institution's oversubscribed events and apply it. */
  ALLOCATE_SEATS_FOR_OWN_ORGANISATION,
  /** Propose DEEP and PDP programmes for one's own nation and read them; an Ally's coordinators read every partner's. */
  TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION,
  /** Read the DEEP and PDP programmes to which one's own institution provides experts. */
  PROVIDE_EDUCATION_EXPERTS_FOR_OWN_ORGANISATION,
  /** Run DEEP and PDP programmes: create, move, add experts, events and placements. */
  MANAGE_EDUCATION_GLOBALLY,
  /** Read every partner's DEEP and PDP programmes. */
  READ_EDUCATION_GLOBALLY;

  /** The name Spring Security knows it by, for {@code hasAuthority(…)}. */
  public String authority() {
    return name();
  }
}
