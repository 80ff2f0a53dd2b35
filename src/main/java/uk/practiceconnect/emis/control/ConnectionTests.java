package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Runs a connection test and keeps its result: EMIS is asked outside any transaction (no database
 * lock is held while EMIS thinks), then the result is stored and the status moved in one.
 */
@ApplicationScoped
public class ConnectionTests {

  private static final Logger LOG = Logger.getLogger(ConnectionTests.class.getName());

  @Inject ConnectionTest test;
  @Inject IntegrationStatus status;
  @Inject Instance<RouteConnectionTest> otherRoutes;

  public ConnectionTestResult run(Caller caller, Practice practice, ConnectionTestRun.Origin from) {
    ConnectionTestResult result = testFor(practice);
    try {
      status.record(caller, practice, result, from);
    } catch (RuntimeException first) {
      // the practice's first status row, created by two at once: the second try finds it
      LOG.log(Level.FINE, "Storing a connection test again: {0}", first.getClass().getName());
      status.record(caller, practice, result, from);
    }
    LOG.fine(
        () ->
            practice.integrationRoute().label()
                + " connection test for "
                + practice.odsCode().value()
                + ": "
                + result.failingCheck().map(Enum::name).orElse("PASSED")
                + " in "
                + result.durationMillis()
                + " ms");
    return result;
  }

  private ConnectionTestResult testFor(Practice practice) {
    if (practice.integrationRoute() == IntegrationRoute.EMIS) {
      return test.run(practice);
    }
    for (RouteConnectionTest other : otherRoutes) {
      if (other.route() == practice.integrationRoute()) {
        return other.run(practice);
      }
    }
    throw new IllegalStateException("No connection test for " + practice.integrationRoute());
  }
}
