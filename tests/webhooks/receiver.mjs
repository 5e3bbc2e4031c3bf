// SPDX-License-Identifier: Apache-2.0
// A webhook receiver on loopback, as a customer would run one: every delivery's signature is
// checked with Stripe's own Node library (stripe.webhooks.constructEvent), so aihd's signatures
// are proven readable by the verifiers customers already have.
//
// Usage: node receiver.mjs <port>     (prints "READY <port>" once it listens)
// Environment: AIH_OPENAPI_TOOLS, the directory scripts/install-test-tools installed npm packages to.
//
// Any path not under /_control is an endpoint. Test hooks, all JSON:
//   POST /_control/endpoint {path, secrets: [..], fail?: n, status?: 500, hang_ms?: n, hang?: n, drip?: n}
//        the next `fail` deliveries to `path` get `status`; the next `hang` ones are answered only
//        after `hang_ms`; the next `drip` ones get a 200 whose body comes a byte every 300 ms, for
//        ever (a receiver that never finishes). Deliveries are checked against each secret.
//   GET  /_control/received?path=/x   every delivery to the path so far, in order:
//        {event_id, type, object_id (data.object.id), email and threshold (of data.object), delivery_id, answered, verified_with: [index of each secret it verifies
//        under], signatures: number of v1 values, error}
import { createRequire } from "node:module";
import http from "node:http";
import path from "node:path";

const tools = process.env.AIH_OPENAPI_TOOLS;
if (!tools) {
    console.error("AIH_OPENAPI_TOOLS is not set");
    process.exit(2);
}
const require = createRequire(path.join(tools, "node_modules", "receiver.js"));
const Stripe = require("stripe");
const stripe = new Stripe("sk_test_receiver_does_not_call_stripe");

const port = Number(process.argv[2]);
const endpoints = new Map(); // path -> {secrets, fail, status, hang, hangMs, received: []}

function endpoint(name) {
    if (!endpoints.has(name)) {
        endpoints.set(name, { secrets: [], fail: 0, status: 500, hang: 0, hangMs: 0, drip: 0, received: [] });
    }
    return endpoints.get(name);
}

function readBody(request) {
    return new Promise((resolve) => {
        const chunks = [];
        request.on("data", (chunk) => chunks.push(chunk));
        request.on("end", () => resolve(Buffer.concat(chunks)));
    });
}

function answer(response, status, body) {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(JSON.stringify(body));
}

async function control(request, response, url) {
    if (request.method === "POST" && url.pathname === "/_control/endpoint") {
        const body = JSON.parse((await readBody(request)).toString("utf8"));
        const target = endpoint(body.path);
        target.secrets = body.secrets ?? target.secrets;
        target.fail = body.fail ?? 0;
        target.status = body.status ?? 500;
        target.hang = body.hang ?? 0;
        target.hangMs = body.hang_ms ?? 0;
        target.drip = body.drip ?? 0;
        return answer(response, 200, { ok: true });
    }
    if (request.method === "GET" && url.pathname === "/_control/received") {
        return answer(response, 200, endpoint(url.searchParams.get("path")).received);
    }
    return answer(response, 404, { error: "unknown control" });
}

async function deliver(request, response, url) {
    const raw = await readBody(request);
    const target = endpoint(url.pathname);
    const header = request.headers["aih-signature"] ?? "";
    const record = {
        event_id: null,
        type: null,
        object_id: null,
        email: null,
        threshold: null,
        delivery_id: request.headers["aih-delivery-id"] ?? null,
        header_event_id: request.headers["aih-event-id"] ?? null,
        content_type: request.headers["content-type"] ?? null,
        verified_with: [],
        signatures: header.split(",").filter((part) => part.startsWith("v1=")).length,
        answered: 200,
        error: null,
    };
    target.secrets.forEach((secret, index) => {
        try {
            const event = stripe.webhooks.constructEvent(raw, header, secret);
            record.event_id = event.id;
            record.type = event.type;
            record.object_id = event.data?.object?.id ?? null;
            record.email = event.data?.object?.email ?? null;
            record.threshold = event.data?.object?.threshold ?? null;
            record.verified_with.push(index);
        } catch (error) {
            record.error = String(error.message ?? error);
        }
    });
    if (record.event_id === null) {
        try {
            const event = JSON.parse(raw.toString("utf8"));
            record.event_id = event.id ?? null;
            record.type = event.type ?? null;
            record.object_id = event.data?.object?.id ?? null;
            record.email = event.data?.object?.email ?? null;
            record.threshold = event.data?.object?.threshold ?? null;
        } catch {
            record.error = record.error ?? "not JSON";
        }
    }
    if (target.drip > 0) {
        target.drip -= 1;
        record.answered = "dripping";
        target.received.push(record);
        response.writeHead(200, { "Content-Type": "text/plain" });
        const timer = setInterval(() => response.write("a"), 300);
        response.on("close", () => clearInterval(timer));
        return;
    }
    if (target.hang > 0) {
        target.hang -= 1;
        record.answered = "hung";
        target.received.push(record);
        setTimeout(() => answer(response, 200, { late: true }), target.hangMs);
        return;
    }
    if (target.fail > 0) {
        target.fail -= 1;
        record.answered = target.status;
        target.received.push(record);
        return answer(response, target.status, { failing: true });
    }
    target.received.push(record);
    return answer(response, 200, { received: true });
}

const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    const work = url.pathname.startsWith("/_control/") ? control(request, response, url)
                                                         : deliver(request, response, url);
    work.catch((error) => answer(response, 500, { error: String(error) }));
});
server.listen(port, "127.0.0.1", () => console.log(`READY ${port}`));
for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => process.exit(0));
}
