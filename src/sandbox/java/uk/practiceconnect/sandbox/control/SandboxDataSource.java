package uk.practiceconnect.sandbox.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sandbox's own data source: sandbox.db.url and friends (SANDBOX_DB_URL in the environment),
 * embedded H2 by default. Never the application's data source, although it may name the same
 * database.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = SandboxDataSource.JNDI_NAME,
    className = "${MPCONFIG=sandbox.db.datasource-class}",
    url = "${MPCONFIG=sandbox.db.url}",
    user = "${MPCONFIG=sandbox.db.user}",
    password = "${MPCONFIG=sandbox.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40)
public class SandboxDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/sandbox";
}
