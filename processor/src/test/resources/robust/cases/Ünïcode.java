/*
 * case: non-ASCII everywhere it is allowed: identifiers (type, method, parameters, record
 * components, supplementary-plane letters), path segments and variables, parameter names,
 * descriptions in Greek, Hebrew, Arabic, Cyrillic, emoji (surrogate pairs) and a right-to-left
 * override; the document keeps every character, except in component names, where OpenAPI
 * allows only [a-zA-Z0-9._-]
 * expect: success
 * scheme: HTTPBasic
 * scheme: oauth
 * operation: GET /café/{ид}
 * operation: GET /café/{ид}/zw
 * json: /paths/~1café~1{ид}/get/operationId = "获取"
 * json: /paths/~1café~1{ид}/get/summary = "Получить 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 (surrogates)"
 * json: /paths/~1café~1{ид}/get/parameters/1/name = "名前"
 * json: /paths/~1café~1{ид}/get/parameters/2/name = "X-Naïve"
 * json: /components/securitySchemes/HTTPBasic/description = "Зона 🦄 \u202eevil\u202c"
 * json: /components/securitySchemes/oauth/flows/clientCredentials/scopes/read = "lire les données 📖"
 * json: /tags/0 = {"name": "Ünïcode", "description": "Σύνολο 🦄 עברית مرحبا — descriptions in any script."}
 * json: /components/schemas/Gru_DFe/properties/𝔫𝔞𝔪𝔢 = {"type": ["string", "null"]}
 * json: /paths/~1café~1{ид}/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/Gru_DFe"}
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Σύνολο 🦄 עברית مرحبا — descriptions in any script. */
@HttpBasic(description = "Зона 🦄 \u202Eevil\u202C")
@OAuth2(
    schemeName = "oauth",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "https://example.com/token",
                    scopes = {@Scope(name = "read", description = "lire les données 📖")})))
@Path("/café/{ид}")
public interface Ünïcode {
  /** Получить 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 (surrogates). */
  @GET
  @SecurityRequirement("HTTPBasic")
  Ĝrüße 获取(
      @PathParam("ид") String ид,
      @QueryParam("名前") String 名前,
      @HeaderParam("X-Naïve") String h);

  @GET
  @Path("zw")
  @SecurityRequirement(value = "oauth", scopes = "read")
  String zero\u200Bwidth();
}

record Ĝrüße(String 𝔫𝔞𝔪𝔢, int ﻉ) {}
