package uk.practiceconnect.platform.control;

import jakarta.persistence.NamedQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The application's classes as compiled ({@code target/classes}), and the statements in them. */
final class CompiledCode {

  static final Path CLASSES = Path.of("target/classes");

  /** A string constant that may be a statement: SQL keywords are written in lower case here. */
  static final Pattern STATEMENT =
      Pattern.compile("^(select|insert|update|delete|with|merge) .*\\b(from|into|set)\\b.*");

  private CompiledCode() {}

  /** The application's classes, not loaded yet; the sandbox is a WAR with a schema of its own. */
  static List<Class<?>> classes() throws IOException {
    Path root = CLASSES.resolve("uk/practiceconnect");
    Path sandbox = root.resolve("sandbox");
    try (Stream<Path> files = Files.walk(root)) {
      List<Class<?>> classes = new ArrayList<>();
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".class") && !p.startsWith(sandbox))
              .sorted()
              .toList()) {
        String name =
            CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          classes.add(Class.forName(name, false, CompiledCode.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
      return classes;
    }
  }

  /**
   * Every text among the classes' string constants and named queries that looks like a statement
   * (JPQL or SQL), with the simple name of the first class holding it. A text joined at run time
   * counts without the values that go in: whole when they are optional conditions, a part else.
   */
  static Map<String, String> statementTexts(List<Class<?>> classes) throws IOException {
    Map<String, String> found = new TreeMap<>();
    for (Class<?> c : classes) {
      // a nested or anonymous class counts as the class around it
      String origin = c.getName().replaceAll(".*\\.|\\$.*", "");
      Path file = CLASSES.resolve(c.getName().replace('.', '/') + ".class");
      for (String s : ClassFileStrings.of(Files.readAllBytes(file))) {
        String text = s.replace("\u0001", "").replace("\u0002", "").strip();
        if (STATEMENT.matcher(text).matches()) {
          found.putIfAbsent(text, origin);
        }
      }
      // an annotation's text is not a string constant of the pool
      for (NamedQuery q : c.getAnnotationsByType(NamedQuery.class)) {
        found.putIfAbsent(q.query(), origin);
      }
    }
    return found;
  }
}
