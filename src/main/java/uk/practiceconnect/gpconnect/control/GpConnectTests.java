package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.practiceconnect.emis.control.ConnectionTests;
import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.emis.entity.ConnectionTestRun;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A GP Connect connection test someone asked for. For a practice on GP Connect it is stored and
 * moves the practice's status like the periodic check; for one still on EMIS (trying GP Connect
 * before switching) it only answers, so the EMIS status is left alone.
 */
@ApplicationScoped
public class GpConnectTests {

  @Inject ConnectionTests tests;
  @Inject GpConnectTest test;

  public ConnectionTestResult run(Caller caller, Practice practice, ConnectionTestRun.Origin from) {
    return practice.integrationRoute() == IntegrationRoute.GP_CONNECT
        ? tests.run(caller, practice, from)
        : test.run(practice);
  }
}
