// SPDX-License-Identifier: Apache-2.0
// Validates recorded responses against the response schemas of an OpenAPI 3.1 document.
// Usage: node validate-responses.mjs <openapi.json> <samples.json>
// samples.json: [{"method": "get", "path": "/api/gurus", "status": 200,
//                 "content_type": "application/json", "body": {...}}, ...]
// Prints one line per sample; exits 1 if any sample is undocumented or does not match.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.env.AIH_OPENAPI_TOOLS + "/node_modules/");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");

const [documentFile, samplesFile] = process.argv.slice(2);
// Schema references point into the document; ajv gets the schemas as the $defs of one schema.
const text = readFileSync(documentFile, "utf8").replaceAll('"#/components/schemas/', '"aih-schemas#/$defs/');
const document = JSON.parse(text);
const samples = JSON.parse(readFileSync(samplesFile, "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema({ $id: "aih-schemas", $defs: document.components.schemas });

function resolve(object) {
    if (object && object.$ref && object.$ref.startsWith("#/components/responses/")) {
        return document.components.responses[object.$ref.split("/").pop()];
    }
    return object;
}

let failures = 0;
for (const sample of samples) {
    const label = `${sample.method.toUpperCase()} ${sample.path} ${sample.status}`;
    const operation = document.paths[sample.path]?.[sample.method];
    const response = resolve(operation?.responses?.[String(sample.status)]);
    const mediaType = sample.content_type.split(";")[0].trim();
    // A sequential media type (JSON lines) is recorded line by line: each line is checked against
    // the schema of one item (OpenAPI 3.2's itemSchema, spelled as an extension in 3.1).
    const media = response?.content?.[mediaType];
    const schema = media?.["x-itemSchema"] ?? media?.schema;
    if (!schema) {
        console.log(`FAIL ${label}: no ${mediaType} response documented`);
        failures++;
        continue;
    }
    const validate = ajv.compile(schema);
    if (validate(sample.body)) {
        console.log(`ok   ${label}`);
    } else {
        console.log(`FAIL ${label}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
        failures++;
    }
}
process.exit(failures === 0 ? 0 : 1);
