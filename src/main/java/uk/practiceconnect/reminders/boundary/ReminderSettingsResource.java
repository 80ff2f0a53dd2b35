package uk.practiceconnect.reminders.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.web.IfMatch;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.control.ReminderSettingsService;
import uk.practiceconnect.reminders.control.ReminderTexts;
import uk.practiceconnect.reminders.entity.ReminderOffset;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.reminders.entity.ReminderSettingsView;
import uk.practiceconnect.reminders.entity.RuleInput;
import uk.practiceconnect.reminders.entity.SlotTypeSwitch;
import uk.practiceconnect.reminders.entity.SmsTemplate;
import uk.practiceconnect.sms.entity.SmsLength;

/**
 * A practice's reminder settings: the same fields and checks as the Reminders page. Times before
 * the appointment and the cut-off are ISO-8601 durations ("P1D", "PT2H"), window times "HH:mm" in
 * UK time. Answers carry the version as an ETag; a PUT with an older {@code If-Match} gets 409.
 */
@ApplicationScoped
@Path("v1/practices/{odsCode}/reminder-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderSettingsResource {

  @Inject Practices practices;
  @Inject CurrentCaller caller;
  @Inject ReminderSettingsService settings;
  @Inject ReminderTexts texts;

  public record SlotTypeJson(String name, boolean enabled, Instant seenInEmisAt) {}

  @JsonbNillable
  public record SettingsJson(
      Boolean enabled,
      List<String> offsets,
      String windowStart,
      String windowEnd,
      String template,
      String cancellationCutoff,
      List<SlotTypeJson> slotTypes,
      Instant updatedAt,
      String updatedBy,
      Instant lastPlannedAt,
      String lastPlanResult) {}

  public record PreviewRequest(String template) {}

  public record PreviewJson(String text, int length, int fragments, String encoding) {}

  @GET
  public Response get(@PathParam("odsCode") String ods) {
    return respond(settings.view(practices.readable(caller.get(), ods)));
  }

  @PUT
  public Response put(
      @PathParam("odsCode") String ods,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      SettingsJson body) {
    Practice practice = practices.writable(caller.get(), ods);
    SettingsJson in =
        body == null
            ? new SettingsJson(null, null, null, null, null, null, null, null, null, null, null)
            : body;
    RuleInput input =
        new RuleInput(
            in.enabled(),
            in.offsets(),
            in.windowStart(),
            in.windowEnd(),
            in.template(),
            in.cancellationCutoff(),
            in.slotTypes() == null
                ? null
                : in.slotTypes().stream()
                    .map(t -> t == null ? null : new SlotTypeSwitch(t.name(), t.enabled(), null))
                    .toList());
    return respond(
        settings.change(caller.get(), practice, input, IfMatch.expectedVersion(ifMatch)));
  }

  @POST
  @Path("slot-types/refresh")
  public List<SlotTypeJson> refreshSlotTypes(@PathParam("odsCode") String ods) {
    Practice practice = practices.writable(caller.get(), ods);
    return settings.refreshSlotTypes(caller.get(), practice).stream()
        .map(ReminderSettingsResource::json)
        .toList();
  }

  @POST
  @Path("preview")
  public PreviewJson preview(@PathParam("odsCode") String ods, PreviewRequest body) {
    Practice practice = practices.readable(caller.get(), ods);
    SmsTemplate template;
    try {
      template = SmsTemplate.of(body == null ? null : body.template());
    } catch (uk.practiceconnect.platform.entity.InvalidValueException e) {
      throw DomainException.invalid("template", e.getMessage());
    }
    var p =
        texts.preview(
            template,
            practice.name().value(),
            java.time.LocalDate.now(UkTime.ZONE)
                .plusDays(1)
                .atTime(9, 30)
                .atZone(UkTime.ZONE)
                .toInstant());
    SmsLength l = p.length();
    return new PreviewJson(p.text(), l.length(), l.fragments(), l.encoding().name());
  }

  private static Response respond(ReminderSettingsView v) {
    ReminderRule r = v.rule();
    return Response.ok(
            new SettingsJson(
                r.enabled(),
                r.offsets().stream().map(ReminderOffset::iso).toList(),
                r.window().startText(),
                r.window().endText(),
                r.template().text(),
                r.cutoff().before().toString(),
                v.slotTypes().stream().map(ReminderSettingsResource::json).toList(),
                v.updatedAt(),
                v.updatedBy(),
                v.lastPlannedAt(),
                v.lastPlanResult()))
        .tag(new EntityTag(Long.toString(v.version())))
        .build();
  }

  private static SlotTypeJson json(SlotTypeSwitch s) {
    return new SlotTypeJson(s.name(), s.enabled(), s.seenInEmisAt());
  }
}
