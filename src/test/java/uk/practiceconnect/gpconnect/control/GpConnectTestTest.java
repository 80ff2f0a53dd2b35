package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.practiceconnect.emis.entity.CheckCode;
import uk.practiceconnect.emis.entity.ConnectionCheck;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;

/**
 * The GP Connect connection test against a fake provider: six checks in order, the first failure
 * with a fix and the rest skipped, and only a test NHS number ever searched for.
 */
class GpConnectTestTest {

  static final List<CheckCode> SIX =
      List.of(
          CheckCode.GPC_SETTINGS_COMPLETE,
          CheckCode.GPC_ENDPOINT_REACHABLE,
          CheckCode.GPC_CAPABILITY,
          CheckCode.GPC_ORGANISATION_FOUND,
          CheckCode.GPC_SLOT_SEARCH_ALLOWED,
          CheckCode.GPC_PATIENT_SEARCH_ALLOWED);

  /** The answers of a provider set up right, one per check after the settings. */
  static final List<String> GOOD =
      List.of(
          CannedFhir.CAPABILITY,
          CannedFhir.ORGANISATIONS,
          CannedFhir.SLOTS,
          CannedFhir.EMPTY_BUNDLE);

  FakeProvider provider;
  final GpConnectApiTest.Settings settings = new GpConnectApiTest.Settings();
  final GpConnectTest test = new GpConnectTest();
  final Practice practice =
      new Practice(OdsCode.of("A81001"), PracticeName.of("Riverside"), Instant.EPOCH);

  @BeforeEach
  void wire() throws Exception {
    provider = FakeProvider.start();
    settings.target = Optional.of(provider.target());
    test.client = FakeProvider.client();
    test.settings = settings;
    test.clock = FakeProvider.CLOCK;
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void aProviderSetUpRightPassesAllSixChecksInOrder() {
    GOOD.forEach(body -> provider.answer(200, body));

    ConnectionTestResult r = test.run(practice);

    assertTrue(r.passed(), r::toString);
    assertEquals(SIX, r.checks().stream().map(ConnectionCheck::code).toList());
    assertEquals(SIX, CheckCode.of(IntegrationRoute.GP_CONNECT), "the route's own list");
    r.checks().forEach(c -> assertTrue(c.isPassed(), c::toString));
    r.checks().forEach(c -> assertNull(c.fix(), "no fix for a check that passed"));
    assertTrue(
        r.check(CheckCode.GPC_ORGANISATION_FOUND).orElseThrow().detail().contains("Riverside"));
    assertTrue(
        r.check(CheckCode.GPC_SLOT_SEARCH_ALLOWED).orElseThrow().detail().contains("2 free"));
    assertEquals(
        List.of("/metadata", "/Organization", "/Slot", "/Patient"),
        provider.seen().stream()
            .map(s -> s.path().substring(FakeProvider.BASE_PATH.length()))
            .toList());
    provider.seen().forEach(s -> assertEquals("GET", s.method(), "read-only calls"));
  }

  @Test
  void thePatientSearchUsesAValidNumberFromTheTestRangeSoNoRealPatientIsRead() {
    GOOD.forEach(body -> provider.answer(200, body));
    test.run(practice);

    String searched = provider.last().parameter("identifier").get(0);
    String number = searched.substring(searched.indexOf('|') + 1);
    assertEquals("https://fhir.nhs.uk/Id/nhs-number|" + number, searched);
    assertTrue(number.startsWith("999"), number);
    assertEquals(number, NhsNumber.of(number).value(), "a valid number (check digit)");
    assertEquals(GpConnectTest.NO_SUCH_PATIENT.value(), number);
  }

  @Test
  void missingSettingsFailTheFirstCheckWithoutCallingAnyone() {
    settings.target = Optional.empty();

    ConnectionTestResult r = test.run(practice);

    assertFailedAt(r, 0);
    assertTrue(provider.seen().isEmpty());
  }

  /**
   * The check (index in {@link #SIX}) that fails, how many good answers come before the wrong one
   * (the capability check reads the same answer as the endpoint check), and the wrong answer.
   */
  static Stream<Arguments> eachCheckFailing() {
    return Stream.of(
        Arguments.of(1, 0, 400, CannedFhir.outcome("BAD_REQUEST", "Ssp-To is not this provider")),
        Arguments.of(1, 0, 503, "<html>Service unavailable</html>"),
        Arguments.of(2, 0, 200, CannedFhir.CAPABILITY.replace("\"1.2.7\"", "\"0.7.4\"")),
        Arguments.of(3, 1, 200, CannedFhir.EMPTY_BUNDLE),
        Arguments.of(3, 1, 404, CannedFhir.outcome("ORGANISATION_NOT_FOUND", "no such ODS code")),
        Arguments.of(
            4, 2, 403, CannedFhir.outcome("ACCESS DENIED", "booking organisation refused")),
        Arguments.of(5, 3, 403, CannedFhir.outcome("ACCESS DENIED", "consumer not allowed")));
  }

  @ParameterizedTest(name = "check {0} fails on HTTP {2}")
  @MethodSource("eachCheckFailing")
  void eachCheckFailsInTurnWithAFixAndTheLaterOnesAreSkipped(
      int check, int goodBefore, int status, String body) {
    GOOD.subList(0, goodBefore).forEach(good -> provider.answer(200, good));
    provider.answer(status, body);

    ConnectionTestResult r = test.run(practice);

    assertFailedAt(r, check);
    assertEquals(goodBefore + 1, provider.seen().size(), "nothing is asked after the failure");
    String detail = r.checks().get(check).detail();
    assertFalse(
        detail.contains("Ssp-To")
            || detail.contains("no such")
            || detail.contains("refused")
            || detail.contains("not allowed"),
        "the provider's diagnostics stay out: " + detail);
  }

  @Test
  void anEndpointThatDoesNotAnswerFailsTheSecondCheckAsNotAnswered() {
    provider.close(); // nothing listens there any more

    ConnectionTestResult r = test.run(practice);

    assertFailedAt(r, 1);
    assertFalse(r.emisAnswered(), "no answer at all");
  }

  private static void assertFailedAt(ConnectionTestResult r, int index) {
    assertFalse(r.passed());
    assertEquals(SIX, r.checks().stream().map(ConnectionCheck::code).toList(), "always all six");
    for (int i = 0; i < SIX.size(); i++) {
      ConnectionCheck c = r.checks().get(i);
      if (i < index) {
        assertTrue(c.isPassed(), c::toString);
      } else if (i == index) {
        assertTrue(c.isFailed(), c::toString);
        assertNotNull(c.fix(), "a failed check says how to fix it");
        assertFalse(c.fix().isBlank());
        assertEquals(Optional.of(SIX.get(index)), r.failingCheck());
      } else {
        assertTrue(c.isSkipped(), c::toString);
      }
    }
  }
}
