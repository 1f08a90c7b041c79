package dev.gatehouse.example;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One of the current user's items.
 *
 * @param itemId the item's identifier
 * @param owner the owner's username
 */
public record Item(@JsonProperty("item_id") String itemId, String owner) {}
