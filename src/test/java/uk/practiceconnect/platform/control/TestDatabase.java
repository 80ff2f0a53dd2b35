package uk.practiceconnect.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import uk.practiceconnect.api.entity.ApiKey;
import uk.practiceconnect.emis.entity.EmisSettings;
import uk.practiceconnect.platform.entity.AuditEntry;
import uk.practiceconnect.practice.entity.AppUser;
import uk.practiceconnect.practice.entity.Practice;

/**
 * An in-memory H2 database with the real migrations and Hibernate, for plain JUnit tests of control
 * classes that read and write the foundation's tables (no server, well under a second).
 * Transactions are the test's own ({@link #inTransaction}); {@link #switching} gives a control one
 * entity manager whose target the test moves between two "requests".
 */
public final class TestDatabase implements AutoCloseable {

  private final EntityManagerFactory factory;

  public TestDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:unit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    Configuration cfg =
        new Configuration()
            .addAnnotatedClass(Practice.class)
            .addAnnotatedClass(AppUser.class)
            .addAnnotatedClass(ApiKey.class)
            .addAnnotatedClass(AuditEntry.class)
            .addAnnotatedClass(EmisSettings.class)
            .addAnnotatedClass(uk.practiceconnect.booking.entity.Booking.class)
            .addAnnotatedClass(uk.practiceconnect.gpconnect.entity.GpConnectSettings.class)
            .addAnnotatedClass(uk.practiceconnect.webhooks.entity.WebhookEndpoint.class)
            .addAnnotatedClass(uk.practiceconnect.webhooks.entity.WebhookEvent.class)
            .addAnnotatedClass(uk.practiceconnect.webhooks.entity.WebhookDelivery.class)
            .setProperty("hibernate.hbm2ddl.auto", "none")
            .setProperty("hibernate.jdbc.time_zone", "UTC")
            .setProperty("hibernate.xml_mapping_enabled", "false")
            .setProperty("hibernate.show_sql", "false");
    cfg.getProperties().put("hibernate.connection.datasource", ds);
    factory = cfg.buildSessionFactory();
  }

  public EntityManagerFactory factory() {
    return factory;
  }

  public EntityManager newEntityManager() {
    return factory.createEntityManager();
  }

  public static AuditTrail auditTrail(EntityManager em, Clock clock) {
    AuditTrail audit = new AuditTrail();
    audit.em = em;
    audit.clock = clock;
    return audit;
  }

  public static SettingsSaves settingsSaves(EntityManager em) {
    SettingsSaves saves = new SettingsSaves();
    saves.em = em;
    return saves;
  }

  /** Runs the work in a transaction of its own on this entity manager and commits it. */
  public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
    EntityTransaction tx = em.getTransaction();
    tx.begin();
    try {
      T result = work.get();
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.clear();
    }
  }

  public static void inTransaction(EntityManager em, Runnable work) {
    inTransaction(
        em,
        () -> {
          work.run();
          return null;
        });
  }

  /** An entity manager that forwards to whichever one {@code target} holds at the time. */
  public static EntityManager switching(Supplier<EntityManager> target) {
    return (EntityManager)
        Proxy.newProxyInstance(
            TestDatabase.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(target.get(), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public void close() {
    factory.close();
  }
}
