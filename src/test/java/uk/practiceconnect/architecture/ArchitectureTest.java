package uk.practiceconnect.architecture;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The structure the package notes promise, held against the compiled code: every component says in
 * its package-info what it may call ({@code @MayCall}) and calls nothing else; no two components
 * depend on each other, however indirectly; inside a component the layers point one way; and the
 * sandbox (the EMIS and Notify stand-ins, a WAR of their own) shares no code with the application.
 */
class ArchitectureTest {

  static final String ROOT = "uk.practiceconnect";
  static final String SANDBOX = "sandbox";

  static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(ROOT);

  static final Components COMPONENTS = Components.of(CODE, ROOT, Set.of(SANDBOX));

  @Test
  void everyComponentSaysWhatItMayCall() {
    assertEquals(Set.of(), COMPONENTS.withoutRule(), "components without @MayCall");
    assertEquals(
        Set.of(
            "api",
            "booking",
            "dataprotection",
            "demo",
            "emis",
            "gpconnect",
            "inbox",
            "patient",
            "platform",
            "practice",
            "reminders",
            "retention",
            "safety",
            "shell",
            "sms",
            "statements",
            "webhooks"),
        COMPONENTS.names());
  }

  @Test
  void componentsCallOnlyWhatTheirPackageInfoAllows() {
    assertAll(COMPONENTS.mayCallRules().stream().map(rule -> (Executable) () -> rule.check(CODE)));
  }

  @Test
  void noTwoComponentsDependOnEachOther() {
    COMPONENTS.noCycles().check(CODE);
  }

  @Test
  void entitiesAndControlsDoNotReachUpIntoBoundaries() {
    COMPONENTS.layers().check(CODE);
  }

  @Test
  void theSandboxAndTheApplicationShareNoCode() {
    assertTrue(
        CODE.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + SANDBOX + ".")),
        "the sandbox's classes were not found: the rule would hold vacuously");
    COMPONENTS.apart(SANDBOX).check(CODE);
  }

  /**
   * A REST resource is made once (docs/architecture.md): scoped to the application, holding only
   * what is injected, so nothing of one request can stay behind for the next.
   */
  @Test
  void restResourcesAreMadeOnceAndKeepNothingOfARequest() {
    List<JavaClass> resources =
        CODE.stream()
            .filter(c -> c.isAnnotatedWith(Path.class))
            .filter(c -> !c.getPackageName().startsWith(ROOT + "." + SANDBOX + "."))
            .toList();
    assertTrue(resources.size() > 10, "the resources were not found: " + resources);
    List<String> wrong = new ArrayList<>();
    for (JavaClass resource : resources) {
      if (!resource.isAnnotatedWith(ApplicationScoped.class)) {
        wrong.add(resource.getSimpleName() + " is not @ApplicationScoped");
      }
      for (JavaField field : resource.getFields()) {
        if (!field.getModifiers().contains(JavaModifier.STATIC)
            && !field.isAnnotatedWith(Inject.class)
            && !field.isAnnotatedWith(Context.class)) {
          wrong.add(
              resource.getSimpleName() + "." + field.getName() + " is neither injected nor static");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The same rules on a fixture whose ground floor imports the feature above it. */
  @Test
  void theRulesFailOnAnUpwardImport() {
    String root = ROOT + ".architecture.fixture";
    JavaClasses fixture = new ClassFileImporter().importPackages(root);
    Components parts = Components.of(fixture, root, Set.of());
    assertEquals(Set.of("feature", "ground"), parts.names());
    ArchRule groundRule =
        parts.mayCallRules().stream()
            .filter(r -> r.getDescription().startsWith("ground "))
            .findFirst()
            .orElseThrow();
    AssertionError upward = assertThrows(AssertionError.class, () -> groundRule.check(fixture));
    assertTrue(upward.getMessage().contains("Ground.upward"), upward.getMessage());
    assertThrows(AssertionError.class, () -> parts.noCycles().check(fixture));
  }
}
