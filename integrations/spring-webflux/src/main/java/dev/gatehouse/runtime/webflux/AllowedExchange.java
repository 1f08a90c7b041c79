package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The exchange an allowed request continues with: its principal is the verified caller, and when
 * Gatehouse read the body's first bytes, its request replays the whole body and its form data is
 * parsed from that replay (the original exchange's would read the body Gatehouse already took).
 */
final class AllowedExchange extends ServerWebExchangeDecorator {
  private static final ResolvableType FORM_DATA =
      ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class, String.class);

  private final Mono<Principal> principal;
  private final ServerHttpRequest request;
  private final Mono<MultiValueMap<String, String>> formData;

  /**
   * @param caller the verified caller, or null for an anonymous one
   * @param body the body Gatehouse read, or null when it read none
   */
  AllowedExchange(
      ServerWebExchange exchange,
      Authentication caller,
      BodyPrefix body,
      ServerCodecConfigurer codecs) {
    super(exchange);
    this.principal = caller == null ? null : Mono.just(caller);
    if (body == null) {
      this.request = null;
      this.formData = null;
    } else {
      ServerHttpRequest original = exchange.getRequest();
      Flux<DataBuffer> replay = body.replay(exchange.getResponse().bufferFactory());
      this.request =
          new ServerHttpRequestDecorator(original) {
            @Override
            public Flux<DataBuffer> getBody() {
              return replay;
            }
          };
      this.formData = formData(this.request, codecs);
    }
  }

  @Override
  public ServerHttpRequest getRequest() {
    return request != null ? request : super.getRequest();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends Principal> Mono<T> getPrincipal() {
    return principal != null ? (Mono<T>) principal : super.getPrincipal();
  }

  @Override
  public Mono<MultiValueMap<String, String>> getFormData() {
    return formData != null ? formData : super.getFormData();
  }

  /** As Spring's own exchange reads it: through the configured form reader, once, cached. */
  private static Mono<MultiValueMap<String, String>> formData(
      ServerHttpRequest request, ServerCodecConfigurer codecs) {
    MediaType type;
    try {
      type = request.getHeaders().getContentType();
    } catch (InvalidMediaTypeException e) {
      type = null;
    }
    if (type == null
        || !type.isConcrete()
        || !type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
      return Mono.just(new LinkedMultiValueMap<>());
    }
    MediaType contentType = type;
    return codecs.getReaders().stream()
        .filter(reader -> reader.canRead(FORM_DATA, contentType))
        .findFirst()
        .map(
            reader -> {
              @SuppressWarnings("unchecked")
              HttpMessageReader<MultiValueMap<String, String>> form =
                  (HttpMessageReader<MultiValueMap<String, String>>) reader;
              return form.readMono(FORM_DATA, request, Map.of())
                  .defaultIfEmpty(new LinkedMultiValueMap<>())
                  .cache();
            })
        .orElseGet(
            () -> Mono.error(new IllegalStateException("No HttpMessageReader for " + contentType)));
  }
}
