package uk.practiceconnect.platform.web;

/** The API's introduction, shown at the top of the API documentation (Markdown). */
final class ApiGuide {

  private ApiGuide() {}

  static final String TEXT =
      """
      Practice Connect links GP practices' EMIS Web appointment books to text reminders and online \
      booking. This API lets other NHS systems (trusts, federations, ICB tools) read and change what \
      the practices' own pages show: EMIS settings and their connection test, integration status, \
      reminder settings and the reminder log, online booking settings, free slots and bookings, and \
      the audit trail.

      ## Getting started

      1. **Get a key.** The Practice Connect support desk issues API keys on its API keys page: for \
      one practice or for all, read-only or read-and-change. The key is shown once; keep it secret.
      2. **First call.** Send the key as a bearer token:
         `curl -H "Authorization: Bearer $KEY" https://<host>/api/v1/practices` lists the practices \
      the key may use. `GET /api/v1/ping` answers `pong` without a key.
      3. **Errors.** Every error is RFC 9457 problem details (`application/problem+json`) with a \
      stable `code` (listed on each answer below) and, for wrong values, an `errors` list naming each \
      field. Bodies are read strictly: unknown keys and wrong types are refused with 400.
      4. **Idempotency.** `POST /api/v1/practices/{odsCode}/bookings` needs an `Idempotency-Key` \
      header (your own unique value, up to 64 characters). Sending the same key with the same body \
      again answers with the same booking, never a second one; with a different body, 422 \
      `IDEMPOTENCY_KEY_REUSED`.
      5. **Changing settings safely.** Settings answer with an `ETag`; send it back as `If-Match` \
      on `PUT` and a change someone made in between is refused with 409 `CHANGED_BY_SOMEONE_ELSE` \
      instead of overwritten.
      6. **Paging.** Lists that can be long (the reminder log, the audit trail) take `page` \
      (from 0) and `size` and answer with `items`, `page`, `size` and `total`.
      7. **Limits.** Each API key may make a number of requests per minute. Every answer carries \
      `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; over the limit the answer is \
      429 `RATE_LIMITED` with `Retry-After` in seconds.

      Times are ISO 8601 with an offset (`2026-12-01T09:00:00Z`); calendar days are UK days. NHS \
      numbers are shown masked except where the caller gave them.
      """;
}
