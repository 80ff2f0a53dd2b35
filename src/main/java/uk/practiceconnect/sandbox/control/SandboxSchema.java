package uk.practiceconnect.sandbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import uk.practiceconnect.platform.control.Database;

/**
 * The sandboxes keep their state in tables of their own, created from {@code db/sandbox} with a
 * history table of their own, and only when the sandbox is on: a production database never holds
 * them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SandboxSchema {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    if (!SandboxSwitch.enabled()) {
      return;
    }
    Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/sandbox")
        .table("sandbox_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
