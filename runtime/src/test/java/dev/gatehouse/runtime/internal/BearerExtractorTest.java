package dev.gatehouse.runtime.internal;

import static dev.gatehouse.runtime.internal.Requests.authorization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.BearerToken.Transport;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bearer extraction over the header, form-body and query transports (security rules 1.3, P4, P6).
 */
class BearerExtractorTest {

  private static final String FORM = "application/x-www-form-urlencoded";

  private static Extraction<BearerToken> present(String token, Transport transport) {
    return Extraction.present(new BearerToken(token, transport));
  }

  private static Extraction<BearerToken> rejected(Reason reason) {
    return Extraction.rejected(reason);
  }

  private static SimpleRequest.Builder post(String contentType, String body) {
    return SimpleRequest.builder()
        .method("POST")
        .header("Content-Type", contentType)
        .body(body.getBytes(StandardCharsets.UTF_8));
  }

  @Nested
  class HeaderOnly {
    private final CredentialExtractor<BearerToken> extractor = Extractors.bearer();

    private Extraction<BearerToken> extract(String... authorization) {
      return extractor.extract(authorization(authorization));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "abc.def.ghi", "a-b._~+/c", "tok=", "tok==", "0"})
    void b64TokensArePresent(String token) {
      assertThat(extract("Bearer " + token)).isEqualTo(present(token, Transport.HEADER));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "bearer tok",
          "BEARER tok",
          "bEaReR tok",
          "Bearer  tok",
          "Bearer   tok ",
          "\tBearer tok"
        })
    void caseAndSpacingFollowTheRfc(String header) {
      assertThat(extract(header)).isEqualTo(present("tok", Transport.HEADER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "bearer    ", "BEARER\t"})
    void bearerWithoutTokenIsMalformedEmptyToken(String header) {
      assertThat(extract(header)).isEqualTo(rejected(Reason.EMPTY_TOKEN));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"tok\"",
          "a b",
          "a,b",
          "tok, realm=\"x\"",
          "an\"invalid\"token",
          "to=k",
          "=tok",
          "tok;",
          "tök",
          "a\u00a0b"
        })
    void anythingButOneB64TokenIsMalformed(String credentials) {
      assertThat(extract("Bearer " + credentials)).isEqualTo(rejected(Reason.BAD_TOKEN68));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"Bearer tok\r\n", "Bearer tok\u0000", "Bearer to\tk", "Bearer tok\u007f"})
    void controlCharactersAreMalformed(String header) {
      assertThat(extract(header)).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    }

    @Test
    void tabInsteadOfSpaceIsMalformed() {
      assertThat(extract("Bearer\ttok")).isEqualTo(rejected(Reason.BAD_SCHEME_SEPARATOR));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Basic dXNlcjpwYXNz",
          "DPoP tok",
          "Negotiate tok",
          "Bearertok",
          "Beаrer tok",
          "Token tok",
          "tok",
          ""
        })
    void otherSchemesAreAbsentWithoutError(String header) {
      assertThat(extract(header)).isEqualTo(Extraction.absent());
    }

    @Test
    void twoAuthorizationLinesAreAmbiguous() {
      assertThat(extract("Bearer a", "Bearer b"))
          .isEqualTo(rejected(Reason.DUPLICATE_AUTHORIZATION));
      assertThat(extract("Basic x", "Bearer b"))
          .isEqualTo(rejected(Reason.DUPLICATE_AUTHORIZATION));
    }

    @Test
    void tokenOverEightKibibytesIsTooLarge() {
      String fits = "a".repeat(Limits.FIELD_LINE_CHARS - "Bearer ".length());
      assertThat(extract("Bearer " + fits)).isEqualTo(present(fits, Transport.HEADER));
      assertThat(extract("Bearer " + fits + "a")).isEqualTo(rejected(Reason.TOO_LARGE));
    }

    @Test
    void disabledTransportsAreIgnoredNotCounted() {
      RequestView request = post(FORM, "access_token=form").rawQuery("access_token=query").build();
      assertThat(extractor.extract(request)).isEqualTo(Extraction.absent());
      RequestView withHeader =
          post(FORM, "access_token=form")
              .rawQuery("access_token=query")
              .header("Authorization", "Bearer head")
              .build();
      assertThat(extractor.extract(withHeader)).isEqualTo(present("head", Transport.HEADER));
      assertThat(extractor.extract(Requests.query("access_token=%zz")))
          .isEqualTo(Extraction.absent());
    }

    @Test
    void oauth2AndOpenIdConnectParseLikeBearer() {
      CredentialExtractor<BearerToken> oauth2 = Extractors.oauth2();
      assertThat(oauth2.extract(authorization("Bearer tok")))
          .isEqualTo(present("tok", Transport.HEADER));
      assertThat(oauth2.extract(authorization("Other tok"))).isEqualTo(Extraction.absent());
      assertThat(oauth2.extract(authorization("Bearer"))).isEqualTo(rejected(Reason.EMPTY_TOKEN));
    }
  }

  @Nested
  class QueryEnabled {
    private final CredentialExtractor<BearerToken> extractor = Extractors.bearer(false, true);

    private Extraction<BearerToken> extract(String rawQuery) {
      return extractor.extract(Requests.query(rawQuery));
    }

    @Test
    void readsAccessTokenFromTheRawQuery() {
      assertThat(extract("access_token=tok")).isEqualTo(present("tok", Transport.QUERY));
      assertThat(extract("a=1&access_token=tok&b=2")).isEqualTo(present("tok", Transport.QUERY));
      assertThat(extract("access_token=tok%3D%3D")).isEqualTo(present("tok==", Transport.QUERY));
      assertThat(extract("access%5Ftoken=tok")).isEqualTo(present("tok", Transport.QUERY));
    }

    @Test
    void otherNamesAreAbsent() {
      assertThat(extract("Access_Token=tok")).isEqualTo(Extraction.absent());
      assertThat(extract("token=tok")).isEqualTo(Extraction.absent());
      assertThat(extractor.extract(SimpleRequest.builder().build())).isEqualTo(Extraction.absent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_token=", "access_token", "a=1&access_token=&b=2"})
    void emptyAccessTokenIsAmbiguousInvalidRequest(String query) {
      assertThat(extract(query)).isEqualTo(rejected(Reason.EMPTY_ACCESS_TOKEN));
    }

    @Test
    void repeatedAccessTokenIsAmbiguous() {
      assertThat(extract("access_token=a&access_token=b"))
          .isEqualTo(rejected(Reason.DUPLICATE_PARAMETER));
      assertThat(extract("access_token=a&access_token=a"))
          .isEqualTo(rejected(Reason.DUPLICATE_PARAMETER));
      assertThat(extract("access_token=&access_token=b"))
          .isEqualTo(rejected(Reason.DUPLICATE_PARAMETER));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "access_token=%zz",
          "access_token=tok%",
          "x=%4&access_token=tok",
          "access_token=t k",
          "access_token=%C3%28"
        })
    void badPercentEncodingIsAmbiguous(String query) {
      assertThat(extract(query)).isEqualTo(rejected(Reason.BAD_PERCENT_ENCODING));
    }

    @Test
    void decodedTokenMustStillBeAB64Token() {
      assertThat(extract("access_token=a%20b")).isEqualTo(rejected(Reason.BAD_TOKEN68));
      assertThat(extract("access_token=tok;x=1")).isEqualTo(rejected(Reason.BAD_TOKEN68));
      assertThat(extract("access_token=a+b")).isEqualTo(rejected(Reason.BAD_TOKEN68));
      assertThat(extract("access_token=tok%0A")).isEqualTo(rejected(Reason.CONTROL_CHARACTER));
    }

    @Test
    void headerAndQueryTogetherAreAmbiguous() {
      SimpleRequest.Builder builder = SimpleRequest.builder().rawQuery("access_token=q");
      assertThat(extractor.extract(builder.header("Authorization", "Bearer h").build()))
          .isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
      RequestView emptyHeader =
          SimpleRequest.builder()
              .rawQuery("access_token=q")
              .header("Authorization", "Bearer")
              .build();
      assertThat(extractor.extract(emptyHeader))
          .isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
      RequestView emptyQuery =
          SimpleRequest.builder()
              .rawQuery("access_token=")
              .header("Authorization", "Bearer h")
              .build();
      assertThat(extractor.extract(emptyQuery))
          .isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
    }

    @Test
    void anotherSchemeInTheHeaderIsNotABearerTransport() {
      RequestView request =
          SimpleRequest.builder()
              .rawQuery("access_token=q")
              .header("Authorization", "Basic x")
              .build();
      assertThat(extractor.extract(request)).isEqualTo(present("q", Transport.QUERY));
    }

    @Test
    void oversizedQueryOrTokenIsTooLarge() {
      assertThat(extract("access_token=" + "a".repeat(Limits.CREDENTIAL_CHARS + 1)))
          .isEqualTo(rejected(Reason.TOO_LARGE));
      assertThat(extract("x=" + "a".repeat(Limits.QUERY_CHARS)))
          .isEqualTo(rejected(Reason.TOO_LARGE));
    }

    @Test
    void formBodyIsNotReadWhenOnlyQueryIsEnabled() {
      assertThat(extractor.extract(post(FORM, "access_token=form").build()))
          .isEqualTo(Extraction.absent());
    }
  }

  @Nested
  class FormEnabled {
    private final CredentialExtractor<BearerToken> extractor = Extractors.bearer(true, false);

    @ParameterizedTest
    @ValueSource(
        strings = {
          FORM,
          "Application/X-WWW-Form-URLEncoded",
          FORM + "; charset=UTF-8",
          FORM + ";charset=utf-8",
          FORM + "; charset=\"UTF-8\"",
          " " + FORM + " "
        })
    void readsAccessTokenFromAUrlEncodedUtf8Form(String contentType) {
      assertThat(extractor.extract(post(contentType, "a=1&access_token=tok").build()))
          .isEqualTo(present("tok", Transport.FORM_BODY));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "multipart/form-data; boundary=x",
          "application/json",
          "text/plain",
          "application/x-www-form-urlencodedx"
        })
    void otherContentTypesAreNotAFormTransport(String contentType) {
      assertThat(extractor.extract(post(contentType, "access_token=tok").build()))
          .isEqualTo(Extraction.absent());
    }

    /** Issue 21: a form Gatehouse cannot read may hide a second token, so it is refused. */
    @ParameterizedTest
    @ValueSource(strings = {FORM + "; charset=ISO-8859-1", FORM + "; boundary=x", FORM + ";"})
    void urlencodedFormsGatehouseCannotReadAreRefused(String contentType) {
      assertThat(extractor.extract(post(contentType, "access_token=tok").build()))
          .isEqualTo(rejected(Reason.BAD_PERCENT_ENCODING));
    }

    @Test
    void getRequestsAreIgnoredAndUnreadableBodiesRefused() {
      assertThat(extractor.extract(post(FORM, "access_token=tok").method("GET").build()))
          .isEqualTo(Extraction.absent());
      assertThat(extractor.extract(post(FORM, "access_token=tok").method("HEAD").build()))
          .isEqualTo(Extraction.absent());
      RequestView noBody =
          SimpleRequest.builder().method("POST").header("Content-Type", FORM).build();
      assertThat(extractor.extract(noBody)).isEqualTo(rejected(Reason.UNREADABLE_REQUEST));
      assertThat(extractor.extract(post(FORM, "access_token=tok&n=é").build()))
          .isEqualTo(rejected(Reason.BAD_PERCENT_ENCODING));
      RequestView twoTypes = post(FORM, "access_token=tok").header("Content-Type", FORM).build();
      assertThat(extractor.extract(twoTypes)).isEqualTo(rejected(Reason.BAD_PERCENT_ENCODING));
      assertThat(extractor.extract(post(FORM, "").build())).isEqualTo(Extraction.absent());
    }

    @Test
    void emptyRepeatedOrBadlyEncodedParametersAreAmbiguous() {
      assertThat(extractor.extract(post(FORM, "access_token=").build()))
          .isEqualTo(rejected(Reason.EMPTY_ACCESS_TOKEN));
      assertThat(extractor.extract(post(FORM, "access_token=a&access_token=b").build()))
          .isEqualTo(rejected(Reason.DUPLICATE_PARAMETER));
      assertThat(extractor.extract(post(FORM, "access_token=a%G0").build()))
          .isEqualTo(rejected(Reason.BAD_PERCENT_ENCODING));
    }

    @Test
    void headerAndFormTogetherAreAmbiguous() {
      RequestView request =
          post(FORM, "access_token=f").header("Authorization", "Bearer h").build();
      assertThat(extractor.extract(request)).isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
    }

    @Test
    void oversizedBodyIsTooLarge() {
      String body = "access_token=tok&x=" + "a".repeat(Limits.FORM_BODY_BYTES);
      assertThat(extractor.extract(post(FORM, body).build())).isEqualTo(rejected(Reason.TOO_LARGE));
    }

    @Test
    void queryIsNotReadWhenOnlyFormIsEnabled() {
      assertThat(extractor.extract(Requests.query("access_token=q")))
          .isEqualTo(Extraction.absent());
    }
  }

  @Nested
  class AllTransports {
    private final CredentialExtractor<BearerToken> extractor = Extractors.bearer(true, true);

    @Test
    void formAndQueryTogetherAreAmbiguous() {
      RequestView request = post(FORM, "access_token=f").rawQuery("access_token=q").build();
      assertThat(extractor.extract(request)).isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
    }

    @Test
    void allThreeTogetherAreAmbiguous() {
      RequestView request =
          post(FORM, "access_token=f")
              .rawQuery("access_token=q")
              .header("Authorization", "Bearer h")
              .build();
      assertThat(extractor.extract(request)).isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
    }

    @Test
    void transportsAreCountedBeforeTheirContentsAreJudged() {
      RequestView request =
          SimpleRequest.builder()
              .rawQuery("access_token=a&access_token=b")
              .header("Authorization", "Bearer \"bad\"")
              .build();
      assertThat(extractor.extract(request)).isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
      RequestView undecodable =
          SimpleRequest.builder().rawQuery("x=%zz").header("Authorization", "Bearer h").build();
      assertThat(extractor.extract(undecodable))
          .isEqualTo(rejected(Reason.MULTIPLE_BEARER_TRANSPORTS));
    }

    @Test
    void aProblemInsideTheOnlyTransportIsReportedAsSuch() {
      assertThat(extractor.extract(Requests.query("access_token=a&access_token=b")))
          .isEqualTo(rejected(Reason.DUPLICATE_PARAMETER));
      assertThat(extractor.extract(authorization("Bearer \"bad\"")))
          .isEqualTo(rejected(Reason.BAD_TOKEN68));
    }

    @Test
    void eachTransportAloneIsPresent() {
      assertThat(extractor.extract(Requests.query("access_token=q")))
          .isEqualTo(present("q", Transport.QUERY));
      assertThat(extractor.extract(post(FORM, "access_token=f").build()))
          .isEqualTo(present("f", Transport.FORM_BODY));
      assertThat(extractor.extract(authorization("Bearer h")))
          .isEqualTo(present("h", Transport.HEADER));
    }
  }
}
