package uk.practiceconnect.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.platform.control.LocalServer;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.OdsCode;

/**
 * Demo mode only: Riverside Surgery (A81001) takes online bookings from any patient for its GP,
 * nurse and telephone slots, and the EMIS sandbox holds one patient with fixed details (shown in
 * the README) so a newcomer can book at /book/A81001 straight away. The patient is added over the
 * sandbox's admin face once the server answers HTTP, as anything outside the sandbox must.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class BookingDemo {

  private static final Logger LOG = Logger.getLogger(BookingDemo.class.getName());
  private static final Caller SETUP =
      new Caller("demo-setup", Caller.Kind.PLATFORM_ADMIN, null, true);

  /** The demo patient (NHS number from the 999 test range; Ofcom's drama mobile range). */
  public static final String PATIENT_NHS = "9990000018";

  static final String PATIENT_JSON =
      "{\"title\":\"Ms\",\"forenames\":\"Alex\",\"surname\":\"Morgan\",\"dateOfBirth\":\"1985-06-14\","
          + "\"postcode\":\"LS6 2AB\",\"mobile\":\"07700900001\",\"smsConsent\":true}";

  @Inject
  @ConfigProperty(name = "demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "sandbox.enabled", defaultValue = "false")
  boolean sandbox;

  @Inject
  @ConfigProperty(name = "emis.partner.base-url")
  String partnerUrl;

  @Resource ManagedScheduledExecutorService executor;
  @Inject Practices practices;
  @Inject BookingSettingsService settings;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    practices
        .find(OdsCode.of("A81001"))
        .filter(p -> settings.view(p).updatedAt() == null)
        .ifPresent(
            p ->
                settings.change(
                    SETUP,
                    p,
                    new BookingSettingsService.Input(
                        true,
                        true,
                        6,
                        120,
                        2,
                        60,
                        true,
                        List.of(
                            new BookingSettingsService.TypeInput(
                                "Routine GP appointment", true, List.of()),
                            new BookingSettingsService.TypeInput(
                                "Telephone consultation", true, List.of()),
                            new BookingSettingsService.TypeInput(
                                "Nurse appointment", true, List.of()),
                            new BookingSettingsService.TypeInput("Blood test", false, List.of()))),
                    null));
    if (sandbox) {
      addDemoPatient();
    }
  }

  /**
   * Reads who holds each slot type from the sandbox once, so the demo's Online booking page offers
   * clinicians to choose from without pressing Update first.
   */
  private void listClinicians() {
    try {
      settings.refreshSlotTypesIfNeverRead(SETUP, OdsCode.of("A81001"));
    } catch (RuntimeException e) {
      LOG.warning(
          "Demo slot types not read from the EMIS sandbox: " + e.getClass().getSimpleName());
    }
  }

  /** Tries every few seconds until the server answers (it does not while it is deploying). */
  private void addDemoPatient() {
    String admin = partnerUrl.replace("/partner/v1", "/admin/v1");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    AtomicInteger tries = new AtomicInteger();
    ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
    task[0] =
        executor.scheduleWithFixedDelay(
            () -> {
              try {
                HttpResponse<Void> r =
                    http.send(
                        HttpRequest.newBuilder(
                                URI.create(
                                    LocalServer.follow(admin)
                                        + "/organisations/50001/patients/"
                                        + PATIENT_NHS))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(PATIENT_JSON))
                            .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) {
                  LOG.info("Demo patient for online booking is in the EMIS sandbox (CDB 50001)");
                  task[0].cancel(false);
                  listClinicians();
                  return;
                }
              } catch (Exception e) {
                // not answering yet
              }
              if (tries.incrementAndGet() > 60) {
                LOG.warning("Demo patient not added to the EMIS sandbox: it did not answer");
                task[0].cancel(false);
              }
            },
            5,
            5,
            TimeUnit.SECONDS);
  }
}
