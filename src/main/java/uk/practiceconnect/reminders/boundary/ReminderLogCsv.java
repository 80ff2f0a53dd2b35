package uk.practiceconnect.reminders.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.control.ReminderLog;
import uk.practiceconnect.reminders.entity.LogEntry;
import uk.practiceconnect.reminders.entity.LogFilter;

/**
 * The reminder log as CSV, for the filter the page shows. Under /practice/, so only signed-in staff
 * of the practice get it; streamed a page at a time, so a long log does not fill memory. Cells that
 * a spreadsheet would run as a formula are quoted as text.
 */
@WebServlet("/practice/reminder-log.csv")
public class ReminderLogCsv extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 500;
  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(UkTime.ZONE);

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject ReminderLog log;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Practice practice;
    LogFilter filter;
    try {
      practice =
          req.getParameter("ods") == null
              ? practices.ownPractice(caller.get())
              : practices.readable(caller.get(), req.getParameter("ods"));
      filter =
          LogQuery.filter(
              practice.id(),
              req.getParameter("from"),
              req.getParameter("to"),
              req.getParameter("status"),
              req.getParameter("clinician"),
              req.getParameter("slotType"));
    } catch (DomainException e) {
      res.sendError(e.code().status() == 404 ? 404 : 400, e.getMessage());
      return;
    }
    res.setContentType("text/csv; charset=UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\"reminders-" + practice.odsCode().value() + ".csv\"");
    PrintWriter out = res.getWriter();
    out.print('\uFEFF'); // so spreadsheet programs read UTF-8
    out.print(
        row(
            "Appointment (UK time)",
            "Clinician",
            "Slot type",
            "Reminder",
            "Patient (NHS number)",
            "Mobile",
            "Send at",
            "Status",
            "Detail",
            "Notify status",
            "Sent at",
            "Finished at",
            "Appointment ID"));
    for (int first = 0; ; first += PAGE) {
      List<LogEntry> page = log.page(filter, first, PAGE);
      for (LogEntry e : page) {
        out.print(
            row(
                time(e.appointmentStart()),
                e.clinician(),
                e.slotType(),
                e.reminderTime(),
                e.nhsNumber(),
                e.mobile(),
                time(e.sendAt()),
                e.status().label(),
                e.detail(),
                e.notifyStatus(),
                time(e.sentAt()),
                time(e.completedAt()),
                e.appointmentId()));
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    out.flush();
  }

  static String row(String... cells) {
    return Stream.of(cells).map(ReminderLogCsv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(String raw) {
    String s = raw == null ? "" : raw;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s; // not a formula
    }
    return s.matches(".*[\",\r\n].*|^'.*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String time(Instant i) {
    return i == null ? "" : UK.format(i);
  }
}
