package dev.gatehouse.example;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the items operations answer: which operation ran and who called it.
 *
 * @param operation the operation's name
 * @param caller the verified caller's name, or null for an anonymous caller
 * @param scheme the scheme that verified the caller; absent for an anonymous caller
 */
public record Answer(
    String operation, String caller, @JsonInclude(JsonInclude.Include.NON_NULL) String scheme) {}
