package uk.practiceconnect.emis.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A partner API that answers what the test queued, per operation, and records each call. An
 * operation with nothing queued answers the last answer again.
 */
final class FakePartnerClient implements PartnerClient {

  static final String OK = "{\"outcome\":1,\"code\":\"OK\"}";

  private final Map<String, Deque<Supplier<String>>> answers = new HashMap<>();
  private final Map<String, Supplier<String>> last = new HashMap<>();
  final List<String> calls = new ArrayList<>();
  final List<String> tokens = new ArrayList<>();

  FakePartnerClient answer(String op, Supplier<String> answer) {
    answers.computeIfAbsent(op, k -> new ArrayDeque<>()).add(answer);
    return this;
  }

  FakePartnerClient answer(String op, String json) {
    return answer(op, () -> json);
  }

  FakePartnerClient fail(String op, RuntimeException e) {
    return answer(
        op,
        () -> {
          throw e;
        });
  }

  long count(String op) {
    return calls.stream().filter(op::equals).count();
  }

  private String next(String op, String token) {
    calls.add(op);
    tokens.add(token);
    Deque<Supplier<String>> queue = answers.get(op);
    Supplier<String> s = queue == null || queue.isEmpty() ? last.get(op) : queue.poll();
    if (s == null) {
      throw new IllegalStateException("no answer queued for " + op);
    }
    last.put(op, s);
    return s.get();
  }

  @Override
  public String logon(String body) {
    return next("logon", null);
  }

  @Override
  public String logout(String token) {
    return next("logout", token);
  }

  @Override
  public String appointmentSessions(String token, String from, String to) {
    return next("sessions", token);
  }

  @Override
  public String slots(String token, String from, String to, String slotType, String status) {
    return next("slots", token);
  }

  @Override
  public String bookedAppointments(String token, String from, String to) {
    return next("appointments", token);
  }

  @Override
  public String patientAppointments(String token, String nhsNumber, String from) {
    return next("patientAppointments", token);
  }

  @Override
  public String matchPatient(String token, String body) {
    return next("match", token);
  }

  @Override
  public String book(String token, String body) {
    return next("book", token);
  }

  @Override
  public String setStatus(String token, String appointmentId, String body) {
    return next("cancel", token);
  }

  /**
   * PartnerCalls on this client, retried as MP Fault Tolerance's {@code @Retry} annotations on
   * {@link PartnerAttempts} say (without the waits).
   */
  PartnerCalls calls() {
    PartnerCalls c = new PartnerCalls();
    c.client = this;
    c.attempts = new AnnotatedRetries();
    c.applicationId = "practice-connect";
    return c;
  }

  static Supplier<String> emisFails(int status, int outcome, String code) {
    return () -> {
      throw PartnerReplies.failure(
          status, "{\"outcome\":" + outcome + ",\"code\":\"" + code + "\",\"error\":\"x\"}");
    };
  }
}
