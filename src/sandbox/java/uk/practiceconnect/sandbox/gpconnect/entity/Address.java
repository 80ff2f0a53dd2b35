package uk.practiceconnect.sandbox.gpconnect.entity;

import java.util.List;

/** A postal address as GP Connect resources carry it. */
public record Address(List<String> lines, String city, String district, String postcode) {

  public Address {
    lines = List.copyOf(lines);
  }
}
