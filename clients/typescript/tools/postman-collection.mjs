// SPDX-License-Identifier: Apache-2.0
// Converts the OpenAPI document into a Postman collection (v2.1) with openapi-to-postmanv2 and
// makes the result reproducible, so that CI can regenerate it and compare it byte for byte with
// the committed file:
// - the converter fakes values for schemas without examples with Math.random and dates relative
//   to now, so both are pinned (a seeded generator and a fixed clock) for the conversion;
// - it gives every item and saved response a random UUID, so each `id` (and the collection's
//   `_postman_id`) is replaced by one derived from a hash of that object's place in the
//   collection (folder and request names, not positions, so adding a request moves no other id).
// Run by scripts/generate-clients: node tools/postman-collection.mjs <openapi.json> <output.json>
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    console.error("usage: node tools/postman-collection.mjs <openapi.json> <collection.json>");
    process.exit(2);
}

// Where `aihd --listen` answers in the demo (scripts/run-demo); users change the variable.
const baseUrl = "http://127.0.0.1:8080";

// mulberry32: small, fast, and the same sequence on every machine for the same seed.
let seed = 0x5eed;
Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const RealDate = Date;
const fixedNow = RealDate.UTC(2025, 0, 1);
globalThis.Date = class extends RealDate {
    constructor(...args) {
        if (args.length === 0) {
            super(fixedNow);
        } else {
            super(...args);
        }
    }
    static now() {
        return fixedNow;
    }
};

// Imported only now, after the patches above.
const { default: converter } = await import("openapi-to-postmanv2");

const options = {
    folderStrategy: "Tags",           // one folder per tag, as the API reference groups them
    parametersResolution: "Example",  // the document's examples where it has them
    enableOptionalParameters: false,  // optional headers (X-Tenant-ID) and queries start disabled
    requestNameSource: "Fallback",    // the operation's summary
    indentCharacter: "Space",
    includeAuthInfoInExample: true,
};

const result = await new Promise((resolve, reject) => {
    converter.convertV2({ type: "json", data: readFileSync(input, "utf8") }, options, (error, answer) =>
        error ? reject(error) : resolve(answer));
});
if (!result.result) {
    console.error(`openapi-to-postmanv2 could not convert ${input}: ${result.reason}`);
    process.exit(1);
}
const collection = result.output[0].data;

function uuidOf(place) {
    const hex = createHash("sha256").update(place).digest("hex");
    // Shaped as a version-4-style UUID, which Postman expects.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-` +
        `${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Walks the whole tree; an element of an array is named by its `name` (or `key`, `listen`) when
// it has one, numbered among siblings of the same name so that names need not be unique.
function renumber(node, place) {
    if (Array.isArray(node)) {
        const seen = new Map();
        node.forEach((element, index) => {
            const label = element && typeof element === "object"
                ? element.name ?? element.key ?? element.listen ?? String(index)
                : String(index);
            const count = seen.get(label) ?? 0;
            seen.set(label, count + 1);
            renumber(element, `${place}/${label}#${count}`);
        });
        return;
    }
    if (node === null || typeof node !== "object") {
        return;
    }
    for (const [key, value] of Object.entries(node)) {
        if ((key === "id" || key === "_postman_id") && typeof value === "string") {
            node[key] = uuidOf(`${place}/${key}`);
        } else {
            renumber(value, `${place}/${key}`);
        }
    }
}
// Saved responses are kept for successes only: the converter saves every documented error of
// every operation (the same few problem documents, most of the collection's bytes), which the
// reference shows better and which nobody sends from Postman.
function keepSuccesses(items) {
    for (const item of items) {
        if (Array.isArray(item.item)) {
            keepSuccesses(item.item);
        }
        if (Array.isArray(item.response)) {
            item.response = item.response.filter((response) => response.code < 400);
        }
    }
}
keepSuccesses(collection.item);
renumber(collection, "aih");

collection.variable = [
    { key: "baseUrl", value: baseUrl, type: "string", description: "Where aihd answers." },
    {
        key: "bearerToken",
        value: "",
        type: "string",
        description: "An access token from POST /api/auth/login, or an API key (aih_live_...), " +
            "which the server also accepts as a bearer token.",
    },
];

writeFileSync(output, `${JSON.stringify(collection, null, 2)}\n`);
