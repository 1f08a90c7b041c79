package dev.gatehouse.runtime.internal;

import java.util.ServiceLoader;

/**
 * The one default realm of an application: the document's {@code info.title} when it can be a
 * challenge realm, else {@code API}. {@code Gatehouse} and the password-grant token endpoint both
 * default to it, so the realm is set in one place (issue 21).
 */
public final class DefaultRealm {

  private DefaultRealm() {}

  /** The default realm from the generated endpoints on {@code loader}'s class path. */
  public static String discover(ClassLoader loader) {
    String title = null;
    for (GeneratedEndpoint endpoint : ServiceLoader.load(GeneratedEndpoint.class, loader)) {
      title = endpoint.documentTitle();
      break;
    }
    return Decider.safeRealm(title);
  }
}
