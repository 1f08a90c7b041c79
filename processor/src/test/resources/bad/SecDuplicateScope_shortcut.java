package test;

import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;
import dev.gatehouse.annotations.Scope;

/** The authorization-code shortcut declaring one scope twice. */
@OAuth2AuthorizationCodeBearer(
    authorizationUrl = "https://id.example.com/authorize",
    tokenUrl = "https://id.example.com/token",
    scopes = {
      @Scope(name = "items", description = "Read items."),
      @Scope(name = "items", description = "Read items again.")
    })
final class SecDuplicateScope_shortcut {}
