package test;

import dev.gatehouse.annotations.OAuth2;

/** An OAuth2 scheme without any flow. */
@OAuth2(schemeName = "Nothing")
final class SecOAuth2NoFlow {}
