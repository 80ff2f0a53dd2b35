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
 * class in its own package (…EndToEnd), nested here; the groups share nothing but the server: each
 * works on practices and sandbox organisations of its own and puts back any global sandbox setting
 * it changes.
 *
 * <p>JUnit runs this class's own test first, then the nested groups; Arquillian enriches only this
 * class's instance, so its test hands the server's URL to {@link Server} for the groups.
 */
@ExtendWith({ArquillianExtension.class, OnlyGroups.class})
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class EndToEndIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return RealWar.get();
  }

  @ArquillianResource URL url;

  @Test
  void theServerAndBothSandboxesAnswerAndTheGroupsGetTheirAddress() {
    Server.awaitReady(Api.at(url), Duration.ofSeconds(120));
    Server.started(url);
  }

  @Nested
  @Order(1)
  class FoundationApi extends FoundationApiEndToEnd {}

  @Nested
  @Order(2)
  class SandboxEmis extends SandboxEmisEndToEnd {}

  @Nested
  @Order(3)
  class NotifySandbox extends NotifySandboxEndToEnd {}

  @Nested
  @Order(4)
  class EmisIntegration extends EmisIntegrationEndToEnd {}

  @Nested
  @Order(5)
  class BookingApi extends BookingApiEndToEnd {}

  @Nested
  @Order(6)
  class Reminders extends RemindersEndToEnd {}

  @Nested
  @Order(7)
  class FoundationPages extends FoundationPagesEndToEnd {}

  @Nested
  @Order(8)
  class EmisPages extends EmisPagesEndToEnd {}

  @Nested
  @Order(9)
  class BookingPages extends BookingPagesEndToEnd {}

  @Nested
  @Order(10)
  class ReminderPages extends ReminderPagesEndToEnd {}
}
