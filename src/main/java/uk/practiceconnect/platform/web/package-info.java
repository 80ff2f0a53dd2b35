/**
 * Web plumbing every feature's boundary uses: the REST application, RFC 9457 problem details and
 * their exception mappers, ETag/If-Match, empty bodies, the ping endpoint; and for pages, formats
 * for people, error messages, security headers, session cookies, client addresses and expired
 * views.
 */
package uk.practiceconnect.platform.web;
