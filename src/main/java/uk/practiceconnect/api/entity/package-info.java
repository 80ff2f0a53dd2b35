/** ApiKey and its access level. */
package uk.practiceconnect.api.entity;
