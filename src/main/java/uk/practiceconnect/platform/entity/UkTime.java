package uk.practiceconnect.platform.entity;

import java.time.ZoneId;

/** The zone people in the UK read times in (GMT in winter, BST in summer); storage stays UTC. */
public final class UkTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private UkTime() {}
}
