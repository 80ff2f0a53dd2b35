/** Practice, AppUser and their value objects (OdsCode, PracticeName, Username). */
package uk.practiceconnect.practice.entity;
