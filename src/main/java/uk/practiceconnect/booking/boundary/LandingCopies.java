package uk.practiceconnect.booking.boundary;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The landing page as everyone first sees it ({@code GET /book/{ods}} with no session and no
 * query): Faces renders it at most once a second per address and the copy is served in between,
 * each time with a Content-Security-Policy nonce of its own, so the crowd that opens a text's link
 * costs a map lookup each rather than a page render with its database reads. A change to the
 * practice's booking settings shows within a second on every instance. Only pages that render with
 * 200 (a practice that exists) are kept, and at most {@link #MAX_ADDRESSES} of them, so made-up
 * addresses fill nothing.
 */
final class LandingCopies {

  static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
  static final int MAX_ADDRESSES = 20_000;

  /** The nonce in PrimeFaces' policy: {@code script-src 'self' 'nonce-...'}. */
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]{16,})'");

  /** A rendered page: what is sent. */
  record Page(int status, String contentType, String policy, String body) {}

  private record Copy(Page page, String nonce, long madeAt) {}

  private final ConcurrentHashMap<String, Copy> copies = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final LongSupplier nanoTime;

  LandingCopies() {
    this(System::nanoTime);
  }

  LandingCopies(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * The page for this address: a copy made less than a second ago with a fresh nonce, or else
   * whatever {@code render} makes now (kept when it can be).
   */
  Page page(String address, Supplier<Page> render) {
    long now = nanoTime.getAsLong();
    Copy copy = copies.get(address);
    if (copy != null && now - copy.madeAt() < FRESH_NANOS) {
      String fresh = newNonce();
      Page kept = copy.page();
      return new Page(
          kept.status(),
          kept.contentType(),
          kept.policy().replace(copy.nonce(), fresh),
          kept.body().replace(copy.nonce(), fresh));
    }
    Page rendered = render.get();
    Optional<String> nonce = nonceOf(rendered);
    if (rendered.status() == 200 && nonce.isPresent()) {
      if (copies.size() >= MAX_ADDRESSES) {
        copies.clear();
      }
      copies.put(address, new Copy(rendered, nonce.get(), now));
    } else {
      copies.remove(address);
    }
    return rendered;
  }

  private static Optional<String> nonceOf(Page page) {
    if (page.policy() == null) {
      return Optional.empty();
    }
    Matcher m = NONCE.matcher(page.policy());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** As PrimeFaces makes them: 128 random bits, base64. */
  private String newNonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  int size() {
    return copies.size();
  }
}
