// SPDX-License-Identifier: Apache-2.0
// A real OpenID Provider (npm oidc-provider, pinned in tests/openapi) on loopback, for the single
// sign-on tests: the relying party in aihd is tested against the library most providers are
// certified against, not against our own idea of the protocol.
// Usage: node oidc-provider.mjs <port> <config.json>
// Environment: AIH_OPENAPI_TOOLS, the directory scripts/install-test-tools installed to.
// Config: {"clients": [{"client_id", "client_secret" (absent: a public client), "redirect_uris",
//          "alg": "RS256"|"ES256"}], "keys_file": path, "accounts": {login: claims|null},
//          "rotate_keys": "replace"|"prepend" (optional: new keys first, old ones dropped or kept)}
// Prints "READY <issuer>" once listening. Test hooks on the same port, before the provider:
//   POST /__test/next-id-token <mutation>  the next successful /token carries a broken ID token
//   GET  /__test/stats                     {"jwks_fetches", "token_requests"}
//   GET  /__test/last-id-token             the ID token /token returned last
import crypto from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

// ESM ignores NODE_PATH, and the packages live in the tools directory, not beside this script:
// resolve each package's ESM entry from its package.json and import it by file URL.
// (createRequire().resolve would pick jose's CommonJS build, a second copy next to the one
// oidc-provider imports; import.meta.resolve needs a flag on node 18.)
const tools = process.env.AIH_OPENAPI_TOOLS;
if (!tools) {
    console.error("oidc-provider.mjs: AIH_OPENAPI_TOOLS is not set (scripts/install-test-tools)");
    process.exit(2);
}
async function load(name) {
    const dir = path.join(tools, "node_modules", name);
    const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    let entry = (typeof manifest.exports === "string" ? manifest.exports : manifest.exports?.["."])
        ?? manifest.main ?? "index.js";
    while (typeof entry === "object" && entry !== null) {
        entry = entry.node ?? entry.import ?? entry.default;
    }
    return import(pathToFileURL(path.join(dir, entry)).href);
}
const { default: Provider } = await load("oidc-provider");
const jose = await load("jose");

const [portArgument, configFile] = process.argv.slice(2);
const port = Number(portArgument);
if (!Number.isInteger(port) || port <= 0 || port > 65535 || !configFile) {
    console.error("usage: node oidc-provider.mjs <port> <config.json>");
    process.exit(2);
}
const config = JSON.parse(readFileSync(configFile, "utf8"));
const issuer = `http://127.0.0.1:${port}`;
const random = () => crypto.randomBytes(6).toString("hex");

// Private JWKs, kept in a file so a restart on the same port keeps its keys, and a test can roll
// them by restarting with other ones. oidc-provider signs with the first key that fits a
// client's alg and publishes every key's public half at /jwks.
async function makeKey(alg, kid) {
    const { privateKey } = await jose.generateKeyPair(alg, { extractable: true });
    return { ...(await jose.exportJWK(privateKey)), kid, alg, use: "sig" };
}
const freshKeys = async () => [await makeKey("RS256", `rsa-${random()}`), await makeKey("ES256", `ec-${random()}`)];
const keysFile = config.keys_file;
let keys;
if (keysFile && existsSync(keysFile)) {
    keys = JSON.parse(readFileSync(keysFile, "utf8")).keys;
    if (config.rotate_keys) {
        keys = [...(await freshKeys()), ...(config.rotate_keys === "prepend" ? keys : [])];
    }
} else {
    keys = await freshKeys();
}
if (keysFile) {
    writeFileSync(keysFile, JSON.stringify({ keys }, null, 2), { mode: 0o600 });
}
const signingKey = (alg) => keys.find((key) => key.alg === alg || (!key.alg && key.kty === (alg[0] === "R" ? "RSA" : "EC")));

// devInteractions accept any password; the login name is the subject.
const accounts = {
    alice: { email: "alice@example.test", email_verified: true, name: "Alice Example", groups: ["aihd-admins", "staff"] },
    bob: { email: "bob@example.test", email_verified: false, groups: [] },
    carol: { email: "carol@example.test", email_verified: true, name: "Carol Example", groups: ["staff"] },
};
for (const [login, claims] of Object.entries(config.accounts ?? {})) {
    if (claims === null) {
        delete accounts[login];
    } else {
        accounts[login] = claims;
    }
}

const clients = (config.clients ?? []).map((client) => ({
    client_id: client.client_id,
    ...(client.client_secret ? { client_secret: client.client_secret } : {}),
    redirect_uris: client.redirect_uris,
    // aihd authenticates with client_secret_basic; a client without a secret is public (PKCE only).
    token_endpoint_auth_method: client.client_secret ? "client_secret_basic" : "none",
    id_token_signed_response_alg: client.alg ?? "RS256",
}));
const secretOf = (clientId) => (config.clients ?? []).find((client) => client.client_id === clientId)?.client_secret;

const provider = new Provider(issuer, {
    clients,
    jwks: { keys },
    async findAccount(ctx, sub) {
        const claims = accounts[sub];
        return claims && { accountId: sub, async claims() { return { sub, ...claims }; } };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: ["openid", "email", "profile", "groups", "offline_access"],
    // Otherwise email, name and groups would reach only /me, and aihd reads them from the ID token.
    conformIdTokenClaims: false,
    // Every client, confidential ones too, as aihd always sends a challenge (S256 only).
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    // Fixed, so cookies stay valid across a restart; nothing here is secret.
    cookies: { keys: ["aih-test-cookie-key-not-secret"] },
    ttl: { IdToken: 300, AccessToken: 300, AuthorizationCode: 60, Session: 3600, Interaction: 600, Grant: 3600 },
});
// Why a request failed, in the log the test prints on failure (the browser only sees a redirect).
for (const event of ["server_error", "authorization.error", "grant.error", "userinfo.error", "jwks.error",
    "discovery.error", "end_session.error", "backchannel.error"]) {
    provider.on(event, (ctx, error) => console.log(`${event}: ${error.message} ${error.error_description ?? ""}`));
}

// Broken ID tokens, as an attacker or a faulty provider would send them. oidc-provider never
// makes them, so the hook breaks the real token: every other claim (nonce, aud, exp, ...) stays
// right, and a test shows that this one check catches it.
const now = () => Math.floor(Date.now() / 1000);
const claimMutations = {
    "wrong-aud": (claims) => { claims.aud = "someone-else"; },
    "wrong-iss": (claims) => { claims.iss = `${issuer}/other`; },
    expired: (claims) => { claims.iat = now() - 3600; claims.exp = now() - 600; },
    "bad-nonce": (claims) => { claims.nonce = "forged-nonce"; },
    "no-nonce": (claims) => { delete claims.nonce; },
};
const mutations = [...Object.keys(claimMutations), "bad-sig", "unknown-kid", "hs256", "none"];
const b64 = (value) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

async function mutate(idToken, mutation) {
    const [encodedHeader, encodedPayload, signature] = idToken.split(".");
    const header = jose.decodeProtectedHeader(idToken);
    const claims = jose.decodeJwt(idToken);
    switch (mutation) {
    case "bad-sig": {
        const bytes = Buffer.from(signature, "base64url");
        bytes[bytes.length >> 1] ^= 0x55;
        return `${encodedHeader}.${encodedPayload}.${bytes.toString("base64url")}`;
    }
    case "unknown-kid": { // a key of the right type that /jwks never published
        const { privateKey } = await jose.generateKeyPair(header.alg);
        return new jose.SignJWT(claims).setProtectedHeader({ ...header, kid: `unpublished-${random()}` }).sign(privateKey);
    }
    case "hs256": { // the header keeps its kid: key/algorithm confusion with a published key's id
        const input = `${b64({ ...header, alg: "HS256" })}.${encodedPayload}`;
        const mac = crypto.createHmac("sha256", secretOf(claims.aud) ?? "x").update(input).digest("base64url");
        return `${input}.${mac}`;
    }
    case "none":
        return `${b64({ ...header, alg: "none" })}.${encodedPayload}.`;
    default: {
        claimMutations[mutation](claims);
        const key = signingKey(header.alg);
        return new jose.SignJWT(claims).setProtectedHeader({ ...header, kid: key.kid })
            .sign(await jose.importJWK(key, header.alg));
    }
    }
}

let pendingMutation = null;
let lastIdToken = null;
const stats = { jwks_fetches: 0, token_requests: 0 };

// Replaces the /token response body after oidc-provider wrote it: Koa calls res.end(body) once
// with the whole JSON and has not sent the headers yet, so content-length can still change.
function interceptToken(res) {
    const end = res.end.bind(res);
    res.end = (chunk, ...rest) => {
        let body;
        try {
            body = JSON.parse(String(chunk));
        } catch {
            return end(chunk, ...rest);
        }
        if (res.statusCode !== 200 || typeof body.id_token !== "string") {
            return end(chunk, ...rest);
        }
        const mutation = pendingMutation;
        pendingMutation = null; // once, and only on a response that carries an ID token
        (mutation ? mutate(body.id_token, mutation) : Promise.resolve(body.id_token)).then((idToken) => {
            lastIdToken = idToken;
            if (mutation) {
                console.log(`test hook: /token answers with a ${mutation} ID token`);
            }
            const out = JSON.stringify({ ...body, id_token: idToken });
            res.setHeader("content-length", Buffer.byteLength(out));
            end(out);
        }, (error) => {
            console.log(`test hook: ${mutation} failed: ${error.stack}`);
            res.statusCode = 500;
            end("{}");
        });
        return res;
    };
}

function testHook(req, res, pathname) {
    const answer = (status, body = "", type = "text/plain") => {
        res.writeHead(status, body ? { "content-type": type } : {});
        res.end(body);
    };
    if (req.method === "POST" && pathname === "/__test/next-id-token") {
        let body = "";
        req.setEncoding("utf8");
        req.on("data", (data) => { body += data; });
        req.on("end", () => {
            const mutation = body.trim();
            if (!mutations.includes(mutation)) {
                answer(400, `unknown mutation "${mutation}"; one of: ${mutations.join(" ")}\n`);
                return;
            }
            pendingMutation = mutation; // replaces one still pending
            answer(204);
        });
    } else if (req.method === "GET" && pathname === "/__test/stats") {
        answer(200, JSON.stringify(stats), "application/json");
    } else if (req.method === "GET" && pathname === "/__test/last-id-token") {
        answer(lastIdToken ? 200 : 404, lastIdToken ?? "");
    } else {
        answer(404, "unknown test hook\n");
    }
}

const handler = provider.callback();
const server = http.createServer((req, res) => {
    const pathname = new URL(req.url, issuer).pathname;
    res.on("finish", () => console.log(`${req.method} ${pathname} ${res.statusCode}`));
    if (pathname.startsWith("/__test/")) {
        testHook(req, res, pathname);
        return;
    }
    if (req.method === "GET" && pathname === "/jwks") {
        stats.jwks_fetches++;
    }
    if (req.method === "POST" && pathname === "/token") {
        stats.token_requests++;
        interceptToken(res);
    }
    handler(req, res);
});
server.listen(port, "127.0.0.1", () => console.log(`READY ${issuer}`));
// Exit at once: the port is then free for a restart (node listens with SO_REUSEADDR), and
// keep-alive connections need not drain.
for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => process.exit(0));
}
