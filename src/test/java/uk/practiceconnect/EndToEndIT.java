package uk.practiceconnect;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.practiceconnect.api.FoundationApiEndToEnd;
import uk.practiceconnect.booking.BookingApiEndToEnd;
import uk.practiceconnect.booking.BookingPagesEndToEnd;
import uk.practiceconnect.emis.EmisIntegrationEndToEnd;
import uk.practiceconnect.emis.EmisPagesEndToEnd;
import uk.practiceconnect.practice.FoundationPagesEndToEnd;
import uk.practiceconnect.reminders.ReminderPagesEndToEnd;
import uk.practiceconnect.reminders.RemindersEndToEnd;
import uk.practiceconnect.sandbox.emis.SandboxEmisEndToEnd;
import uk.practiceconnect.sandbox.notify.boundary.NotifySandboxEndToEnd;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.OnlyGroups;
import uk.practiceconnect.testing.RealWar;
import uk.practiceconnect.testing.Server;

/**
 * The end-to-end suite on one server: the real WAR (and the sandbox WAR beside it, see
 * arquillian.xml) deployed once, and every group of tests run against it. Each group is an abstract
 * class in its own package (…EndToEnd), nested here. The groups share nothing but the server: each
 * works on practices and EMIS sandbox organisations of its own, and injects EMIS faults for its own
 * organisations only.
 *
 * <p>Two groups run at a time (the failsafe configuration), the tests within a group one after
 * another. What the server holds for everyone is locked: the Notify sandbox's faults and rate limit
 * (changed by Reminders and NotifySandbox, relied on by every group whose tests send texts) and the
 * demo practice Hillview with its EMIS organisation 50002 (changed by EmisPages, read as shipped by
 * EmisIntegration and SandboxEmis).
 *
 * <p>JUnit runs this class's own test before the groups' tests can go on: Arquillian enriches only
 * this class's instance, so its test hands the server's URL to {@link Server}, for which the groups
 * wait.
 */
@ExtendWith({ArquillianExtension.class, OnlyGroups.class})
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class EndToEndIT {

  /**
   * Each group holds a lock of its own: JUnit then runs the group's tests one after another in one
   * thread (a group's tests share its browser and its order), while groups run side by side.
   */
  static final String GROUP = "end-to-end group ";

  /** The Notify sandbox's faults and settings: global, so one group at a time changes them. */
  static final String NOTIFY = "notify-sandbox-faults-and-settings";

  /** The demo practice Hillview (A81002) and its EMIS organisation 50002, as the demo ships. */
  static final String HILLVIEW = "demo-hillview";

  @Deployment(testable = false)
  static WebArchive app() {
    return RealWar.get();
  }

  @ArquillianResource URL url;

  @Test
  void theServerAndBothSandboxesAnswerAndTheGroupsGetTheirAddress() {
    try {
      Server.awaitReady(Api.at(url), Duration.ofSeconds(120));
    } catch (RuntimeException e) {
      Server.failed();
      throw e;
    }
    Server.started(url);
  }

  // JUnit hands the groups to two workers: one takes them from the first, the other from the last
  // (and a group waiting for a lock lets another run meanwhile). So the longest group that changes
  // something global comes first, and the groups that can run beside it come last.

  @Nested
  @Order(1)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "Reminders")
  @ResourceLock(NOTIFY)
  class Reminders extends RemindersEndToEnd {}

  @Nested
  @Order(2)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "NotifySandbox")
  @ResourceLock(NOTIFY)
  class NotifySandbox extends NotifySandboxEndToEnd {}

  @Nested
  @Order(3)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "BookingPages")
  @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
  class BookingPages extends BookingPagesEndToEnd {}

  @Nested
  @Order(4)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "ReminderPages")
  @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
  class ReminderPages extends ReminderPagesEndToEnd {}

  @Nested
  @Order(5)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "BookingApi")
  @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
  class BookingApi extends BookingApiEndToEnd {}

  @Nested
  @Order(6)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "EmisIntegration")
  @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
  @ResourceLock(value = HILLVIEW, mode = ResourceAccessMode.READ)
  class EmisIntegration extends EmisIntegrationEndToEnd {}

  @Nested
  @Order(7)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "SandboxEmis")
  @ResourceLock(value = HILLVIEW, mode = ResourceAccessMode.READ)
  class SandboxEmis extends SandboxEmisEndToEnd {}

  @Nested
  @Order(8)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "FoundationApi")
  class FoundationApi extends FoundationApiEndToEnd {}

  @Nested
  @Order(9)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "EmisPages")
  @ResourceLock(HILLVIEW)
  class EmisPages extends EmisPagesEndToEnd {}

  @Nested
  @Order(10)
  @Execution(ExecutionMode.CONCURRENT)
  @ResourceLock(GROUP + "FoundationPages")
  class FoundationPages extends FoundationPagesEndToEnd {}
}
