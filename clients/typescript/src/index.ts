// SPDX-License-Identifier: Apache-2.0
// The hand-written entry of @aih/client: the types that openapi-typescript generates from the
// server's OpenAPI document (src/schema.d.ts, never edited by hand) and a client built on
// openapi-fetch that carries one credential.
import createClient, { mergeHeaders, type Client, type ClientOptions } from "openapi-fetch";

import type { components, paths } from "./schema.js";

export type { components, operations, paths } from "./schema.js";

/** Every schema of the document, e.g. `Schemas["Guru"]`. */
export type Schemas = components["schemas"];
/** The RFC 9457 problem document every error answers with (`application/problem+json`). */
export type Problem = components["schemas"]["Problem"];

/** A client typed by the document's paths: `client.GET("/api/gurus/{kind}", ...)`. */
export type AihClient = Client<paths>;

export interface AihClientOptions extends Omit<ClientOptions, "baseUrl"> {
    /** Where aihd answers, e.g. `https://api.example.com` or `http://127.0.0.1:8080`. */
    baseUrl: string;
    /** An access token from `POST /api/auth/login`, sent as `Authorization: Bearer ...`. */
    accessToken?: string;
    /** An `aih_live_...` or `aih_test_...` key, sent as `X-API-Key` (the header the document names). */
    apiKey?: string;
    /** A tenant id or slug for `X-Tenant-ID`; only needed where neither the host nor the body names it. */
    tenant?: string;
}

/**
 * A typed client for aihd. Give it at most one credential: the server refuses a request that
 * carries both `Authorization` and `X-API-Key` (400), so asking for both is an error here.
 */
export function createAihClient(options: AihClientOptions): AihClient {
    const { baseUrl, accessToken, apiKey, tenant, headers, ...rest } = options;
    if (accessToken !== undefined && apiKey !== undefined) {
        throw new Error("createAihClient: pass accessToken or apiKey, not both");
    }
    const own: Record<string, string> = {};
    if (accessToken !== undefined) {
        own["Authorization"] = `Bearer ${accessToken}`;
    }
    if (apiKey !== undefined) {
        own["X-API-Key"] = apiKey;
    }
    if (tenant !== undefined) {
        own["X-Tenant-ID"] = tenant;
    }
    return createClient<paths>({ ...rest, baseUrl, headers: mergeHeaders(headers, own) });
}

/** True for an error body that is a problem document (every error aihd sends is one, except
 * under /scim/v2, which answers in SCIM's own error form). */
export function isProblem(value: unknown): value is Problem {
    if (typeof value !== "object" || value === null) {
        return false;
    }
    const candidate = value as Record<string, unknown>;
    return typeof candidate["status"] === "number" && typeof candidate["code"] === "string" &&
        typeof candidate["title"] === "string";
}
