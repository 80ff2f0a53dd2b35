package uk.practiceconnect.platform.entity;

/** A message about one input field, in words a practice manager understands. */
public record FieldError(String field, String message) {}
