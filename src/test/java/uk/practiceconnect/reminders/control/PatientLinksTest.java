package uk.practiceconnect.reminders.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.practice.entity.OdsCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeName;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;

/**
 * The order of a patient's cancellation: the request is recorded before EMIS is asked, and what
 * EMIS's book says decides when EMIS's answer is lost or a retry finds it cancelled already.
 */
class PatientLinksTest {

  static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  static final Instant START = Instant.parse("2026-11-25T09:30:00Z");
  static final Practice PRACTICE =
      new Practice(new OdsCode("A81001"), new PracticeName("Riverside Surgery"), NOW);
  static final Links.Appointment APPOINTMENT = new Links.Appointment(1L, "appt-7", START, "Dr T");

  /** What happened, in order. */
  final List<String> steps = new ArrayList<>();

  /** EMIS as the test sets it up: does cancel answer, is the appointment booked afterwards. */
  PartnerException cancelFails;

  boolean bookedAfterwards;
  boolean bookUnreadable;

  PatientLinks links() {
    PatientLinks p = new PatientLinks();
    p.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    p.steps =
        new CancelSteps() {
          @Override
          public Begun begin(String rawToken, LocalDate dateOfBirth) {
            steps.add("request recorded");
            return new Begun(LinkView.of(State.VERIFIED), 42L, APPOINTMENT);
          }

          @Override
          public LinkView complete(long linkId) {
            steps.add("completed");
            return new LinkView(State.CANCELLED, "Riverside Surgery", START, "Dr T", null, 0);
          }

          @Override
          public LinkView failed(long linkId, String emisAnswer, boolean notDone) {
            steps.add(notDone ? "failed, request dropped" : "failed, request kept");
            return LinkView.of(State.COULD_NOT_CANCEL);
          }

          @Override
          public Practice practice(Long practiceId) {
            return PRACTICE;
          }
        };
    p.emis =
        new EmisReads() {
          @Override
          public void cancel(
              Practice practice,
              String appointmentId,
              String reason,
              AppointmentCancelled.Route route) {
            steps.add("EMIS asked to cancel");
            assertEquals(AppointmentCancelled.Route.REMINDER_LINK, route);
            if (cancelFails != null) {
              throw cancelFails;
            }
          }

          @Override
          public List<EmisAppointment> bookedAppointments(
              Practice practice, Instant from, Instant to) {
            steps.add("EMIS book read");
            if (bookUnreadable) {
              throw new PartnerException(PartnerOutcome.TIMEOUT, "no answer");
            }
            return bookedAfterwards
                ? List.of(
                    new EmisAppointment(
                        "appt-7", "s1", START, START, "Routine", "Dr T", null, NOW, null, null))
                : List.of();
          }
        };
    return p;
  }

  @Test
  void recordsTheRequestBeforeAskingEmisThenCompletes() {
    LinkView v = links().cancel("token", LocalDate.of(1970, 1, 2));
    assertEquals(State.CANCELLED, v.state());
    assertEquals(List.of("request recorded", "EMIS asked to cancel", "completed"), steps);
  }

  @Test
  void emisCancelledButItsAnswerWasLostIsCompletedAsCancelled() {
    cancelFails = PartnerException.unknownOutcome(PartnerOutcome.TIMEOUT, "cancel");
    bookedAfterwards = false;
    LinkView v = links().cancel("token", LocalDate.of(1970, 1, 2));
    assertEquals(State.CANCELLED, v.state());
    assertEquals(
        List.of("request recorded", "EMIS asked to cancel", "EMIS book read", "completed"), steps);
  }

  @Test
  void aRetryAfterEmisCancelledShowsCancelledEvenWhenEmisRefusesASecondCancel() {
    // the first try cancelled it in EMIS, then our commit failed; EMIS now refuses to cancel again
    cancelFails = new PartnerException(PartnerOutcome.NOT_FOUND, "no booked appointment");
    bookedAfterwards = false;
    assertEquals(State.CANCELLED, links().cancel("token", LocalDate.of(1970, 1, 2)).state());
  }

  @Test
  void emisRefusingWhileTheAppointmentIsStillBookedIsAFailureAndTheRequestIsDropped() {
    cancelFails = new PartnerException(PartnerOutcome.APPOINTMENT_IN_PAST, "started");
    bookedAfterwards = true;
    assertEquals(State.COULD_NOT_CANCEL, links().cancel("token", LocalDate.of(1970, 1, 2)).state());
    assertEquals("failed, request dropped", steps.get(steps.size() - 1));
  }

  @Test
  void whenEmisCannotBeReadTheRequestIsKeptForTheSweepToSettle() {
    cancelFails = PartnerException.unknownOutcome(PartnerOutcome.TIMEOUT, "cancel");
    bookUnreadable = true;
    assertEquals(State.COULD_NOT_CANCEL, links().cancel("token", LocalDate.of(1970, 1, 2)).state());
    assertEquals("failed, request kept", steps.get(steps.size() - 1));
  }
}
