package uk.practiceconnect.sms.entity;

import java.time.Instant;

/**
 * A text reached its end: delivered to the phone, or not delivered for good. Fired as a CDI event
 * inside the transaction that records it, so the feature that sent the text can record what follows
 * from it (a webhook event) with it, or not at all. Carries no number and no words.
 *
 * @param dedupKey the sending feature's own key for the text (for example {@code reminder:42})
 * @param delivered true when Notify says delivered (or sent, where no receipt comes)
 * @param status Notify's status, or our own state when Notify never had it ({@code FAILED}, ...)
 */
public record TextSettled(
    long messageId,
    Long practiceId,
    SmsPurpose purpose,
    String dedupKey,
    boolean delivered,
    String status,
    Instant at) {}
