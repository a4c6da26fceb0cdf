package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.client.ApiClient;
import org.entente.client.ApiException;
import org.entente.client.api.CatalogueApi;
import org.entente.client.api.IdentityApi;
import org.entente.client.api.RegistrationApi;
import org.entente.client.model.ActivityDraft;
import org.entente.client.model.ActivityFormat;
import org.entente.client.model.ActivityStatus;
import org.entente.client.model.ActivityTransition;
import org.entente.client.model.ActivityType;
import org.entente.client.model.BilingualText;
import org.entente.client.model.Classification;
import org.entente.client.model.Credentials;
import org.entente.client.model.Eligibility;
import org.entente.client.model.EligibilityKind;
import org.entente.client.model.Grant;
import org.entente.client.model.InvalidParam;
import org.entente.client.model.Marking;
import org.entente.client.model.NewEvent;
import org.entente.client.model.NewParticipant;
import org.entente.client.model.NewUser;
import org.entente.client.model.NominationRequest;
import org.entente.client.model.NominationState;
import org.entente.client.model.NominationTransition;
import org.entente.client.model.Problem;
import org.entente.client.model.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An integrator's view: the Java client that OpenAPI Generator made from the served document at build time
 * (pom: {@code exec-maven-plugin} writes the document, {@code openapi-generator-maven-plugin} generates the
 * client into {@code target/generated-test-sources}) drives a partner's nomination that a provider confirms,
 * and reads the errors as the typed {@link Problem}. The client's JSON reader refuses any property the
 * document does not declare, so a field the server sends but the contract omits fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientIntegrationTest {

  @LocalServerPort int port;

  @Test
  void theClientWasGeneratedFromTheDocumentTheApplicationServes() throws Exception {
    var served = new Http(port).get("/api/v1/openapi.json").json();
    var generatedFrom = Files.readString(Path.of("target", "openapi", "openapi.json"));
    assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(generatedFrom)).isEqualTo(served);
  }

  @Test
  void aPartnerNominatesAndTheProviderConfirmsThroughTheGeneratedClient() throws Exception {
    var admin = client(new IdentityApi(client(null)).issueToken(
        new Credentials().username(Accounts.ADMIN).password(Accounts.ADMIN_PASSWORD)).getToken());
    var provider = signedIn(admin, "NSO", Role.PROVIDER_MANAGER);
    var staff = signedIn(admin, "IS", Role.STAFF);
    var georgia = signedIn(admin, "GEO", Role.NATIONAL_COORDINATOR);

    // the provider offers a course, staff publish it, the provider adds an event
    var code = "NSO-GEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var catalogue = new CatalogueApi(provider);
    catalogue.draftActivity(new ActivityDraft().code(code).provider("NSO").type(ActivityType.COURSE)
        .format(ActivityFormat.RESIDENTIAL).title(new BilingualText().en("Course " + code).fr("Cours " + code))
        .languages(List.of("en")).durationDays(5).areas(List.of("BORDER_SECURITY")).priorityAreas(List.of("PA1"))
        .marking(new Marking().level(Classification.NATO_UNCLASSIFIED).releasableTo(List.of()))
        .eligibility(new Eligibility().kind(EligibilityKind.ALL_PARTNERS)));
    catalogue.moveActivity(code, new ActivityTransition().to(ActivityStatus.SUBMITTED));
    assertThat(new CatalogueApi(staff).moveActivity(code, new ActivityTransition().to(ActivityStatus.PUBLISHED)).getStatus())
        .isEqualTo(ActivityStatus.PUBLISHED);
    var starts = LocalDate.now().plusMonths(1);
    var added = catalogue.addEventWithHttpInfo(code, new NewEvent().startsOn(starts).endsOn(starts.plusDays(4))
        .city("Oberammergau").country("DEU").seats(12).nominationsOpen(starts.minusDays(60)).nominationsClose(starts.minusDays(14)));
    assertThat(added.getStatusCode()).isEqualTo(201);
    assertThat(location(added.getHeaders())).isEqualTo("/api/v1/events/" + added.getData().getId());

    // the partner finds the event, adds a participant and nominates them
    var partnerCatalogue = new CatalogueApi(georgia);
    var events = partnerCatalogue.eventsOfActivity(code, 0, 10);
    assertThat(events.getTotal()).isEqualTo(1);
    var event = events.getItems().getFirst().getId();
    assertThat(partnerCatalogue.getEvent(event).getStartsOn()).isEqualTo(starts);

    var registration = new RegistrationApi(georgia);
    var participant = registration.addParticipantWithHttpInfo(new NewParticipant().familyName("Beridze").givenName("Nino")
        .email("nino.beridze." + code.toLowerCase() + "@example.org").languages(List.of("en")).listConsent(true));
    assertThat(participant.getStatusCode()).isEqualTo(201);
    assertThat(participant.getData().getNation()).isEqualTo("GEO");
    assertThat(location(participant.getHeaders())).isEqualTo("/api/v1/participants/" + participant.getData().getId());

    var nominated = registration.nominateWithHttpInfo(event, new NominationRequest().participant(participant.getData().getId()),
        "nominate-" + code);
    assertThat(nominated.getStatusCode()).isEqualTo(201);
    var nomination = nominated.getData();
    assertThat(nomination.getState()).isEqualTo(NominationState.NOMINATED);
    assertThat(location(nominated.getHeaders())).isEqualTo("/api/v1/nominations/" + nomination.getId());

    // the provider sees it among the event's nominations and confirms it
    var providerRegistration = new RegistrationApi(provider);
    var listed = providerRegistration.listNominations(event, 0, 10);
    assertThat(listed.getItems()).extracting(n -> n.getId()).containsExactly(nomination.getId());
    assertThat(listed.getPage()).isZero();
    var confirmed = providerRegistration.moveNomination(nomination.getId(),
        new NominationTransition().to(NominationState.CONFIRMED), "confirm-" + code);
    assertThat(confirmed.getState()).isEqualTo(NominationState.CONFIRMED);
    assertThat(confirmed.getHoldsSeat()).isTrue();
    assertThat(registration.getNomination(nomination.getId()).getState()).isEqualTo(NominationState.CONFIRMED);
    assertThat(registration.getSeats(event).getHeld()).isEqualTo(1);

    // errors, read as the typed problem of the contract
    var twice = problem(catchThrowableOfType(ApiException.class, () ->
        registration.nominate(event, new NominationRequest().participant(participant.getData().getId()), null)), georgia);
    assertThat(twice.getStatus()).isEqualTo(409);
    assertThat(twice.getTitle()).isNotBlank();
    assertThat(twice.getRequestId()).isNotBlank();

    var absent = problem(catchThrowableOfType(ApiException.class, () -> registration.getNomination(UUID.randomUUID())), georgia);
    assertThat(absent.getStatus()).isEqualTo(404);
    assertThat(absent.getDetail()).isNotBlank();

    var wrongPage = problem(catchThrowableOfType(ApiException.class, () -> registration.listParticipants(null, -1, 0)), georgia);
    assertThat(wrongPage.getStatus()).isEqualTo(400);
    assertThat(wrongPage.getInvalidParams()).extracting(InvalidParam::getName).containsExactly("page", "size");

    var forbidden = problem(catchThrowableOfType(ApiException.class, () ->
        new CatalogueApi(georgia).moveActivity(code, new ActivityTransition().to(ActivityStatus.WITHDRAWN).reason("no"))), georgia);
    assertThat(forbidden.getStatus()).isIn(403, 404);
  }

  /** A client of the running application; with a token, it sends it as a bearer. */
  private ApiClient client(String token) {
    var client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
    // strict: a property the server sends that the document does not declare is an error of the contract
    client.setObjectMapper(ApiClient.createDefaultObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  /** A new account holding one role, created through the client by the administrator, and signed in. */
  private ApiClient signedIn(ApiClient admin, String organisation, Role role) throws ApiException {
    var username = "gen-" + role.getValue().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
    var password = "Gen-" + UUID.randomUUID();
    var user = new IdentityApi(admin).createUserWithHttpInfo(new NewUser().username(username).password(password)
        .displayName("Generated " + username).email(username + "@example.org")
        .memberships(List.of(new Grant().organisation(organisation).role(role))));
    assertThat(user.getStatusCode()).isEqualTo(201);
    assertThat(location(user.getHeaders())).isEqualTo("/api/v1/users/" + user.getData().getId());
    var token = new IdentityApi(client(null)).issueTokenWithHttpInfo(new Credentials().username(username).password(password));
    assertThat(location(token.getHeaders())).isEqualTo("/api/v1/auth/token");
    return client(token.getData().getToken());
  }

  private static String location(java.util.Map<String, List<String>> headers) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Location"))
        .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
  }

  /** The error's body as the contract's Problem (its media type checked too). */
  private static Problem problem(ApiException error, ApiClient client) throws Exception {
    assertThat(error).isNotNull();
    assertThat(error.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    ObjectMapper mapper = client.getObjectMapper();
    var problem = mapper.readValue(error.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(error.getCode());
    return problem;
  }
}
