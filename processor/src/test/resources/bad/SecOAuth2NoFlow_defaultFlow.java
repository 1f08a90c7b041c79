package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** A flow left at its defaults is absent, so this scheme has no flow either. */
@OAuth2(schemeName = "Empty", flows = @OAuthFlows(clientCredentials = @OAuthFlow))
final class SecOAuth2NoFlow_defaultFlow {}
