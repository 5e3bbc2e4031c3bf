// SPDX-License-Identifier: Apache-2.0
// The generated client against a real aihd: a tenant admin signs in, creates an API key, and a
// second client calls the content API with that key; the typed answers are checked with
// node:assert, and so are the problem documents of a few error paths. Any failure exits non-zero.
//
// Environment: AIH_BASE_URL (e.g. http://127.0.0.1:8080) and a tenant admin's sign-in,
// AIH_TENANT (id or slug), AIH_EMAIL and AIH_PASSWORD. The tenant's plan must include
// `api_access` and `basic_guidance` (basic and above).
// Run: npm test (compiles with tsc into dist-test/, then runs it with plain node).
import assert from "node:assert/strict";

import { createAihClient, isProblem, type AihClient, type Problem, type Schemas } from "../src/index.js";

function required(name: string): string {
    const value = process.env[name];
    if (value === undefined || value === "") {
        throw new Error(`set ${name} (needed: AIH_BASE_URL, AIH_TENANT, AIH_EMAIL, AIH_PASSWORD)`);
    }
    return value;
}

let checks = 0;
function ok(what: string): void {
    checks += 1;
    console.log(`ok ${checks} - ${what}`);
}

/** Holds a failed call's answer to the document's problem shape. */
function assertProblem(error: unknown, response: Response, status: number, code: Problem["code"]): Problem {
    assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${JSON.stringify(error)}`);
    assert.equal(response.headers.get("content-type"), "application/problem+json");
    assert.ok(isProblem(error), `not a problem document: ${JSON.stringify(error)}`);
    assert.equal(error.status, status);
    assert.equal(error.code, code);
    assert.match(error.request_id, /\S/);
    assert.equal(response.headers.get("x-request-id"), error.request_id);
    return error;
}

/** Never called: it only has to compile, and fails to when the types stop catching these. */
export function typesRejectWhatTheDocumentDoesNot(client: AihClient): void {
    // @ts-expect-error: no such path in the document
    void client.GET("/api/no-such-path");
    // @ts-expect-error: the login body needs a password
    void client.POST("/api/auth/login", { body: { tenant: "acme", email: "a@b.example" } });
    // @ts-expect-error: `kind` is a required path parameter
    void client.GET("/api/gurus/{kind}", {});
    // @ts-expect-error: `owner` is not a scope
    void client.POST("/api/enterprise/api-keys", { body: { name: "k", scopes: ["owner"] } });
}

async function main(): Promise<void> {
    const baseUrl = required("AIH_BASE_URL");
    const tenant = required("AIH_TENANT");
    const email = required("AIH_EMAIL");
    const password = required("AIH_PASSWORD");

    // Sign in.
    const anonymous = createAihClient({ baseUrl });
    const signIn = await anonymous.POST("/api/auth/login", { body: { tenant, email, password } });
    assert.equal(signIn.response.status, 200,
                 `sign-in as ${email} in ${tenant} failed: ${signIn.response.status} ${JSON.stringify(signIn.error)}`);
    assert.ok(signIn.data !== undefined);
    assert.ok("access_token" in signIn.data, "the admin has a second factor; the smoke test needs one without");
    const session: Schemas["SignedIn"] = signIn.data;
    assert.equal(session.token_type, "Bearer");
    assert.ok(session.expires_in > 0);
    assert.equal(session.user.email, email);
    ok(`signed in as ${session.user.email} (${session.user.role})`);

    const admin = createAihClient({ baseUrl, accessToken: session.access_token });
    const me = await admin.GET("/api/auth/me");
    assert.equal(me.response.status, 200, JSON.stringify(me.error));
    assert.equal(me.data?.id, session.user.id);
    ok("GET /api/auth/me with the access token");

    // Create a read-only key.
    const name = `typescript-smoke-${Date.now()}`;
    const created = await admin.POST("/api/enterprise/api-keys", { body: { name, scopes: ["read"] } });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    assert.ok(created.data !== undefined);
    const issued: Schemas["IssuedApiKey"] = created.data;
    assert.equal(issued.name, name);
    assert.deepEqual(issued.scopes, ["read"]);
    assert.equal(issued.status, "active");
    assert.equal(issued.owner_id, session.user.id);
    assert.match(issued.key, /^aih_(live|test)_/);
    assert.ok(issued.key.startsWith(issued.prefix), "the key starts with its prefix");
    ok(`created API key ${issued.prefix}... with scopes ${issued.scopes.join(",")}`);

    // The content API through a second client that has only the key.
    const keyed = createAihClient({ baseUrl, apiKey: issued.key });
    const gurus = await keyed.GET("/api/gurus/{kind}", { params: { path: { kind: "spiritual" } } });
    assert.equal(gurus.response.status, 200, JSON.stringify(gurus.error));
    assert.ok(gurus.data !== undefined);
    const list: Schemas["GuruList"] = gurus.data;
    assert.ok(list.data.length > 0, "the catalogue has spiritual gurus");
    for (const guru of list.data) {
        assert.equal(guru.kind, "spiritual");
        assert.ok(guru.source === "platform" || guru.source === "tenant");
        assert.match(guru.name, /\S/);
    }
    assert.equal(list.next_cursor, null);
    assert.ok(Number(gurus.response.headers.get("x-ratelimit-limit")) > 0, "rate-limit headers on a key's call");
    ok(`GET /api/gurus/spiritual with the key: ${list.data.map((guru) => guru.name).join(", ")}`);

    const meditations = await keyed.GET("/api/meditations");
    assert.equal(meditations.response.status, 200, JSON.stringify(meditations.error));
    assert.ok(Array.isArray(meditations.data?.data));
    ok(`GET /api/meditations with the key: ${meditations.data?.data.length} meditations`);

    // Error paths, each a typed problem document.
    const unknownKind = await keyed.GET("/api/gurus/{kind}", { params: { path: { kind: "no-such-kind" } } });
    assertProblem(unknownKind.error, unknownKind.response, 404, "not_found");
    ok("an unknown kind is a 404 problem");

    const keyMakesKey = await keyed.POST("/api/enterprise/api-keys", { body: { name: "not allowed" } });
    assertProblem(keyMakesKey.error, keyMakesKey.response, 403, "forbidden");
    ok("a key cannot create keys: 403 problem");

    const wrong = await anonymous.POST("/api/auth/login", { body: { tenant, email, password: `${password}-wrong` } });
    assert.equal(wrong.data, undefined);
    const problem = assertProblem(wrong.error, wrong.response, 401, "invalid_credentials");
    assert.equal(problem.title, "Invalid credentials");
    assert.equal(wrong.response.headers.get("www-authenticate")?.startsWith("Bearer"), true);
    ok("a wrong password is a 401 invalid_credentials problem");

    // Revoke the key: the keyed client is refused from then on, so it really used the key.
    const revoked = await admin.DELETE("/api/enterprise/api-keys/{id}", { params: { path: { id: issued.id } } });
    assert.equal(revoked.response.status, 204, JSON.stringify(revoked.error));
    const afterRevoke = await keyed.GET("/api/gurus");
    assertProblem(afterRevoke.error, afterRevoke.response, 401, "unauthenticated");
    ok("the revoked key is refused: 401 problem");

    console.log(`smoke: all ${checks} checks passed against ${baseUrl}`);
}

main().catch((error: unknown) => {
    console.error(`not ok ${checks + 1} - ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error) {
        // fetch's own errors say only "fetch failed"; the reason (ECONNREFUSED, ...) is the cause.
        if (error.cause !== undefined) {
            console.error(`  cause: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`);
        }
        const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
        console.error(frames.slice(0, 5).join("\n"));
    }
    console.error(`smoke: failed after ${checks} passing checks`);
    process.exitCode = 1;
});
