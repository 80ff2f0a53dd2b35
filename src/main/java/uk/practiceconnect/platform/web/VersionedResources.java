package uk.practiceconnect.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every script, style sheet and font a page links to carries a version in its address, and an
 * address with a version is cached for a year: a repeat visit downloads only the page. PrimeFaces'
 * files carry PrimeFaces' version ({@code v=15.0.13}, {@link LeanPrimeFaces} adds its own); ours
 * ({@code css/app.css}, {@code js/staff.js}) get a hash of their content, so a release that changes
 * them changes their address. An address without a version (typed by hand, or from a page of an
 * earlier release) is served with {@code no-cache}, so the browser asks again each time.
 */
public class VersionedResources extends ResourceHandlerWrapper {

  static final String YEAR = "public, max-age=31536000, immutable";
  static final String ASK_AGAIN = "no-cache";

  private final Map<String, String> hashes = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name) { // #{resource['css/booking.css']} in a page
    return versioned(super.createResource(name));
  }

  @Override
  public Resource createResource(String name, String library) {
    return versioned(super.createResource(name, library));
  }

  @Override
  public Resource createResource(String name, String library, String contentType) {
    return versioned(super.createResource(name, library, contentType));
  }

  private Resource versioned(Resource resource) {
    return resource == null ? null : new Versioned(resource);
  }

  /** The start of the SHA-256 of a resource's content, computed once per resource. */
  private String hashOf(Resource resource) {
    String key = resource.getLibraryName() + "/" + resource.getResourceName();
    return hashes.computeIfAbsent(
        key,
        k -> {
          try (InputStream in = resource.getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static boolean hasVersion(String path) {
    return path.matches(".*[?&]v=.*");
  }

  /** Query parameter {@code v}, as in PrimeFaces' addresses. */
  static String withVersion(String path, String version) {
    if (hasVersion(path)) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "v=" + version;
  }

  private final class Versioned extends ResourceWrapper {

    Versioned(Resource resource) {
      super(resource);
    }

    @Override
    public String getRequestPath() {
      String path = super.getRequestPath();
      return hasVersion(path) ? path : withVersion(path, hashOf(getWrapped()));
    }

    @Override
    public Map<String, String> getResponseHeaders() {
      Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
      FacesContext faces = FacesContext.getCurrentInstance();
      boolean versioned =
          faces != null && faces.getExternalContext().getRequestParameterMap().get("v") != null;
      headers.put("Cache-Control", versioned ? YEAR : ASK_AGAIN);
      headers.remove("Expires");
      return headers;
    }
  }
}
