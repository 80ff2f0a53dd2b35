package uk.practiceconnect.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a staff member's session holds must survive being written out and read back on another
 * instance (web sessions kept in the data grid when an instance dies): every session-, view- and
 * conversation-scoped bean is Serializable, and so is everything it keeps, field by field. A field
 * may be transient (built again when needed), hold an injected bean of a normal scope (CDI injects
 * a serialisable proxy) or an EJB, or hold a value whose type is itself serialisable. An injected
 * field must not be transient: CDI does not inject again into a bean read back elsewhere.
 */
class SessionStateTest {

  static final List<Class<? extends Annotation>> KEPT_SCOPES =
      List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

  /** Injected as proxies that serialise as a reference to the bean, not its state. */
  static final List<Class<? extends Annotation>> PROXIED =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          ConversationScoped.class,
          ViewScoped.class,
          Singleton.class,
          Stateless.class);

  /** Types our producers make in a normal scope, so injected as proxies too (Clocks: Clock). */
  static final Set<Class<?>> PRODUCED_AS_PROXIES = Set.of(java.time.Clock.class);

  /** Interfaces whose implementations in our code are the JDK's serialisable ones. */
  static final Set<Class<?>> SERIALISABLE_INTERFACES =
      Set.of(List.class, Map.class, Set.class, Collection.class, Event.class, Instance.class);

  @Test
  void everyBeanASessionKeepsIsSerialisableFieldByField() throws ClassNotFoundException {
    List<String> problems = new ArrayList<>();
    int beans = 0;
    for (JavaClass jc : ArchitectureTest.CODE) {
      if (KEPT_SCOPES.stream().noneMatch(jc::isAnnotatedWith)) {
        continue;
      }
      beans++;
      Class<?> bean = Class.forName(jc.getName());
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c.getName().startsWith("uk."); c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          String problem = problem(f);
          if (problem != null) {
            problems.add(c.getSimpleName() + "." + f.getName() + ": " + problem);
          }
        }
      }
    }
    assertFalse(beans == 0, "no session-kept beans found: the scan is broken");
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckFindsWhatCouldNotBeWrittenOut() throws NoSuchFieldException {
    assertNull(problem(Sample.class.getDeclaredField("name")));
    assertNull(problem(Sample.class.getDeclaredField("cache")), "transient: built again");
    assertNotNull(problem(Sample.class.getDeclaredField("thread")));
    assertNotNull(problem(Sample.class.getDeclaredField("threads")), "a list is its elements");
    assertNotNull(problem(Sample.class.getDeclaredField("inner")), "our own types looked into");
    assertNotNull(
        problem(Sample.class.getDeclaredField("service")),
        "injected yet transient: lost on moving");
  }

  @SuppressWarnings("unused")
  static class Sample implements Serializable {
    private static final long serialVersionUID = 1L;
    String name;
    transient Thread cache;
    Thread thread;
    List<Thread> threads;
    Inner inner;
    @Inject transient Object service;
  }

  record Inner(String ok, Thread notOk) implements Serializable {}

  static String problem(Field f) {
    int m = f.getModifiers();
    if (f.isAnnotationPresent(Inject.class) && Modifier.isTransient(m)) {
      // CDI does not inject again into a bean read back on another instance: it would be null
      return "injected into a transient field (null once the session moves; inject the proxy)";
    }
    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
      return null;
    }
    Class<?> type = f.getType();
    if (f.isAnnotationPresent(Inject.class)
        && (PROXIED.stream().anyMatch(type::isAnnotationPresent)
            || PRODUCED_AS_PROXIES.contains(type))) {
      return null;
    }
    return unserialisable(f.getGenericType(), new HashSet<>())
        .map(t -> (f.isAnnotationPresent(Inject.class) ? "injects " : "keeps ") + t)
        .orElse(null);
  }

  /**
   * Why a value of this type could not be written out, if it could not: our own types are looked
   * into, field by field (a record's components included), as far as they go.
   */
  static Optional<String> unserialisable(Type generic, Set<Class<?>> seen) {
    if (generic instanceof ParameterizedType p) {
      // a List<ConnectionCheck> is as good as its elements
      for (Type argument : p.getActualTypeArguments()) {
        Optional<String> inner = unserialisable(argument, seen);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return unserialisable(p.getRawType(), seen);
    }
    return generic instanceof Class<?> c ? unserialisable(c, seen) : Optional.empty();
  }

  static Optional<String> unserialisable(Class<?> type, Set<Class<?>> seen) {
    if (type.isArray()) {
      return unserialisable(type.getComponentType(), seen);
    }
    if (type.isPrimitive() || SERIALISABLE_INTERFACES.contains(type) || !seen.add(type)) {
      return Optional.empty();
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      return Optional.of(type.getName() + ", not Serializable");
    }
    if (!type.getName().startsWith("uk.") || type.isEnum()) {
      return Optional.empty();
    }
    for (Class<?> c = type; c != null && c.getName().startsWith("uk."); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
          continue;
        }
        Optional<String> inner = unserialisable(f.getGenericType(), seen);
        if (inner.isPresent()) {
          return Optional.of(type.getSimpleName() + "." + f.getName() + " of " + inner.get());
        }
      }
    }
    return Optional.empty();
  }
}
