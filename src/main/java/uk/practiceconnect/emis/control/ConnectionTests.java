package uk.practiceconnect.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.platform.entity.Caller;
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

  public ConnectionTestResult run(Caller caller, Practice practice, ConnectionTestRun.Origin from) {
    ConnectionTestResult result = test.run(practice);
    try {
      status.record(caller, practice, result, from);
    } catch (RuntimeException first) {
      // the practice's first status row, created by two at once: the second try finds it
      LOG.log(Level.FINE, "Storing a connection test again: {0}", first.getClass().getName());
      status.record(caller, practice, result, from);
    }
    LOG.fine(
        () ->
            "EMIS connection test for "
                + practice.odsCode().value()
                + ": "
                + result.failingCheck().map(Enum::name).orElse("PASSED")
                + " in "
                + result.durationMillis()
                + " ms");
    return result;
  }
}
