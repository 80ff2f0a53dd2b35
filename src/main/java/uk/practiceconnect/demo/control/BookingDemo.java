package uk.practiceconnect.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.booking.control.BookingSettingsService;
import uk.practiceconnect.platform.control.Jobs;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.OdsCode;

/**
 * Demo mode only: Riverside Surgery (A81001) takes online bookings from any patient for its GP,
 * nurse and telephone slots, and its Online booking page lists who holds each slot type, read from
 * EMIS once it answers (the EMIS sandbox deploys beside the application and may come up after it).
 * The patient to try booking with is the EMIS sandbox's own (shown in the README).
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class BookingDemo {

  private static final Logger LOG = Logger.getLogger(BookingDemo.class.getName());
  private static final Caller SETUP =
      new Caller("demo-setup", Caller.Kind.PLATFORM_ADMIN, null, true);

  @Inject
  @ConfigProperty(name = "demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Jobs jobs;
  @Inject Practices practices;
  @Inject BookingSettingsService settings;

  @PostConstruct
  void seed() {
    if (!enabled) {
      return;
    }
    rules(
        "A81001",
        true,
        6,
        type("Routine GP appointment", true),
        type("Telephone consultation", true),
        type("Nurse appointment", true),
        type("Blood test", false));
    // A81003 is on GP Connect: invitations and the API book, the open patient page stays off
    rules(
        "A81003", false, 4, type("Routine GP appointment", true), type("Nurse appointment", true));
    listClinicians("A81001");
    listClinicians("A81003");
  }

  /** The practice's booking rules, unless someone set them already. */
  private void rules(
      String ods, boolean openBooking, int weeksAhead, BookingSettingsService.TypeInput... types) {
    practices
        .find(OdsCode.of(ods))
        .filter(p -> settings.view(p).updatedAt() == null)
        .ifPresent(
            p ->
                settings.change(
                    SETUP,
                    p,
                    new BookingSettingsService.Input(
                        true, openBooking, weeksAhead, 120, 2, 60, true, List.of(types)),
                    null));
  }

  private static BookingSettingsService.TypeInput type(String name, boolean bookable) {
    return new BookingSettingsService.TypeInput(name, bookable, List.of());
  }

  /** Tries every few seconds until the stand-in answers (it does not while it is deploying). */
  private void listClinicians(String ods) {
    AtomicInteger tries = new AtomicInteger();
    ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
    task[0] =
        jobs.every(
            "demo clinicians of " + ods,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            () -> {
              try {
                settings.refreshSlotTypesIfNeverRead(SETUP, OdsCode.of(ods));
                task[0].cancel(false);
              } catch (RuntimeException e) {
                if (tries.incrementAndGet() >= 24) {
                  LOG.warning(
                      "Demo slot types of " + ods + " not read: " + e.getClass().getSimpleName());
                  task[0].cancel(false);
                }
              }
            });
  }
}
