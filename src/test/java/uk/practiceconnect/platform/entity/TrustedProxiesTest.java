package uk.practiceconnect.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  final TrustedProxies lb = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7 ,2001:db8::/32");

  @Test
  void withNoTrustedProxiesTheHeaderIsIgnored() {
    assertEquals(
        "10.1.2.3", TrustedProxies.none().clientAddress("10.1.2.3", List.of("203.0.113.9")));
    assertEquals(
        "10.1.2.3", TrustedProxies.parse("  ").clientAddress("10.1.2.3", List.of("1.2.3.4")));
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItSays() {
    assertEquals("203.0.113.9", lb.clientAddress("203.0.113.9", List.of("10.9.9.9")));
  }

  @Test
  void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
    // the client forged "1.1.1.1"; our load balancer appended the address it really came from
    assertEquals(
        "203.0.113.9", lb.clientAddress("10.0.0.5", List.of("1.1.1.1, 203.0.113.9, 10.0.0.4")));
    assertEquals(
        "203.0.113.9",
        lb.clientAddress("10.0.0.5", List.of("1.1.1.1", "203.0.113.9, 192.168.1.7")));
  }

  @Test
  void aTrustedPeerWithoutTheHeaderIsTheClient() {
    assertEquals("10.0.0.5", lb.clientAddress("10.0.0.5", List.of()));
    assertEquals("10.0.0.5", lb.clientAddress("10.0.0.5", List.of(" ")));
  }

  @Test
  void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
    assertEquals("10.0.0.1", lb.clientAddress("10.0.0.5", List.of("10.0.0.1, 10.0.0.2")));
  }

  @Test
  void portsAndBracketsAreDroppedAndIpv6IsUnderstood() {
    assertEquals("203.0.113.9", lb.clientAddress("10.0.0.5", List.of("203.0.113.9:51234")));
    assertEquals(
        "2001:db9:0:0:0:0:0:1", lb.clientAddress("2001:db8::1", List.of("[2001:db9::1]:443")));
    assertTrue(lb.trusts("2001:db8:ffff::1"));
    assertFalse(lb.trusts("2001:db9::1"));
  }

  @Test
  void rangesMatchByPrefix() {
    TrustedProxies p = TrustedProxies.parse("172.16.0.0/12");
    assertTrue(p.trusts("172.31.255.255"));
    assertFalse(p.trusts("172.32.0.0"));
    assertFalse(p.trusts("not-an-address"));
  }

  @Test
  void garbageInTheHeaderIsTheClientNotAHop() {
    assertEquals("junk", lb.clientAddress("10.0.0.5", List.of("junk, 10.0.0.4")));
  }

  @Test
  void badEntriesAreRefusedWithTheirName() {
    var e = assertThrows(InvalidValueException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertTrue(e.getMessage().contains("10.0.0.0/33"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> TrustedProxies.parse("proxy.example.com"));
    assertThrows(InvalidValueException.class, () -> TrustedProxies.parse("300.1.1.1"));
  }
}
