package uk.practiceconnect.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cut of PrimeFaces' files ({@link LeanPrimeFaces}) against the real files of the PrimeFaces
 * library we ship, and against our pages: a page using a component whose widget or styles were cut
 * would silently not work.
 */
class LeanPrimeFacesTest {

  /**
   * Each PrimeFaces tag our pages may use, and the widget it makes in the browser (none for tags
   * that make no widget of their own). A tag missing here fails {@link
   * #everyTagOnOurPagesKeepsItsWidget}.
   */
  static final Map<String, Optional<String>> TAG_WIDGETS =
      Map.ofEntries(
          Map.entry("ajax", Optional.empty()),
          Map.entry("button", Optional.of("Button")),
          Map.entry("column", Optional.empty()),
          Map.entry("commandButton", Optional.of("CommandButton")),
          Map.entry("confirm", Optional.empty()),
          Map.entry("confirmDialog", Optional.of("ConfirmDialog")),
          Map.entry("dataTable", Optional.of("DataTable")),
          Map.entry("inputText", Optional.of("InputText")),
          Map.entry("inputTextarea", Optional.of("InputTextarea")),
          Map.entry("message", Optional.of("Message")),
          Map.entry("messages", Optional.of("Messages")),
          Map.entry("password", Optional.of("Password")),
          Map.entry("selectBooleanCheckbox", Optional.of("SelectBooleanCheckbox")));

  static final Path PAGES = Path.of("src/main/webapp");

  @Test
  void everyTagOnOurPagesKeepsItsWidget() throws IOException {
    Set<String> tags = new TreeSet<>();
    eachPage(text -> find(text, "<p:(\\w+)", tags));
    for (String tag : tags) {
      assertTrue(
          TAG_WIDGETS.containsKey(tag),
          "p:"
              + tag
              + " is new on our pages: add its widget to LeanPrimeFaces.WIDGETS (and take"
              + " its styles out of UNUSED_STYLES), then list it in TAG_WIDGETS here");
      TAG_WIDGETS.get(tag).ifPresent(w -> assertTrue(LeanPrimeFaces.WIDGETS.contains(w), w));
    }
  }

  @Test
  void noClassOnOurPagesOrInOurStylesIsOneWhoseStylesAreCut() throws IOException {
    Set<String> classes = new TreeSet<>();
    eachPage(text -> find(text, "(?:styleClass|class)=\"([^\"]*)\"", classes));
    find(Files.readString(PAGES.resolve("resources/css/app.css")), "\\.([a-zA-Z][\\w-]*)", classes);
    List<String> cut = new ArrayList<>();
    for (String list : classes) {
      for (String name : list.split("[^A-Za-z0-9_-]+")) {
        if (name.isEmpty()) {
          continue;
        }
        if (!PrimeFacesTrim.styles("." + name + "{color:red}", LeanPrimeFaces.UNUSED_STYLES)
            .contains("red")) {
          cut.add(name);
        }
      }
    }
    assertEquals(List.of(), cut, "classes we use whose PrimeFaces styles are cut");
  }

  @Test
  void theScriptKeepsOurWidgetsAndWhatTheyBuildOnAndNothingElse() {
    String whole = library("primefaces/components.js");
    String lean = PrimeFacesTrim.script(whole, LeanPrimeFaces.WIDGETS).orElseThrow();

    for (String widget : LeanPrimeFaces.WIDGETS) {
      assertTrue(lean.contains("PrimeFaces.widget." + widget + "="), widget);
    }
    assertTrue(lean.contains("PrimeFaces.widget.Dialog="), "ConfirmDialog extends Dialog");
    assertTrue(lean.contains("PrimeFaces.widget.Paginator="), "DataTable pages with it");
    for (String cut : List.of("TreeTable", "AutoComplete", "Schedule", "TabView", "Growl")) {
      assertFalse(lean.contains("PrimeFaces.widget." + cut + "="), cut);
    }
    assertTrue(lean.startsWith(whole.substring(0, 2000)), "the shared prelude stays");
    assertTrue(lean.length() < whole.length() / 3, lean.length() + " of " + whole.length());
  }

  @Test
  void aScriptNotMadeOfWholeWidgetStatementsIsServedWhole() {
    assertEquals(Optional.empty(), PrimeFacesTrim.script("var a=1;", Set.of("DataTable")));
    String unbalanced = "var p;\nPrimeFaces.widget.A=B.extend({a:function(){if(x){}});";
    assertEquals(Optional.empty(), PrimeFacesTrim.script(unbalanced, Set.of("A")));
    String widgets = "var p;\nPrimeFaces.widget.A=B.extend({});PrimeFaces.widget.C=B.extend({});";
    assertEquals(Optional.empty(), PrimeFacesTrim.script(widgets, Set.of("Missing")));
    assertEquals(
        Optional.of("var p;\nPrimeFaces.widget.C=B.extend({});"),
        PrimeFacesTrim.script(widgets, Set.of("C")));
  }

  @Test
  void stylesLoseOnlyTheRulesOfUnusedComponents() {
    String css =
        "/* a comment {x} */.ui-tree{a:1}.ui-tree-toggler,.ui-treetable{b:2}"
            + ".ui-button:not(.ui-tree, .x){c:3}"
            + "@media (max-width:640px){.ui-tree{d:4}}"
            + "@media screen{.ui-tree{e:5}.ui-dialog{f:6}}"
            + "@font-face{font-family:\"primeicons\";src:url(\"a{b}.woff2\")}"
            + "@keyframes spin{from{g:7}to{h:8}}";
    assertEquals(
        ".ui-treetable{b:2}.ui-button:not(.ui-tree, .x){c:3}"
            + "@media screen{.ui-dialog{f:6}}"
            + "@font-face{font-family:\"primeicons\";src:url(\"a{b}.woff2\")}"
            + "@keyframes spin{from{g:7}to{h:8}}",
        PrimeFacesTrim.styles(css, Set.of("ui-tree")));
  }

  @Test
  void theThemeKeepsTheStylesOfOurComponents() {
    for (String file : List.of("primefaces-saga-blue/theme.css", "primefaces/components.css")) {
      String whole = library(file);
      String lean = PrimeFacesTrim.styles(whole, LeanPrimeFaces.UNUSED_STYLES);
      for (String used :
          List.of(
              ".ui-datatable",
              ".ui-dialog",
              ".ui-password",
              ".ui-chkbox",
              ".ui-paginator",
              ".ui-button",
              ".ui-message",
              ".ui-inputfield")) {
        assertTrue(lean.contains(used), file + " keeps " + used);
      }
      for (String cut : List.of(".ui-treetable", ".ui-datepicker", ".ui-selectonemenu ")) {
        assertFalse(lean.contains(cut), file + " cuts " + cut);
      }
      assertTrue(
          lean.length() < whole.length() / 2,
          file + ": " + lean.length() + " of " + whole.length());
    }
  }

  /**
   * The cut icon font holds every icon PrimeFaces can show on our pages: those the kept style rules
   * show, and those PrimeFaces' scripts and components (or our pages) name as {@code pi-…} classes.
   * On failure, the message is the command that makes the font again.
   */
  @Test
  void theIconFontHoldsEveryIconPrimeFacesCanShowOnOurPages() throws IOException {
    Map<String, String> codeOf = new java.util.HashMap<>();
    Matcher icon =
        Pattern.compile("\\.pi-([a-z0-9-]+):before\\s*\\{\\s*content:\\s*\"\\\\([0-9a-f]+)\"")
            .matcher(library("primefaces/primeicons/primeicons.css"));
    while (icon.find()) {
      codeOf.put(icon.group(1), icon.group(2));
    }
    assertTrue(codeOf.size() > 200, "icons read from primeicons.css: " + codeOf.size());

    Set<String> needed = new TreeSet<>();
    for (String file : List.of("primefaces-saga-blue/theme.css", "primefaces/components.css")) {
      Matcher content =
          Pattern.compile("content:\\s*\"([^\"]*)\"")
              .matcher(PrimeFacesTrim.styles(library(file), LeanPrimeFaces.UNUSED_STYLES));
      while (content.find()) {
        content
            .group(1)
            .chars()
            .filter(c -> c >= 0xe000 && c <= 0xf8ff)
            .forEach(c -> needed.add(Integer.toHexString(c)));
      }
    }
    Set<String> named = new TreeSet<>();
    find(
        PrimeFacesTrim.script(library("primefaces/components.js"), LeanPrimeFaces.WIDGETS)
            .orElseThrow(),
        "pi-([a-z0-9-]+)",
        named);
    find(library("primefaces/core.js"), "pi-([a-z0-9-]+)", named);
    eachPage(text -> find(text, "pi-([a-z0-9-]+)", named));
    try (JarFile jar = new JarFile(primeFacesJar())) {
      for (JarEntry entry : java.util.Collections.list(jar.entries())) {
        if (entry.getName().startsWith("org/primefaces/component/")
            && entry.getName().endsWith(".class")) {
          try (InputStream in = jar.getInputStream(entry)) {
            find(
                new String(in.readAllBytes(), StandardCharsets.ISO_8859_1),
                "pi-([a-z0-9-]+)",
                named);
          }
        }
      }
    }
    named.stream().map(codeOf::get).filter(java.util.Objects::nonNull).forEach(needed::add);

    String version = primeFacesJar().getName().replaceAll("primefaces-(.+)-jakarta\\.jar", "$1");
    List<String> list = iconList();
    String remake =
        "make the icon font again: python3 src/tools/primeicons-subset.py "
            + version
            + " "
            + String.join(",", needed);
    assertEquals("primefaces " + version, list.get(0), remake);
    assertTrue(Set.of(list.get(1).split(",")).containsAll(needed), remake);
  }

  private static List<String> iconList() throws IOException {
    try (InputStream in = LeanPrimeFaces.class.getResourceAsStream(LeanPrimeFaces.ICON_LIST)) {
      assertTrue(in != null, LeanPrimeFaces.ICON_LIST + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static java.io.File primeFacesJar() {
    String url =
        LeanPrimeFacesTest.class
            .getClassLoader()
            .getResource("META-INF/resources/primefaces/components.js")
            .toString();
    return new java.io.File(url.replaceFirst("^jar:file:", "").replaceFirst("!/.*$", ""));
  }

  private static String library(String path) {
    try (InputStream in =
        LeanPrimeFacesTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/resources/" + path)) {
      assertTrue(in != null, path + " is not in the PrimeFaces library");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void find(String text, String regex, Set<String> into) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private interface PageText {
    void accept(String text) throws IOException;
  }

  private static void eachPage(PageText check) throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        check.accept(Files.readString(page));
      }
    }
  }
}
