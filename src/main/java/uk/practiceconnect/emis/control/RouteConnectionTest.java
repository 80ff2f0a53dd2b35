package uk.practiceconnect.emis.control;

import uk.practiceconnect.emis.entity.ConnectionTestResult;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The connection test of a route other than the EMIS partner API (GP Connect's lives in its own
 * component). {@link ConnectionTests} runs the one for the practice's route, so a practice's
 * status, its periodic check and the re-checks after failed calls follow whichever route it uses.
 */
public interface RouteConnectionTest {

  IntegrationRoute route();

  ConnectionTestResult run(Practice practice);
}
