package uk.practiceconnect.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import uk.practiceconnect.platform.entity.ErrorCode;

/**
 * Finishes the OpenAPI document that {@code /openapi} serves, from what is true of every operation
 * whatever its feature: the error answers (RFC 9457 problem details) that the API key check, the
 * practice lookup, the strict JSON reader and the request limits give; the shared components those
 * answers use; one entry per tag; and a server address relative to where the document was read.
 * What only one operation can answer (409 for a slot taken, 412 for a stale ETag…) its resource
 * method declares itself, by the names in {@link Errors}.
 */
public class ApiContract implements OASFilter {

  /** The reusable error answers, for {@code @APIResponse(responseCode = "409", ref = ...)}. */
  public static final class Errors {
    static final String AT = "#/components/responses/";
    public static final String BAD_REQUEST = AT + "BadRequest";
    public static final String NOT_FOUND = AT + "NotFound";
    public static final String CONFLICT = AT + "Conflict";
    public static final String SLOT_TAKEN = AT + "SlotTaken";
    public static final String UNPROCESSABLE = AT + "Unprocessable";
    public static final String BOOKING_REFUSED = AT + "BookingRefused";
    public static final String EMIS_SET_UP = AT + "EmisSetUpProblem";
    public static final String UPSTREAM = AT + "UpstreamUnavailable";
    public static final String OUTCOME_UNKNOWN = AT + "EmisOutcomeUnknown";
    public static final String NOT_ACCEPTABLE = AT + "NotAcceptable";

    private Errors() {}
  }

  static final String PROBLEM = "Problem";
  private static final String NO_KEY = "x-no-api-key";
  private static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    dropPayaraEndpointList(api);
    api.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description("The server this document was read from (paths start /api/v1)")));
    api.getInfo()
        .description(ApiGuide.TEXT)
        .license(
            OASFactory.createLicense()
                .name("Practice Connect API terms of use")
                .url("https://practice-connect.uk/api/terms"))
        .contact(
            OASFactory.createContact()
                .name("Practice Connect support desk")
                .email("support@practice-connect.uk"));
    api.setTags(oneTagEach(api.getTags()));
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    components.addSchema(PROBLEM, problemSchema());
    components.addSchema("FieldError", fieldErrorSchema());
    errorAnswers().forEach(components::addResponse);
    components.addHeader("RateLimit-Limit", header("Requests this API key may make in a window"));
    components.addHeader(
        "RateLimit-Remaining", header("Requests left to this API key in the current window"));
    components.addHeader("RateLimit-Reset", header("Seconds until the current window ends"));
    components.addHeader("Retry-After", header("Seconds to wait before asking again"));
    if (api.getPaths() != null) {
      api.getPaths().getPathItems().forEach(this::completeErrors);
    }
    withRateLimitHeaders(api);
  }

  private static final List<String> RATE_LIMIT_HEADERS =
      List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

  /**
   * Every answer to a request with an API key says how much of the key's limit is left: the
   * operations' own answers, and the shared ones (all but 406, which only the key-less ping gives).
   */
  private static void withRateLimitHeaders(OpenAPI api) {
    api.getComponents()
        .getResponses()
        .forEach(
            (name, response) -> {
              if (!"NotAcceptable".equals(name)) {
                addRateLimitHeaders(response);
              }
            });
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations().values().stream()
                    .filter(op -> op.getSecurity() == null || op.getSecurity().isEmpty())
                    .forEach(
                        op ->
                            op.getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(
                                    r -> {
                                      if (r.getRef() == null) {
                                        addRateLimitHeaders(r);
                                      }
                                    })));
  }

  private static void addRateLimitHeaders(APIResponse response) {
    for (String h : RATE_LIMIT_HEADERS) {
      if (response.getHeaders() == null || !response.getHeaders().containsKey(h)) {
        response.addHeader(h, OASFactory.createHeader().ref("#/components/headers/" + h));
      }
    }
  }

  /**
   * Payara adds a non-standard top-level {@code endpoints} list, which OpenAPI 3.0 does not allow.
   * Payara merges the lists of the applications in the server (so it must not be null) and leaves
   * an empty one out of the document.
   */
  private static void dropPayaraEndpointList(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.TreeMap<>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another implementation: nothing to drop
    }
  }

  /** Each tag once, keeping the one that says what it is for. */
  static List<Tag> oneTagEach(List<Tag> tags) {
    Map<String, Tag> byName = new LinkedHashMap<>();
    if (tags != null) {
      for (Tag t : tags) {
        Tag known = byName.get(t.getName());
        if (known == null || (known.getDescription() == null && t.getDescription() != null)) {
          byName.put(t.getName(), t);
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * The answers every operation can give: 401 and 403 from the API key check (not on operations
   * that need no key), 404 where the path names a practice, 400 where the request has a body or
   * query parameters to check, 413 and 415 for bodies, and 429 from the request limits.
   */
  private void completeErrors(String path, PathItem item) {
    item.getOperations()
        .values()
        .forEach(
            op -> {
              APIResponses responses = op.getResponses();
              if (responses == null) {
                responses = OASFactory.createAPIResponses();
                op.setResponses(responses);
              }
              // the contract marks the few operations that need no key; the rest inherit the
              // document's bearer key (an empty list cannot say "none": it is left out)
              boolean keyed = op.getExtensions() == null || !op.getExtensions().containsKey(NO_KEY);
              if (!keyed) {
                op.removeExtension(NO_KEY);
                op.setSecurity(List.of(OASFactory.createSecurityRequirement()));
              }
              if (keyed) {
                addIfAbsent(responses, "401", "Unauthenticated");
                addIfAbsent(responses, "403", "Forbidden");
                addIfAbsent(responses, "429", "RateLimited");
              }
              if (path.contains("{odsCode}")) {
                addIfAbsent(responses, "404", "NotFound");
              }
              boolean body = op.getRequestBody() != null;
              boolean query =
                  op.getParameters() != null
                      && op.getParameters().stream()
                          .anyMatch(
                              p ->
                                  p.getIn() == Parameter.In.QUERY
                                      || p.getIn() == Parameter.In.HEADER);
              if (body || query) {
                addIfAbsent(responses, "400", "BadRequest");
              }
              if (body) {
                addIfAbsent(responses, "413", "PayloadTooLarge");
                addIfAbsent(responses, "415", "UnsupportedMediaType");
              }
            });
  }

  private static void addIfAbsent(APIResponses responses, String status, String component) {
    if (responses.getAPIResponse(status) == null) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().ref("#/components/responses/" + component));
    }
  }

  /** The error answers by name: which codes each carries, with an example of one. */
  static Map<String, APIResponse> errorAnswers() {
    Map<String, APIResponse> answers = new LinkedHashMap<>();
    answers.put(
        "BadRequest",
        problem(
            "The request has a value we cannot accept (each named in `errors`) or could not be"
                + " read as JSON (unknown keys, wrong types)",
            ErrorCode.VALIDATION_FAILED,
            ErrorCode.MALFORMED_REQUEST));
    answers.put(
        "Unauthenticated",
        problem("No API key, or one that is unknown or revoked", ErrorCode.UNAUTHENTICATED));
    answers.put(
        "Forbidden",
        problem(
            "The API key may not do this: it is read-only, or for another practice",
            ErrorCode.FORBIDDEN));
    answers.put(
        "NotFound",
        problem(
            "No such practice (or one this key cannot see), or no such item of it",
            ErrorCode.NOT_FOUND));
    answers.put(
        "NotAcceptable",
        problem(
            "The Accept header asks for a type this operation cannot give",
            ErrorCode.NOT_ACCEPTABLE));
    answers.put("PayloadTooLarge", problem("The body is over 64 KiB", ErrorCode.PAYLOAD_TOO_LARGE));
    answers.put(
        "UnsupportedMediaType",
        problem("The body is not sent as application/json", ErrorCode.UNSUPPORTED_MEDIA_TYPE));
    answers.put(
        "Conflict",
        problem(
            "Someone else changed the same thing since you read it (a stale If-Match) or at the same moment, or it already exists",
            ErrorCode.CONFLICT,
            ErrorCode.CHANGED_BY_SOMEONE_ELSE));
    answers.put(
        "SlotTaken",
        problem(
            "The slot is no longer free, or a request with the same Idempotency-Key is still"
                + " being carried out",
            ErrorCode.SLOT_TAKEN,
            ErrorCode.REQUEST_IN_PROGRESS,
            ErrorCode.CONFLICT));
    answers.put(
        "Unprocessable",
        problem(
            "The request is understood but cannot be carried out now", ErrorCode.UNPROCESSABLE));
    answers.put(
        "BookingRefused",
        problem(
            "The patient does not match the practice's record, the practice's rules do not allow"
                + " the booking, or the Idempotency-Key was used for another request",
            ErrorCode.PATIENT_NOT_MATCHED,
            ErrorCode.BOOKING_NOT_ALLOWED,
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            ErrorCode.UNPROCESSABLE));
    answers.put(
        "EmisSetUpProblem",
        problem(
            "EMIS refused us because of how the practice's EMIS is set up (see the connection"
                + " test)",
            ErrorCode.EMIS_SET_UP_PROBLEM));
    answers.put(
        "UpstreamUnavailable",
        problem(
            "EMIS (or GOV.UK Notify) is not answering just now", ErrorCode.UPSTREAM_UNAVAILABLE));
    answers.put(
        "EmisOutcomeUnknown",
        problem(
            "EMIS did not confirm whether the change was made; it is checked again shortly",
            ErrorCode.EMIS_OUTCOME_UNKNOWN));
    APIResponse limited =
        problem(
            "This API key made too many requests; Retry-After says when to ask again",
            ErrorCode.RATE_LIMITED);
    limited.addHeader(
        "Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
    answers.put("RateLimited", limited);
    return answers;
  }

  private static APIResponse problem(String description, ErrorCode... codes) {
    ErrorCode first = codes[0];
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", first.typeUri());
    example.put("title", first.title());
    example.put("status", first.status());
    example.put("detail", "What went wrong, in words a person can act on");
    example.put("code", first.name());
    Schema schema =
        OASFactory.createSchema()
            .allOf(
                List.of(
                    OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM),
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .addProperty(
                            "code",
                            OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .enumeration(
                                    Arrays.stream(codes).map(c -> (Object) c.name()).toList()))));
    MediaType media = OASFactory.createMediaType().schema(schema).example(example);
    Content content = OASFactory.createContent().addMediaType(PROBLEM_JSON, media);
    String codeList =
        String.join(", ", Arrays.stream(codes).map(c -> "`" + c.name() + "`").toList());
    return OASFactory.createAPIResponse()
        .description(description + ". Problem details with code " + codeList + ".")
        .content(content);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details, with our stable error `code`")
        .required(List.of("type", "title", "status", "code"))
        .addProperty(
            "type",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .format("uri")
                .description("A URI naming the kind of problem"))
        .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .format("int32")
                .description("The HTTP status"))
        .addProperty(
            "detail",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("What went wrong in this request"))
        .addProperty(
            "code",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .enumeration(
                    Arrays.stream(ErrorCode.values()).map(c -> (Object) c.name()).toList()))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("One entry per field with a wrong value (validation failures only)")
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .required(List.of("field", "message"))
        .addProperty(
            "field",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("The field (or header, or query parameter) as the request named it"))
        .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
  }

  private static Header header(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .minimum(java.math.BigDecimal.ZERO));
  }
}
