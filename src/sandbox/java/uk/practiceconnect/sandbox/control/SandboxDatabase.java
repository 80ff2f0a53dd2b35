package uk.practiceconnect.sandbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The sandbox's own tables, apart from the application's: migrated by Flyway from {@code
 * db/sandbox}, with a history table of their own, before anything else of the sandbox starts.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SandboxDatabase {

  private static final Logger LOG = Logger.getLogger(SandboxDatabase.class.getName());

  @Resource(lookup = SandboxDataSource.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/sandbox")
            .table("sandbox_schema_history")
            // a database shared with the application already holds its tables
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(() -> "Sandbox schema up to date (" + result.migrationsExecuted + " migrations now)");
  }
}
