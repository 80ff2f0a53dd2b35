package uk.practiceconnect.sandbox.gpconnect.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import uk.practiceconnect.sandbox.gpconnect.control.Appointments;
import uk.practiceconnect.sandbox.gpconnect.control.Diary;
import uk.practiceconnect.sandbox.gpconnect.control.DiaryResources;
import uk.practiceconnect.sandbox.gpconnect.control.SearchRanges;
import uk.practiceconnect.sandbox.gpconnect.entity.DiarySlot;
import uk.practiceconnect.sandbox.gpconnect.entity.Interaction;
import uk.practiceconnect.sandbox.gpconnect.entity.Provider;
import uk.practiceconnect.sandbox.gpconnect.entity.SpineError;

/**
 * Search for free slots ({@code GET Slot?start=ge…&end=le…&status=free&_include=Slot:schedule…}):
 * the free slots lying wholly within the period. {@code searchFilter} tokens must be {@code
 * system|code}; the stand-in's slots are open to every booking organisation, so they restrict
 * nothing, and unknown systems are ignored as the specification asks.
 */
@Path("{ods}/STU3/1/gpconnect/Slot")
@RequestScoped
public class SlotResource {

  @Inject Gate gate;
  @Inject Appointments appointments;

  @GET
  public Response search(
      @PathParam("ods") String ods, @Context HttpHeaders headers, @Context UriInfo uri) {
    Provider provider = gate.admit(ods, headers, uri, Interaction.SEARCH_SLOT).provider();
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    SearchRanges.Range range = SearchRanges.slots(q.get("start"), q.get("end"));
    if (q.get("status") == null || !q.get("status").equals(List.of("free"))) {
      throw SpineError.INVALID_PARAMETER.failure("status=free is required (and no other status)");
    }
    if (q.get("_include") == null || !q.get("_include").contains("Slot:schedule")) {
      throw SpineError.INVALID_PARAMETER.failure("_include=Slot:schedule is required");
    }
    List<String> recurse =
        q.get("_include:recurse") == null ? List.of() : q.get("_include:recurse");
    for (String filter :
        q.get("searchFilter") == null ? List.<String>of() : q.get("searchFilter")) {
      if (filter.indexOf('|') <= 0 || filter.endsWith("|")) {
        throw SpineError.INVALID_PARAMETER.failure("searchFilter must be system|code: " + filter);
      }
    }
    Set<String> held = appointments.heldSlots(provider);
    List<DiarySlot> free =
        Diary.slots(
                provider,
                range.from().atZone(Diary.UK).toLocalDate(),
                range.to().atZone(Diary.UK).toLocalDate())
            .stream()
            .filter(s -> !s.start().isBefore(range.from()) && !s.end().isAfter(range.to()))
            .filter(s -> s.free() && !held.contains(s.id().value()))
            .toList();
    DiaryResources.Includes includes =
        new DiaryResources.Includes(
            recurse.contains("Schedule:actor:Practitioner"),
            recurse.contains("Schedule:actor:Location"));
    return FhirResponses.searchset(
        DiaryResources.freeSlots(provider, free, includes, range.from(), range.to()));
  }
}
