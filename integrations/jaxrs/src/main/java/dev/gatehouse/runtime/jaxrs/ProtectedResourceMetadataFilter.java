package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.ProtectedResourceMetadata;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Answers {@code GET} and {@code HEAD} of the API's RFC 9728 protected-resource metadata path with
 * the document, before resource matching (no resource class serves it). {@link GatehouseFeature}
 * registers it when the {@code Gatehouse} has metadata; register it yourself where the runtime
 * takes providers only by class (Quarkus REST: a {@code @Provider} subclass or a CDI producer).
 */
@PreMatching
public final class ProtectedResourceMetadataFilter implements ContainerRequestFilter {
  private final ProtectedResourceMetadata metadata;

  public ProtectedResourceMetadataFilter(ProtectedResourceMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (metadata.isRequestFor(
        request.getMethod(), request.getUriInfo().getRequestUri().getRawPath())) {
      request.abortWith(Response.ok(metadata.body(), metadata.contentType()).build());
    }
  }
}
