package uk.practiceconnect.sandbox.emis.entity;

/** EMAS Manager › Partner API › Login Access: the two ticks a user needs for the application. */
public record LoginAccess(boolean allowLogin, boolean autoLogin) {}
