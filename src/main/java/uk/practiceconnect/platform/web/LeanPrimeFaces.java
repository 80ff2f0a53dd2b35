package uk.practiceconnect.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * PrimeFaces' shared script and style sheets cut down to the components our staff pages use (issue
 * 16: a staff page's first load within 200 KB). PrimeFaces sends every page one script with all of
 * its ~90 widgets (548 KB, 116 KB compressed) and style sheets for all of its components; our pages
 * use eight widgets ({@link #WIDGETS}). The cut is made once per file when it is first asked for,
 * from the file in the PrimeFaces library itself, so an upgrade needs no step here; when the script
 * no longer has the shape {@link PrimeFacesTrim} expects, it is served whole and a warning says so.
 *
 * <p>A page using a PrimeFaces component not listed here would get no widget for it, silently in
 * production: {@code LeanPrimeFacesTest} reads every page's {@code p:} tags and fails for a tag
 * whose widget is not in {@link #WIDGETS}. The cut files carry their own version in their address
 * ({@code v=15.0.13-lean…}), so a browser holding an earlier cut (cached for a long time, as every
 * versioned resource) fetches the new one when the lists change.
 */
public class LeanPrimeFaces extends ResourceHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(LeanPrimeFaces.class.getName());

  /** The widgets our pages make (ConfirmDialog brings Dialog, DataTable its Paginator). */
  static final Set<String> WIDGETS =
      Set.of(
          "Button",
          "CommandButton",
          "ConfirmDialog",
          "DataTable",
          "InputText",
          "InputTextarea",
          "Message",
          "Messages",
          "Password",
          "SelectBooleanCheckbox");

  /**
   * Components none of our pages use, by the class their styles start with ({@code ui-tree} covers
   * {@code .ui-tree} and {@code .ui-tree-toggler}, not {@code .ui-treetable}).
   */
  static final Set<String> UNUSED_STYLES =
      Set.of(
          "ui-accordion",
          "ui-autocomplete",
          "ui-avatar",
          "ui-badge",
          "ui-blockui",
          "ui-breadcrumb",
          "ui-calendar",
          "ui-card",
          "ui-carousel",
          "ui-cascadeselect",
          "ui-chip",
          "ui-chips",
          "ui-chronoline",
          "ui-clock",
          "ui-colorpicker",
          "ui-columntoggler",
          "ui-confirm-popup",
          "ui-contextmenu",
          "ui-dashboard",
          "ui-datagrid",
          "ui-datalist",
          "ui-datascroller",
          "ui-datepicker",
          "ui-dataview",
          "ui-diagram",
          "ui-divider",
          "ui-dock",
          "ui-editor",
          "ui-fieldset",
          "ui-fileupload",
          "ui-float-label",
          "ui-galleria",
          "ui-growl",
          "ui-imagecropper",
          "ui-imageswitch",
          "ui-inplace",
          "ui-inputnumber",
          "ui-inputswitch",
          "ui-keyboard",
          "ui-knob",
          "ui-lightbox",
          "ui-log",
          "ui-megamenu",
          "ui-menu",
          "ui-menubar",
          "ui-menubutton",
          "ui-mindmap",
          "ui-multiselectlistbox",
          "ui-notificationbar",
          "ui-orderlist",
          "ui-organigram",
          "ui-overlaypanel",
          "ui-panel",
          "ui-panelmenu",
          "ui-picklist",
          "ui-progressbar",
          "ui-radiobutton",
          "ui-rating",
          "ui-schedule",
          "ui-scrolltop",
          "ui-selectcheckboxmenu",
          "ui-selectlistbox",
          "ui-selectmanybutton",
          "ui-selectmanycheckbox",
          "ui-selectmanymenu",
          "ui-selectonebutton",
          "ui-selectonelistbox",
          "ui-selectonemenu",
          "ui-selectoneradio",
          "ui-sidebar",
          "ui-signature",
          "ui-skeleton",
          "ui-slidemenu",
          "ui-slider",
          "ui-speeddial",
          "ui-spinner",
          "ui-splitbutton",
          "ui-splitter",
          "ui-spotlight",
          "ui-steps",
          "ui-sticky",
          "ui-tabmenu",
          "ui-tabs",
          "ui-tag",
          "ui-tagcloud",
          "ui-terminal",
          "ui-texteditor",
          "ui-tieredmenu",
          "ui-timeline",
          "ui-toggleswitch",
          "ui-toolbar",
          "ui-tree",
          "ui-treetable",
          "ui-tristatecheckbox",
          "ui-wizard",
          "fc",
          "ql",
          "keypad",
          "timeline");

  /** The files cut, by library and name, and how. */
  private static final Map<String, UnaryOperator<byte[]>> CUTS =
      Map.of(
          "primefaces/components.js", text(LeanPrimeFaces::script),
          "primefaces/components.css", text(css -> PrimeFacesTrim.styles(css, UNUSED_STYLES)),
          "primefaces-saga-blue/theme.css", text(css -> PrimeFacesTrim.styles(css, UNUSED_STYLES)),
          "primefaces/primeicons/primeicons.woff2", LeanPrimeFaces::icons);

  /**
   * The icon font with only the icons PrimeFaces can show on our pages (35 KB → 3 KB), made by
   * {@code src/tools/primeicons-subset.py}; {@code primeicons-lean.txt} beside it lists them.
   */
  static final String ICONS = "primeicons-lean.woff2";

  static final String ICON_LIST = "primeicons-lean.txt";

  /**
   * Changes whenever the lists do (and is the same on every instance): in the cut files' addresses.
   */
  static final String VERSION =
      "lean"
          + Integer.toHexString(
              (new TreeSet<>(WIDGETS).toString() + new TreeSet<>(UNUSED_STYLES) + iconList())
                  .hashCode());

  private static String iconList() {
    try (InputStream in = LeanPrimeFaces.class.getResourceAsStream(ICON_LIST)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private final Map<String, byte[]> cut = new ConcurrentHashMap<>();

  public LeanPrimeFaces(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name, String library) {
    return lean(super.createResource(name, library), name, library);
  }

  @Override
  public Resource createResource(String name, String library, String contentType) {
    return lean(super.createResource(name, library, contentType), name, library);
  }

  private Resource lean(Resource resource, String name, String library) {
    String key = library + "/" + name;
    UnaryOperator<byte[]> how = CUTS.get(key);
    return resource == null || how == null ? resource : new Cut(resource, key, how);
  }

  private static String script(String js) {
    Optional<String> lean = PrimeFacesTrim.script(js, WIDGETS);
    if (lean.isEmpty()) {
      LOG.warning(
          "PrimeFaces' components.js is not made of whole widget statements (or lacks one of"
              + " ours): served whole; see LeanPrimeFaces");
    }
    return lean.orElse(js);
  }

  private static UnaryOperator<byte[]> text(UnaryOperator<String> how) {
    return bytes ->
        how.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] icons(byte[] whole) {
    try (InputStream in = LeanPrimeFaces.class.getResourceAsStream(ICONS)) {
      if (in != null) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      LOG.warning("The cut icon font could not be read: served whole");
    }
    return whole;
  }

  /** A PrimeFaces file served cut, under an address of its own. */
  private final class Cut extends ResourceWrapper {
    private final String key;
    private final UnaryOperator<byte[]> how;

    Cut(Resource whole, String key, UnaryOperator<byte[]> how) {
      super(whole);
      this.key = key;
      this.how = how;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      try {
        return new ByteArrayInputStream(cut.computeIfAbsent(key, k -> cutFrom(getWrapped())));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private byte[] cutFrom(Resource whole) {
      try (InputStream in = whole.getInputStream()) {
        return how.apply(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Map<String, String> getResponseHeaders() {
      Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
      headers.remove("Content-Length"); // the whole file's
      return headers;
    }

    @Override
    public String getRequestPath() {
      String path = super.getRequestPath();
      return VersionedResources.hasVersion(path)
          ? path.replaceFirst("([?&]v=[^&]*)", "$1-" + VERSION)
          : VersionedResources.withVersion(path, VERSION);
    }
  }
}
