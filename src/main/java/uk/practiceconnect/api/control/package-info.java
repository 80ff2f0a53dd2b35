/** Issuing, revoking and checking API keys (only a hash is stored). */
package uk.practiceconnect.api.control;
