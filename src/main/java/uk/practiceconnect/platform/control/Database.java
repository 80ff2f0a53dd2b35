package uk.practiceconnect.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own data source. Its settings come from MicroProfile Config (db.url and
 * friends, or DB_URL and friends in the environment): embedded H2 by default, PostgreSQL in
 * production. Hibernate reads the dialect from the connection itself.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=db.datasource-class}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 40)
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/pc";
}
