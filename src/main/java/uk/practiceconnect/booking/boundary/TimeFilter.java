package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the patient asked to see on the choose step: one type of appointment, one clinician, or
 * everything. Only types and clinicians that have free times are offered, so a patient never
 * filters down to nothing by choosing from the lists; a choice that no longer has times when they
 * are read again is dropped.
 */
final class TimeFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<String> types = List.of();
  private List<String> clinicians = List.of();
  private String type = "";
  private String clinician = "";

  /** The types and clinicians of {@code offered}, in alphabetical order. */
  void offer(List<SlotChoices.Option> offered) {
    types =
        List.copyOf(new TreeSet<>(offered.stream().map(SlotChoices.Option::getSlotType).toList()));
    clinicians =
        List.copyOf(
            new TreeSet<>(
                offered.stream()
                    .map(SlotChoices.Option::getClinician)
                    .filter(Objects::nonNull)
                    .toList()));
    choose(type, clinician);
  }

  /** Keeps a type and a clinician only if they are on the lists; anything else means "all". */
  void choose(String type, String clinician) {
    this.type = type != null && types.contains(type) ? type : "";
    this.clinician = clinician != null && clinicians.contains(clinician) ? clinician : "";
  }

  List<SlotChoices.Option> apply(List<SlotChoices.Option> offered) {
    return offered.stream()
        .filter(o -> type.isEmpty() || type.equals(o.getSlotType()))
        .filter(o -> clinician.isEmpty() || clinician.equals(o.getClinician()))
        .toList();
  }

  /** Worth showing only when there is something to choose between. */
  boolean useful() {
    return types.size() > 1 || clinicians.size() > 1;
  }

  boolean active() {
    return !type.isEmpty() || !clinician.isEmpty();
  }

  List<String> types() {
    return types;
  }

  List<String> clinicians() {
    return clinicians;
  }

  String type() {
    return type;
  }

  String clinician() {
    return clinician;
  }

  /** "Routine GP appointment with Dr Amina Khan", for the line above the times. */
  String describe() {
    String what = type.isEmpty() ? "all types of appointment" : type;
    return clinician.isEmpty() ? what : what + " with " + clinician;
  }
}
