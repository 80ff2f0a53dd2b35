package uk.practiceconnect.gpconnect.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.gpconnect.entity.Asid;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.gpconnect.entity.ProviderEndpoint;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.OdsCode;

class ProviderFailuresTest {

  FakeProvider provider;
  GpConnectClient client = FakeProvider.client();

  @BeforeEach
  void start() throws Exception {
    provider = FakeProvider.start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  PartnerException readFails() {
    return assertThrows(
        PartnerException.class, () -> client.readAppointment(provider.target(), "148"));
  }

  PartnerException bookingFails(GpConnectClient with) {
    return assertThrows(
        PartnerException.class,
        () ->
            with.book(
                provider.target(),
                GpConnectClientTest.slot(),
                GpConnectClientTest.patient(),
                "Asthma review",
                null));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "409, DUPLICATE_REJECTED, SLOT_NOT_FREE, CONFLICT",
    "404, PATIENT_NOT_FOUND, PATIENT_NOT_MATCHED, UNPROCESSABLE",
    "404, NO_RECORD_FOUND, NOT_FOUND, NOT_FOUND",
    "422, REFERENCE_NOT_FOUND, NOT_FOUND, NOT_FOUND",
    "404, ORGANISATION_NOT_FOUND, ORGANISATION_NOT_FOUND, GP_CONNECT_SET_UP_PROBLEM",
    "422, INVALID_PARAMETER, BAD_REQUEST, UNPROCESSABLE",
    "400, BAD_REQUEST, BAD_REQUEST, UNPROCESSABLE",
    "422, INVALID_RESOURCE, BAD_REQUEST, UNPROCESSABLE",
    "400, INVALID_NHS_NUMBER, BAD_REQUEST, UNPROCESSABLE",
    "403, ACCESS DENIED, ACCESS_REFUSED, GP_CONNECT_SET_UP_PROBLEM",
    "403, ACCESS_DENIED, ACCESS_REFUSED, GP_CONNECT_SET_UP_PROBLEM",
    "501, NOT_IMPLEMENTED, NOT_SUPPORTED, GP_CONNECT_SET_UP_PROBLEM",
    "500, INTERNAL_SERVER_ERROR, INTERNAL_ERROR, UPSTREAM_UNAVAILABLE",
    "500, SOMETHING_NEW, INTERNAL_ERROR, UPSTREAM_UNAVAILABLE"
  })
  void everySpineErrorCodeBecomesOurOutcome(
      int status, String code, PartnerOutcome outcome, ErrorCode errorCode) {
    provider.answer(status, CannedFhir.outcome(code, "Patient 9434765919 Joanna Smith"));
    PartnerException e = readFails();
    assertEquals(outcome, e.outcome());
    assertEquals(errorCode, e.code());
    assertTrue(e.viaGpConnect());
    assertFalse(e.outcomeUnknown());
    assertTrue(e.getMessage().contains("HTTP " + status + " " + code), e.getMessage());
    assertTrue(e.getMessage().startsWith("The practice's GP system (GP Connect)"), e.getMessage());
    assertFalse(e.getMessage().contains("9434765919"), "diagnostics may name the patient");
    assertFalse(e.getMessage().contains("Smith"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://fhir.nhs.uk/STU3/CodeSystem/Spine-ErrorOrWarningCode-1",
    "https://fhir.nhs.uk/STU3/ValueSet/Spine-ErrorOrWarningCode-1"
  })
  void theSpineCodeWinsOverAnEarlierCodingUnderEitherNameOfItsSystem(String spineSystem) {
    String outcome =
        """
        {"resourceType": "OperationOutcome",
         "issue": [
           {"severity": "warning", "code": "informational",
            "details": {"coding": [{"system": "https://example.org/local-codes", "code": "W42"}]}},
           {"severity": "error", "code": "conflict",
            "details": {"coding": [{"system": "%s", "code": "DUPLICATE_REJECTED"}]}}]}
        """
            .formatted(spineSystem);
    assertEquals(Optional.of("DUPLICATE_REJECTED"), FhirExchange.errorCode(outcome));
  }

  @Test
  void aCodingWithoutASystemStillCountsWhenNothingElseHasACode() {
    String outcome =
        """
        {"resourceType": "OperationOutcome",
         "issue": [{"severity": "error", "code": "invalid",
           "details": {"coding": [{"code": "BAD_REQUEST"}]}}]}
        """;
    assertEquals(Optional.of("BAD_REQUEST"), FhirExchange.errorCode(outcome));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, BAD_REQUEST",
    "422, BAD_REQUEST",
    "401, ACCESS_REFUSED",
    "403, ACCESS_REFUSED",
    "404, NOT_FOUND",
    "405, NOT_SUPPORTED",
    "415, NOT_SUPPORTED",
    "429, RATE_LIMITED",
    "500, INTERNAL_ERROR",
    "502, INTERNAL_ERROR",
    "503, INTERNAL_ERROR",
    "504, TIMEOUT"
  })
  void aStatusWithoutAnOperationOutcomeIsMappedByItself(int status, PartnerOutcome outcome) {
    provider.answer(status, "<html><body>Spine proxy says no</body></html>");
    assertEquals(outcome, readFails().outcome());
  }

  @Test
  void rateLimitsAndServerErrorsAreWorthTryingLater() {
    provider.answer(429, "").answer(503, "");
    assertTrue(readFails().isTransient());
    assertTrue(readFails().isTransient());
  }

  @Test
  void aBookingRefusedWith409AndNoCodeIsSlotNotFree() {
    provider.answer(409, "");
    assertEquals(PartnerOutcome.SLOT_NOT_FREE, bookingFails(client).outcome());
  }

  @Test
  void aBookingTheGatewayGaveUpOnMayHaveBeenMade() {
    provider.answer(504, "");
    PartnerException e = bookingFails(client);
    assertEquals(PartnerOutcome.TIMEOUT, e.outcome());
    assertTrue(e.outcomeUnknown());
    assertEquals(ErrorCode.GP_CONNECT_OUTCOME_UNKNOWN, e.code());
  }

  @Test
  void aBookingWithoutAnAnswerInTimeHasAnUnknownOutcome() {
    GpConnectClient impatient =
        new GpConnectClient(
            FakeProvider.us(), FakeProvider.plainHttp(Duration.ofMillis(300)), FakeProvider.CLOCK);
    provider.answer(
        new FakeProvider.Answer(
            201, CannedFhir.appointment("148", "1", "booked"), Map.of(), Duration.ofSeconds(2)));
    PartnerException e = bookingFails(impatient);
    assertEquals(PartnerOutcome.TIMEOUT, e.outcome());
    assertTrue(e.outcomeUnknown());
    assertFalse(e.isTransient(), "never retried: it may have been booked");
  }

  @Test
  void aReadWithoutAnAnswerInTimeIsATimeoutWorthTryingAgain() {
    GpConnectClient impatient =
        new GpConnectClient(
            FakeProvider.us(), FakeProvider.plainHttp(Duration.ofMillis(300)), FakeProvider.CLOCK);
    provider.answer(new FakeProvider.Answer(200, "{}", Map.of(), Duration.ofSeconds(2)));
    PartnerException e =
        assertThrows(
            PartnerException.class, () -> impatient.readAppointment(provider.target(), "148"));
    assertEquals(PartnerOutcome.TIMEOUT, e.outcome());
    assertFalse(e.outcomeUnknown());
    assertTrue(e.isTransient());
  }

  @Test
  void aProviderNobodyAnswersAtIsUnreachableAndNothingWasSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GpConnectTarget nowhere =
        new GpConnectTarget(
            new ProviderEndpoint(URI.create("http://127.0.0.1:" + closedPort + "/gpc")),
            new Asid("918999198993"),
            new OdsCode("A81001"));
    PartnerException e =
        assertThrows(
            PartnerException.class,
            () ->
                client.book(
                    nowhere,
                    GpConnectClientTest.slot(),
                    GpConnectClientTest.patient(),
                    "Asthma review",
                    null));
    assertEquals(PartnerOutcome.UNREACHABLE, e.outcome());
    assertFalse(e.outcomeUnknown(), "the connection was refused: nothing was booked");
  }

  @Test
  void aSuccessThatIsNotFhirAfterABookingMayHaveBooked() {
    provider.answer(201, "<html>created</html>");
    PartnerException e = bookingFails(client);
    assertEquals(PartnerOutcome.INTERNAL_ERROR, e.outcome());
    assertTrue(e.outcomeUnknown());
  }

  @Test
  void plainHttpIsRefusedUnlessConfiguredAndNothingIsSent() {
    GpConnectClient strict =
        new GpConnectClient(
            FakeProvider.us(),
            new TransportSettings(
                false,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Optional.empty(),
                Optional.empty()),
            FakeProvider.CLOCK);
    PartnerException e =
        assertThrows(PartnerException.class, () -> strict.capabilityStatement(provider.target()));
    assertEquals(PartnerOutcome.CONSUMER_SET_UP, e.outcome());
    assertEquals(ErrorCode.GP_CONNECT_SET_UP_PROBLEM, e.code());
    assertTrue(e.getMessage().contains("gpconnect.allow-plain-http"), e.getMessage());
    assertTrue(provider.seen().isEmpty());
  }

  @Test
  void anUnreadableKeyStoreIsAConsumerSetUpProblemNamingNoPassword() {
    GpConnectClient broken =
        new GpConnectClient(
            FakeProvider.us(),
            new TransportSettings(
                true,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Optional.of(
                    new TransportSettings.Store(
                        "/nonexistent/pc.p12", "s3cret-pass".toCharArray(), "PKCS12")),
                Optional.empty()),
            FakeProvider.CLOCK);
    PartnerException e =
        assertThrows(PartnerException.class, () -> broken.capabilityStatement(provider.target()));
    assertEquals(PartnerOutcome.CONSUMER_SET_UP, e.outcome());
    assertFalse(e.getMessage().contains("s3cret-pass"));
  }

  @Test
  void anEmisFailureStillReadsAsEmis() {
    PartnerException e = new PartnerException(PartnerOutcome.SLOT_NOT_FREE, "taken");
    assertTrue(e.getMessage().startsWith("EMIS answered SLOT_NOT_FREE (13)"), e.getMessage());
    assertFalse(e.viaGpConnect());
    assertEquals(PartnerOutcome.SLOT_NOT_FREE, PartnerOutcome.of("SLOT_NOT_FREE", 13));
    assertEquals(PartnerOutcome.INTERNAL_ERROR, PartnerOutcome.of(null, 42));
  }
}
