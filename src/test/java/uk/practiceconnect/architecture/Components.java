package uk.practiceconnect.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.practiceconnect.platform.MayCall;

/**
 * The components under a root package (its top-level packages) and the rules between them, read
 * from each component's {@code @MayCall} package annotation. Built from the classes given, so the
 * same rules run on the product and on a deliberately broken fixture.
 */
final class Components {

  private final String root;
  private final Map<String, Set<String>> mayCall;
  private final Set<String> withoutRule;

  private Components(String root, Map<String, Set<String>> mayCall, Set<String> withoutRule) {
    this.root = root;
    this.mayCall = mayCall;
    this.withoutRule = withoutRule;
  }

  /**
   * The components found among {@code classes}; {@code apart} names components that carry no
   * {@code @MayCall} by design (the sandbox, which shares no code with the application).
   */
  static Components of(JavaClasses classes, String root, Set<String> apart) {
    Map<String, Set<String>> mayCall = new TreeMap<>();
    Set<String> withoutRule = new TreeSet<>();
    for (JavaClass c : classes) {
      String component = componentOf(root, c.getPackageName());
      if (component == null || apart.contains(component) || mayCall.containsKey(component)) {
        continue;
      }
      var info = classes.getPackage(root + "." + component).tryGetPackageInfo();
      if (info.isPresent() && info.get().isAnnotatedWith(MayCall.class)) {
        Object[] names =
            (Object[])
                info.get()
                    .getAnnotationOfType(MayCall.class.getName())
                    .get("value")
                    .orElse(new Object[0]);
        Set<String> allowed = new TreeSet<>();
        for (Object name : names) {
          allowed.add((String) name);
        }
        mayCall.put(component, allowed);
      } else {
        withoutRule.add(component);
      }
    }
    return new Components(root, mayCall, withoutRule);
  }

  static String componentOf(String root, String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return null;
    }
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  Set<String> names() {
    return mayCall.keySet();
  }

  /** Components whose package-info says nothing of what they may call. */
  Set<String> withoutRule() {
    return withoutRule;
  }

  /** Each component uses only itself and what its {@code @MayCall} names: a rule each. */
  List<ArchRule> mayCallRules() {
    List<ArchRule> rules = new ArrayList<>();
    for (var entry : mayCall.entrySet()) {
      String component = entry.getKey();
      List<String> forbidden = new ArrayList<>();
      for (String other : mayCall.keySet()) {
        if (!other.equals(component) && !entry.getValue().contains(other)) {
          forbidden.add(root + "." + other + "..");
        }
      }
      if (forbidden.isEmpty()) {
        continue;
      }
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(root + "." + component + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(forbidden.toArray(String[]::new))
              .as(
                  component
                      + " calls "
                      + (entry.getValue().isEmpty()
                          ? "no other component"
                          : "only " + String.join(", ", entry.getValue()))
                      + ", as its package-info says"));
    }
    return rules;
  }

  /** No two components use each other, however indirectly. */
  ArchRule noCycles() {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  /** Inside a component, an entity uses no control or boundary, a control no boundary. */
  ArchRule layers() {
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(root + ".*.entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    root + ".*.control..", root + ".*.boundary..", root + ".*.web.."))
        .and(
            noClasses()
                .that()
                .resideInAPackage(root + ".*.control..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".*.boundary..", root + ".*.web.."));
  }

  /** {@code component} shares no code with the rest, either way. */
  ArchRule apart(String component) {
    String inside = root + "." + component + "..";
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(inside)
                .should()
                .dependOnClassesThat(
                    resideInAPackage(root + "..").and(not(resideInAPackage(inside))))
                .because("it is a WAR of its own, reached only over HTTP"))
        .and(
            noClasses()
                .that()
                .resideOutsideOfPackage(inside)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(inside)
                .because("it is a WAR of its own, reached only over HTTP"));
  }
}
