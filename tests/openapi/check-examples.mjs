// SPDX-License-Identifier: Apache-2.0
// Checks the examples of an OpenAPI 3.1 document: each one against its schema with ajv, as the
// live responses are checked (validate-responses.mjs), and that every operation has them.
// Usage: node check-examples.mjs <openapi.json>
// Checked: every `example` and `examples.*.value` of request bodies, responses (those under
// components/responses too), response headers and parameters; a JSON-lines example
// (x-itemSchema) line by line.
// Required: an example for every JSON request body; one for a 2xx JSON response of every
// operation that has one (an operation whose successes have no body, or only a non-JSON one,
// needs none), and for every text body of a 2xx; one for every 4xx response an operation names,
// except a binary body. Prints one line per failure and a summary; exits 1 on any failure.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.env.AIH_OPENAPI_TOOLS + "/node_modules/");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");

const [documentFile] = process.argv.slice(2);
if (!documentFile) {
    console.log("usage: node check-examples.mjs <openapi.json>");
    process.exit(2);
}
// Schema references point into the document; ajv gets the schemas as the $defs of one schema.
const text = readFileSync(documentFile, "utf8").replaceAll('"#/components/schemas/', '"aih-schemas#/$defs/');
const document = JSON.parse(text);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema({ $id: "aih-schemas", $defs: document.components?.schemas ?? {} });

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
let failures = 0;
let checked = 0;

function fail(line) {
    console.log(`FAIL ${line}`);
    failures++;
}

/// Follows a local reference (#/components/responses/X and the like) to what it names.
function resolve(object) {
    let seen = 0;
    while (object && typeof object.$ref === "string" && object.$ref.startsWith("#/") && seen++ < 10) {
        object = object.$ref
            .slice(2)
            .split("/")
            .reduce((node, key) => node?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], document);
    }
    return object;
}

const base = (mediaType) => mediaType.split(";")[0].trim().toLowerCase();
const isJson = (mediaType) => base(mediaType) === "application/json" || base(mediaType).endsWith("+json");
const isText = (mediaType) => base(mediaType).startsWith("text/") || base(mediaType) === "application/x-ndjson";
const hasExample = (media) => media && ("example" in media || Object.keys(media.examples ?? {}).length > 0);

/// The example values of a media type or parameter object, with a name for each.
function examplesOf(holder) {
    const found = [];
    if ("example" in holder) {
        found.push(["example", holder.example]);
    }
    for (const [name, example] of Object.entries(holder.examples ?? {})) {
        const resolved = resolve(example);
        if (resolved && "value" in resolved) {
            found.push([`examples.${name}`, resolved.value]);
        }
    }
    return found;
}

const compiled = new Map();
function validator(schema) {
    if (!compiled.has(schema)) {
        compiled.set(schema, ajv.compile(schema));
    }
    return compiled.get(schema);
}

function validateOne(where, value, schema) {
    checked++;
    let validate;
    try {
        validate = validator(schema);
    } catch (error) {
        fail(`${where}: its schema does not compile: ${error.message}`);
        return;
    }
    if (!validate(value)) {
        fail(`${where}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
    }
}

/// Every example of one media type object against its schema.
function checkMedia(where, mediaType, media) {
    for (const [name, value] of examplesOf(media)) {
        const label = `${where} ${mediaType} ${name}`;
        if (!media.schema) {
            fail(`${label}: there is no schema to check it against`);
            continue;
        }
        validateOne(label, value, media.schema);
        // JSON lines: the body is a string; each line is one item of x-itemSchema.
        if (media["x-itemSchema"] && typeof value === "string") {
            value
                .split("\n")
                .filter((line) => line !== "")
                .forEach((line, index) => {
                    let item;
                    try {
                        item = JSON.parse(line);
                    } catch {
                        fail(`${label} line ${index + 1}: not JSON`);
                        return;
                    }
                    validateOne(`${label} line ${index + 1}`, item, media["x-itemSchema"]);
                });
        }
    }
}

function checkParameter(where, parameter) {
    const resolved = resolve(parameter);
    if (!resolved) {
        return;
    }
    const label = `${where} parameter ${resolved.name} (${resolved.in})`;
    for (const [name, value] of examplesOf(resolved)) {
        if (resolved.schema) {
            validateOne(`${label} ${name}`, value, resolved.schema);
        }
    }
    for (const [mediaType, media] of Object.entries(resolved.content ?? {})) {
        checkMedia(label, mediaType, media);
    }
}

/// A header's examples against its schema.
function checkHeader(where, header) {
    for (const [name, value] of examplesOf(header)) {
        if (header.schema) {
            validateOne(`${where} ${name}`, value, header.schema);
        }
    }
}

/// What a response writes itself: its bodies and the headers not taken from components/headers.
function checkResponse(where, response) {
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
        checkMedia(where, mediaType, media);
    }
    for (const [name, header] of Object.entries(response.headers ?? {})) {
        if (!header.$ref) {
            checkHeader(`${where} header ${name}`, header);
        }
    }
}

// Shared responses, headers and parameters once, where they are written.
for (const [name, response] of Object.entries(document.components?.responses ?? {})) {
    checkResponse(`components/responses/${name}`, response);
}
for (const [name, header] of Object.entries(document.components?.headers ?? {})) {
    checkHeader(`components/headers/${name}`, header);
}
for (const [name, body] of Object.entries(document.components?.requestBodies ?? {})) {
    for (const [mediaType, media] of Object.entries(body.content ?? {})) {
        checkMedia(`components/requestBodies/${name}`, mediaType, media);
    }
}
for (const [name, parameter] of Object.entries(document.components?.parameters ?? {})) {
    checkParameter(`components/parameters/${name}`, parameter);
}

let operations = 0;
for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const parameter of item.parameters ?? []) {
        if (!parameter.$ref) {
            checkParameter(path, parameter);
        }
    }
    for (const method of methods) {
        const operation = item[method];
        if (!operation) {
            continue;
        }
        operations++;
        const label = `${method.toUpperCase()} ${path}`;
        for (const parameter of operation.parameters ?? []) {
            if (!parameter.$ref) {
                checkParameter(label, parameter);
            }
        }

        const body = resolve(operation.requestBody);
        for (const [mediaType, media] of Object.entries(body?.content ?? {})) {
            if (!body.$ref) {
                checkMedia(`${label} request`, mediaType, media);
            }
            if (isJson(mediaType) && !hasExample(media)) {
                fail(`${label} request ${mediaType}: no example`);
            }
        }

        let jsonSuccess = false;
        let jsonSuccessExample = false;
        for (const [status, written] of Object.entries(operation.responses ?? {})) {
            const response = resolve(written);
            const content = Object.entries(response?.content ?? {});
            if (!written.$ref) {
                checkResponse(`${label} ${status}`, response);
            }
            if (/^2/.test(status)) {
                for (const [mediaType, media] of content) {
                    if (isJson(mediaType)) {
                        jsonSuccess = true;
                        jsonSuccessExample ||= hasExample(media);
                    } else if (isText(mediaType) && !hasExample(media)) {
                        fail(`${label} ${status} ${mediaType}: no example`);
                    }
                }
            }
            if (/^4/.test(status)) {
                for (const [mediaType, media] of content) {
                    if ((isJson(mediaType) || isText(mediaType)) && !hasExample(media)) {
                        const where = written.$ref ? ` (${written.$ref})` : "";
                        fail(`${label} ${status}${where} ${mediaType}: no example`);
                    }
                }
            }
        }
        if (jsonSuccess && !jsonSuccessExample) {
            fail(`${label}: no example for any 2xx JSON response`);
        }
    }
}

console.log(`${checked} examples checked in ${operations} operations; ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
