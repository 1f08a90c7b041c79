package dev.gatehouse.example;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's public profile, as {@code GET /users/me} shows it.
 *
 * @param username the login name
 * @param email the e-mail address
 * @param fullName the full name
 * @param disabled whether the user may no longer log in
 */
public record User(
    String username, String email, @JsonProperty("full_name") String fullName, boolean disabled) {}
