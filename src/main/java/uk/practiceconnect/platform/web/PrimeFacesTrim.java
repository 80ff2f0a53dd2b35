package uk.practiceconnect.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts PrimeFaces' shared script and style sheets down to the components our pages use (see {@link
 * LeanPrimeFaces}). Pure text in, text out, so it is checked against the real files by unit tests.
 *
 * <p>The script {@code components.js} is one compiled file in which every widget is a single
 * top-level statement {@code PrimeFaces.widget.Name=PrimeFaces.widget.Base.extend({...});}, one
 * after the other after a shared prelude. {@link #script} keeps the prelude and the statements of
 * the widgets asked for and of every widget they name (a dialog's base, a table's paginator). When
 * the file does not have that shape (a PrimeFaces upgrade changed it), it answers empty and the
 * caller serves the file whole.
 *
 * <p>{@link #styles} drops the style rules whose every selector names a class of a component we do
 * not use; a selector list loses only those of its selectors; {@code @media} and {@code @supports}
 * blocks are trimmed inside; everything else ({@code @font-face}, {@code @keyframes}, variables) is
 * kept.
 */
final class PrimeFacesTrim {

  private static final Pattern WIDGET_START =
      Pattern.compile("(?<=^|[;}\\n])PrimeFaces\\.widget\\.([A-Z]\\w*)=", Pattern.MULTILINE);
  private static final Pattern WIDGET_NAMED = Pattern.compile("PrimeFaces\\.widget\\.([A-Z]\\w*)");

  private PrimeFacesTrim() {}

  /**
   * The script with the prelude and the widgets in {@code keep} and those they name; empty when the
   * file is not made of whole widget statements or a widget asked for is not in it.
   */
  static Optional<String> script(String js, Set<String> keep) {
    Map<String, String> widgets = new LinkedHashMap<>();
    Matcher m = WIDGET_START.matcher(js);
    int prelude = -1;
    int start = -1;
    String name = null;
    while (m.find()) {
      if (name == null) {
        prelude = m.start();
      } else {
        widgets.put(name, js.substring(start, m.start()));
      }
      name = m.group(1);
      start = m.start();
    }
    if (name == null) {
      return Optional.empty();
    }
    widgets.put(name, js.substring(start));
    if (!widgets.values().stream().allMatch(PrimeFacesTrim::isOneStatement)
        || !widgets.keySet().containsAll(keep)) {
      return Optional.empty();
    }
    Set<String> needed = new java.util.HashSet<>(keep);
    List<String> queue = new ArrayList<>(keep);
    while (!queue.isEmpty()) {
      Matcher named = WIDGET_NAMED.matcher(widgets.get(queue.remove(queue.size() - 1)));
      while (named.find()) {
        String other = named.group(1);
        if (widgets.containsKey(other) && needed.add(other)) {
          queue.add(other);
        }
      }
    }
    StringBuilder out = new StringBuilder(js.length() / 3).append(js, 0, prelude);
    widgets.forEach(
        (widget, text) -> {
          if (needed.contains(widget)) {
            out.append(text);
          }
        });
    return Optional.of(out.toString());
  }

  /**
   * One widget's text is one statement: its braces and brackets close exactly at its end (strings,
   * regular expressions and comments aside, which the compiled file keeps balanced in practice).
   */
  private static boolean isOneStatement(String text) {
    String body = text.stripTrailing();
    return body.endsWith("});") && depthAtEnd(body) == 0;
  }

  private static int depthAtEnd(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = closingQuote(text, i);
      } else if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      }
    }
    return depth;
  }

  /** The style sheet without the rules that only style components named in {@code unused}. */
  static String styles(String css, Set<String> unused) {
    Pattern classes = unusedClasses(unused);
    StringBuilder out = new StringBuilder(css.length() / 2);
    trimBlock(css, classes, out);
    return out.toString();
  }

  /**
   * A class of an unused component: {@code .ui-tree} or {@code .ui-tree-toggler}, not {@code
   * .ui-treetable}.
   */
  private static Pattern unusedClasses(Set<String> unused) {
    return Pattern.compile(
        "\\.(?:" + String.join("|", unused.stream().map(Pattern::quote).toList()) + ")(?![\\w])");
  }

  private static void trimBlock(String css, Pattern unused, StringBuilder out) {
    int i = 0;
    while (i < css.length()) {
      int open = nextOutsideComments(css, i, '{');
      if (open < 0) {
        out.append(css, i, css.length());
        return;
      }
      int close = matchingBrace(css, open);
      String prelude = css.substring(i, open);
      String head = stripComments(prelude).strip();
      String body = css.substring(open + 1, close);
      if (head.startsWith("@media") || head.startsWith("@supports")) {
        StringBuilder inner = new StringBuilder();
        trimBlock(body, unused, inner);
        if (!inner.toString().isBlank()) {
          out.append(head).append('{').append(inner).append('}');
        }
      } else if (head.startsWith("@")) {
        out.append(head).append('{').append(body).append('}');
      } else {
        List<String> kept =
            splitSelectors(head).stream()
                .filter(s -> !unused.matcher(withoutNegations(s)).find())
                .toList();
        if (!kept.isEmpty()) {
          out.append(String.join(",", kept)).append('{').append(body).append('}');
        }
      }
      i = close + 1;
    }
  }

  private static int nextOutsideComments(String css, int from, char wanted) {
    for (int i = from; i < css.length(); i++) {
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 1;
      } else if (css.charAt(i) == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static int matchingBrace(String css, int open) {
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        i = end < 0 ? css.length() : end + 1;
      } else if (c == '"' || c == '\'') {
        i = closingQuote(css, i);
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("a style block opened at " + open + " does not close");
  }

  /** Where the string opened by the quote at {@code open} closes (backslash escapes skipped). */
  private static int closingQuote(String text, int open) {
    char quote = text.charAt(open);
    int i = open + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static String stripComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", "");
  }

  /**
   * A selector without its {@code :not(...)} parts: {@code .ui-button:not(.ui-tree)} styles
   * buttons, whether or not trees are used.
   */
  private static String withoutNegations(String selector) {
    StringBuilder out = new StringBuilder(selector.length());
    int i = 0;
    while (i < selector.length()) {
      if (selector.startsWith(":not(", i)) {
        int depth = 0;
        int j = i + 4;
        do {
          char c = selector.charAt(j);
          depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          j++;
        } while (depth > 0 && j < selector.length());
        i = j;
      } else {
        out.append(selector.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Splits a selector list at its top-level commas (not those inside {@code :not(a, b)}). */
  private static List<String> splitSelectors(String head) {
    List<String> selectors = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        selectors.add(head.substring(start, i).strip());
        start = i + 1;
      }
    }
    selectors.add(head.substring(start).strip());
    return selectors;
  }
}
