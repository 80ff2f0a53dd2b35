package uk.practiceconnect.booking.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.booking.boundary.LandingCopies.Page;

class LandingCopiesTest {

  static final String NONCE = "ZmlueHVyZS1ub25jZS0xMjM0NTY3ODkw";
  static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");

  final AtomicLong clock = new AtomicLong(1_000_000_000L);
  final AtomicInteger renders = new AtomicInteger();
  final LandingCopies copies = new LandingCopies(clock::get);

  Page render(int status) {
    renders.incrementAndGet();
    return new Page(
        status,
        "text/html;charset=UTF-8",
        "default-src 'self'; script-src 'self' 'nonce-" + NONCE + "';",
        "<form><input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + NONCE + "\"/></form>");
  }

  @Test
  void aSecondVisitWithinASecondGetsTheCopyWithANonceOfItsOwn() {
    Page first = copies.page("A81001", () -> render(200));
    Page second = copies.page("A81001", () -> render(200));
    assertEquals(1, renders.get(), "rendered once");
    assertEquals(first, render(200), "the first visitor gets the page as rendered");
    String nonce = nonceOf(second);
    assertNotEquals(NONCE, nonce);
    assertFalse(second.body().contains(NONCE) || second.policy().contains(NONCE));
    assertTrue(second.body().contains("value=\"" + nonce + "\""), "the form carries the new one");
    assertNotEquals(nonce, nonceOf(copies.page("A81001", () -> render(200))), "every copy its own");
  }

  @Test
  void aCopyLastsLessThanASecond() {
    copies.page("A81001", () -> render(200));
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
    copies.page("A81001", () -> render(200));
    assertEquals(1, renders.get());
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
    copies.page("A81001", () -> render(200));
    assertEquals(2, renders.get(), "rendered again once a second old");
  }

  @Test
  void pagesThatAreNotFoundOrHaveNoNonceAreNotKept() {
    copies.page("ZZZ99", () -> render(404));
    copies.page("ZZZ99", () -> render(404));
    assertEquals(2, renders.get());
    copies.page("B82002", () -> new Page(200, "text/html", null, "<p>no policy</p>"));
    assertEquals(0, copies.size());
  }

  @Test
  void eachAddressHasItsOwnCopyAndTheirNumberIsBounded() {
    for (int i = 0; i < LandingCopies.MAX_ADDRESSES; i++) {
      copies.page("P" + i, () -> render(200));
    }
    assertEquals(LandingCopies.MAX_ADDRESSES, copies.size());
    copies.page("ONE-MORE", () -> render(200));
    assertEquals(1, copies.size(), "full: started again");
  }

  private static String nonceOf(Page page) {
    Matcher m = POLICY_NONCE.matcher(page.policy());
    assertTrue(m.find());
    return m.group(1);
  }
}
