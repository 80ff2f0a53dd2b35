package uk.practiceconnect.platform.control;

import jakarta.persistence.Entity;
import jakarta.persistence.Query;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.mutation.RemoveCoordinator;
import org.hibernate.persister.collection.mutation.RowMutationOperations;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.mutation.MutationCoordinator;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.sql.model.MutationOperationGroup;

/**
 * Reads the SQL surface of the code as compiled ({@code target/classes}) on a database migrated to
 * its own schema: for each JPA entity the insert, update, delete and select-by-id Hibernate
 * generates (and those of its element collections); every JPQL query among the classes' string
 * constants, as Hibernate translates it when run; every native statement among them as it stands. A
 * statement is kept with the JDBC types of its parameters once it has run on that schema.
 *
 * <p>The entities' insert, update and delete come from Hibernate's persisters (their static
 * statements: what Hibernate 6.6 sends, but not a public API): after a Hibernate upgrade, write the
 * snapshot of the release before and after it and compare.
 */
final class SqlSurfaceCapture {

  private final Map<String, String> captured = new LinkedHashMap<>(); // sql -> origin
  private final List<String> recorded = new ArrayList<>();

  private SqlSurfaceCapture() {}

  /**
   * The surface on the database given; {@code hints} are parameter types by statement, read where
   * the database tells them better (PostgreSQL), for the statements that both run the same.
   */
  static SqlSurface of(ScratchDatabase db, Map<String, List<JDBCType>> hints)
      throws IOException, SQLException {
    SqlSurfaceCapture capture = new SqlSurfaceCapture();
    List<Class<?>> classes = CompiledCode.classes();
    try (SessionFactory factory = capture.factory(db, classes)) {
      for (Class<?> c : classes) {
        if (c.isAnnotationPresent(Entity.class)) {
          capture.entity(factory, c);
        }
      }
      capture.collections(factory);
      capture.queries(factory, classes);
    }
    try (Connection c = db.connect()) {
      return SqlSurface.ofCaptured(c, capture.captured, hints);
    }
  }

  private SessionFactory factory(ScratchDatabase db, List<Class<?>> classes) {
    Configuration cfg = new Configuration();
    classes.stream()
        .filter(c -> c.isAnnotationPresent(Entity.class))
        .forEach(cfg::addAnnotatedClass);
    cfg.setProperty("jakarta.persistence.jdbc.url", db.url())
        .setProperty("jakarta.persistence.jdbc.user", db.user())
        .setProperty("jakarta.persistence.jdbc.password", "")
        .setProperty("hibernate.hbm2ddl.auto", "none")
        .setProperty("hibernate.jdbc.time_zone", "UTC")
        .setProperty("hibernate.check_nullability", "false")
        .setProperty("hibernate.xml_mapping_enabled", "false");
    cfg.getProperties()
        .put(
            "hibernate.session_factory.statement_inspector",
            (org.hibernate.resource.jdbc.spi.StatementInspector)
                sql -> {
                  recorded.add(sql);
                  return sql;
                });
    return cfg.buildSessionFactory();
  }

  private void entity(SessionFactory factory, Class<?> type) {
    String origin = "entity " + type.getSimpleName();
    AbstractEntityPersister persister =
        (AbstractEntityPersister)
            factory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(type);
    add(origin + " insert", persister.getInsertCoordinator());
    add(origin + " update", persister.getUpdateCoordinator());
    add(origin + " delete", persister.getDeleteCoordinator());
    run(
        origin + " select by id",
        factory,
        s -> s.find(type, sample(persister.getIdentifierType().getReturnedClass())));
    // a blank one is not stored, but asking for its id is (a sequence's next value)
    run(
        origin + " persist",
        factory,
        s -> {
          s.persist(blank(type));
          s.flush();
        });
  }

  private void add(String origin, MutationCoordinator coordinator) {
    MutationOperationGroup group = coordinator.getStaticMutationOperationGroup();
    for (int i = 0; group != null && i < group.getNumberOfOperations(); i++) {
      add(origin, ((JdbcOperation) group.getOperation(i)).getSqlString());
    }
  }

  private void collections(SessionFactory factory) {
    factory
        .unwrap(SessionFactoryImplementor.class)
        .getMappingMetamodel()
        .forEachCollectionDescriptor(
            collection -> {
              String origin =
                  "collection " + collection.getRole().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1");
              RowMutationOperations rows = invoke(collection, "getRowMutationOperations");
              if (rows.hasInsertRow()) {
                add(origin + " insert row", rows.getInsertRowOperation().getSqlString());
              }
              if (rows.hasDeleteRow()) {
                add(origin + " delete row", rows.getDeleteRowOperation().getSqlString());
              }
              RemoveCoordinator remove = invoke(collection, "getRemoveCoordinator");
              add(origin + " delete all", remove.getSqlString());
            });
  }

  /** Hibernate keeps a collection's row statements behind protected methods. */
  @SuppressWarnings("unchecked")
  private static <T> T invoke(Object collection, String method) {
    try {
      Method m = AbstractCollectionPersister.class.getDeclaredMethod(method);
      m.setAccessible(true);
      return (T) m.invoke(collection);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private void queries(SessionFactory factory, List<Class<?>> classes) throws IOException {
    CompiledCode.statementTexts(classes)
        .forEach(
            (text, origin) -> {
              if (!runJpql(factory, origin, text)) {
                add("native " + origin, asJdbc(text));
              }
            });
  }

  /** Runs the text as JPQL with every parameter empty; false when it is not JPQL. */
  private boolean runJpql(SessionFactory factory, String origin, String text) {
    try (Session s = factory.openSession()) {
      Query q;
      try {
        q = s.createQuery(text);
      } catch (IllegalArgumentException notJpql) {
        return false;
      }
      recorded.clear();
      s.getTransaction().begin();
      try {
        q.getParameters()
            .forEach(
                p -> {
                  if (p.getName() != null) {
                    q.setParameter(p.getName(), null);
                  } else {
                    q.setParameter(p.getPosition(), null);
                  }
                });
        if (text.startsWith("select")) {
          q.getResultList();
        } else {
          q.executeUpdate();
        }
      } catch (RuntimeException e) {
        // what was sent is checked on its own below
      } finally {
        s.getTransaction().rollback();
      }
      recorded.forEach(sql -> add("jpql " + origin, sql));
      return true;
    }
  }

  /** A native statement's named ({@code :name}) and numbered ({@code ?1}) parameters as JDBC's. */
  static String asJdbc(String sql) {
    return sql.replaceAll("(?<![:\\w]):\\w+|\\?\\d+", "?");
  }

  private interface Work {
    void on(Session s);
  }

  /** Records what Hibernate sends while doing the work; the work itself may fail. */
  private void run(String origin, SessionFactory factory, Work work) {
    recorded.clear();
    try (Session s = factory.openSession()) {
      s.getTransaction().begin();
      try {
        work.on(s);
      } catch (RuntimeException expected) {
        // a blank entity breaks the table's constraints: only the SQL asked for counts
      } finally {
        if (s.getTransaction().isActive()) {
          s.getTransaction().rollback();
        }
      }
    }
    List.copyOf(recorded).forEach(sql -> add(origin, sql));
  }

  private void add(String origin, String sql) {
    captured.putIfAbsent(sql.strip().replaceAll("\\s+", " "), origin);
  }

  /** An instance with nothing set but what a primitive field always has. */
  private static Object blank(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " has no constructor without arguments", e);
    }
  }

  /** A sample value for an id: a number, a text, or a composite key with its parts set. */
  private static Object sample(Class<?> type) {
    if (type == Long.class || type == long.class) {
      return 1L;
    }
    if (type == Integer.class || type == int.class) {
      return 1;
    }
    if (type == String.class) {
      return "x";
    }
    Object key = blank(type);
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        try {
          f.set(key, sample(f.getType()));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return key;
  }
}
