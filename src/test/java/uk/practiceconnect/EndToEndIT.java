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
import uk.practiceconnect.api.ApiContractEndToEnd;
import uk.practiceconnect.api.FoundationApiEndToEnd;
import uk.practiceconnect.booking.BookingApiEndToEnd;
import uk.practiceconnect.booking.BookingPagesEndToEnd;
import uk.practiceconnect.dataprotection.SubjectAccessEndToEnd;
import uk.practiceconnect.emis.EmisIntegrationEndToEnd;
import uk.practiceconnect.emis.EmisPagesEndToEnd;
import uk.practiceconnect.gpconnect.GpConnectEndToEnd;
import uk.practiceconnect.gpconnect.GpConnectPagesEndToEnd;
import uk.practiceconnect.practice.FoundationPagesEndToEnd;
import uk.practiceconnect.reminders.ReminderPagesEndToEnd;
import uk.practiceconnect.reminders.RemindersEndToEnd;
import uk.practiceconnect.safety.SafetyIncidentsEndToEnd;
import uk.practiceconnect.sandbox.emis.SandboxEmisEndToEnd;
import uk.practiceconnect.sandbox.notify.boundary.NotifySandboxEndToEnd;
import uk.practiceconnect.security.SecurityEndToEnd;
import uk.practiceconnect.sms.PracticeNotifyServiceEndToEnd;
import uk.practiceconnect.testing.Api;
import uk.practiceconnect.testing.GroupTimes;
import uk.practiceconnect.testing.OnlyGroups;
import uk.practiceconnect.testing.RealWar;
import uk.practiceconnect.testing.Server;
import uk.practiceconnect.webhooks.WebhooksEndToEnd;

/**
 * The end-to-end suite on one server: the real WAR (and the sandbox WAR beside it, see
 * arquillian.xml) deployed once, and every group of tests run against it. Each group is an abstract
 * class in its own package (…EndToEnd), nested here. The groups share nothing but the server: each
 * works on practices and EMIS sandbox organisations of its own, and injects EMIS faults for its own
 * organisations only.
 *
 * <p>Two lanes of groups run side by side, the groups of a lane and the tests of a group one after
 * another (a group's tests share its browser). What the server holds for everyone decides which
 * groups may run beside which: the Notify sandbox's faults and rate limit, which Reminders and
 * NotifySandbox change, so no group that sends texts runs beside them; and the demo practice
 * Hillview with its EMIS organisation 50002, which EmisPages changes and EmisIntegration and
 * SandboxEmis expect as shipped. Resource locks say so too, so a group moved to another lane waits
 * rather than meets the other's changes.
 *
 * <p>JUnit runs this class's own test before its nested classes: Arquillian enriches only this
 * class's instance, so its test hands the server's URL to {@link Server} for the groups.
 */
@ExtendWith({ArquillianExtension.class, OnlyGroups.class, GroupTimes.class})
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class EndToEndIT {

  /** The Notify sandbox's faults and settings: global, so one group at a time changes them. */
  static final String NOTIFY = "notify-sandbox-faults-and-settings";

  /** The demo practice Hillview (A81002) and its EMIS organisation 50002, as the demo ships. */
  static final String HILLVIEW = "demo-hillview";

  /**
   * A lane's own lock: JUnit then runs everything inside the lane in one thread, one after another,
   * while the two lanes of a phase run side by side.
   */
  static final String LANE = "end-to-end lane ";

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

  /** First the groups that change the Notify sandbox, beside groups that send no texts. */
  @Nested
  @Order(1)
  @TestClassOrder(ClassOrderer.OrderAnnotation.class)
  class WhileNotifyChanges {

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(LANE + "1a")
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    class NotifyLane {

      @Nested
      @Order(1)
      @ResourceLock(NOTIFY)
      class Reminders extends RemindersEndToEnd {}

      @Nested
      @Order(2)
      @ResourceLock(NOTIFY)
      class NotifySandbox extends NotifySandboxEndToEnd {}

      @Nested
      @Order(3)
      @ResourceLock(NOTIFY)
      class PracticeNotifyService extends PracticeNotifyServiceEndToEnd {}
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(LANE + "1b")
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    class NoTextsLane {

      @Nested
      @Order(1)
      class FoundationPages extends FoundationPagesEndToEnd {}

      @Nested
      @Order(2)
      @ResourceLock(HILLVIEW)
      class EmisPages extends EmisPagesEndToEnd {}

      @Nested
      @Order(3)
      @ResourceLock(value = HILLVIEW, mode = ResourceAccessMode.READ)
      class SandboxEmis extends SandboxEmisEndToEnd {}
    }
  }

  /** Then the groups that send texts (and leave the Notify sandbox as it is), in two lanes. */
  @Nested
  @Order(2)
  @TestClassOrder(ClassOrderer.OrderAnnotation.class)
  class ThenTexts {

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(LANE + "2a")
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    class PagesLane {

      @Nested
      @Order(1)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class BookingPages extends BookingPagesEndToEnd {}

      @Nested
      @Order(2)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class ReminderPages extends ReminderPagesEndToEnd {}

      @Nested
      @Order(3)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class GpConnectPages extends GpConnectPagesEndToEnd {}
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(LANE + "2b")
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    class ApiLane {

      @Nested
      @Order(1)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class BookingApi extends BookingApiEndToEnd {}

      @Nested
      @Order(2)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      @ResourceLock(value = HILLVIEW, mode = ResourceAccessMode.READ)
      class EmisIntegration extends EmisIntegrationEndToEnd {}

      @Nested
      @Order(3)
      class FoundationApi extends FoundationApiEndToEnd {}

      @Nested
      @Order(4)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class Security extends SecurityEndToEnd {}

      @Nested
      @Order(5)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class Webhooks extends WebhooksEndToEnd {}

      @Nested
      @Order(6)
      class ApiContract extends ApiContractEndToEnd {}

      @Nested
      @Order(7)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class SubjectAccess extends SubjectAccessEndToEnd {}

      @Nested
      @Order(8)
      @ResourceLock(value = NOTIFY, mode = ResourceAccessMode.READ)
      class GpConnect extends GpConnectEndToEnd {}

      // sends no texts; here rather than in the first phase, whose longer lane it lengthened
      @Nested
      @Order(9)
      class SafetyIncidents extends SafetyIncidentsEndToEnd {}
    }
  }
}
