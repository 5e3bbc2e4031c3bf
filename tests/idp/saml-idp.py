#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A SAML 2.0 identity provider for the single sign-on tests, on loopback.

It reads the service provider's AuthnRequest from the HTTP-Redirect binding, answers with a
Response whose signatures xmlsec1 (the XML Security Library's own tool) makes with a test key, and
posts it back through the HTTP-POST binding: a page whose form a browser submits by itself. Test
hooks make the next answer hostile in one of the ways listed in VARIANTS (tests/idp/README.md).

usage: saml-idp.py PORT DIRECTORY   (keys are made in, and read from, DIRECTORY)
"""
import base64
import html
import json
import os
import subprocess
import sys
import tempfile
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from xml.dom import minidom

SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol"
SAML = "urn:oasis:names:tc:SAML:2.0:assertion"
DS = "http://www.w3.org/2000/09/xmldsig#"
EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
PERSISTENT_FORMAT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"

ACCOUNTS = {
    # alice is named by her address; carol by a persistent id, her address in an attribute.
    "alice": {"name_id": "alice@example.test", "format": EMAIL_FORMAT, "email": "alice@example.test",
              "display": "Alice Example", "groups": ["aihd-admins", "staff"]},
    "bob": {"name_id": "bob@example.test", "format": EMAIL_FORMAT, "email": "bob@example.test",
            "display": "", "groups": []},
    "carol": {"name_id": "c-7f3a9d", "format": PERSISTENT_FORMAT, "email": "carol@example.test",
              "display": "Carol Example", "groups": ["staff"]},
    "mallory": {"name_id": "alice@example.test.evil", "format": EMAIL_FORMAT,
                "email": "alice@example.test.evil", "display": "Mallory", "groups": ["aihd-admins"]},
}

# What each variant does to the answer; every one but "ok", "both-signed", "carol" style logins
# and "comment-injection" (read whole) must be refused by the service provider.
VARIANTS = [
    "ok", "both-signed", "response-signed-only", "unsigned", "wrong-audience", "two-wrong-audiences",
    "no-audience", "expired", "not-yet-valid", "wrong-recipient", "wrong-destination",
    "wrong-in-response-to", "no-in-response-to", "wrong-key", "tampered", "sha1", "unknown-condition",
    "status-denied", "two-signed-assertions", "second-unsigned-assertion", "xsw1", "xsw2", "xsw3",
    "xsw4", "xsw5", "xsw6", "xsw7", "xsw8", "comment-injection", "dtd", "replayed-id", "transient",
    "garbled-time",
]


def instant(delta_seconds=0):
    moment = datetime.now(timezone.utc) + timedelta(seconds=delta_seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def signature_template(reference_id, sha1=False):
    method = "http://www.w3.org/2000/09/xmldsig#rsa-sha1" if sha1 else \
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    digest = "http://www.w3.org/2000/09/xmldsig#sha1" if sha1 else "http://www.w3.org/2001/04/xmlenc#sha256"
    return (f'<ds:Signature xmlns:ds="{DS}"><ds:SignedInfo>'
            '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            f'<ds:SignatureMethod Algorithm="{method}"/><ds:Reference URI="#{reference_id}"><ds:Transforms>'
            '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
            '<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>'
            f'<ds:DigestMethod Algorithm="{digest}"/><ds:DigestValue/></ds:Reference></ds:SignedInfo>'
            '<ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature>')


class Idp:
    def __init__(self, port, directory):
        self.base = f"http://127.0.0.1:{port}"
        self.entity_id = self.base + "/metadata"
        self.directory = directory
        for name in ("idp", "evil"):
            key = os.path.join(directory, name + ".key")
            if not os.path.exists(key):
                subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                                "-out", os.path.join(directory, name + ".crt"), "-days", "30",
                                "-subj", f"/CN=aih-test-{name}"], check=True, capture_output=True)
        self.next = {}
        self.answers = 0

    def certificate(self, name="idp"):
        with open(os.path.join(self.directory, name + ".crt")) as f:
            return "".join(line.strip() for line in f if "-----" not in line)

    def metadata(self):
        return (f'<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="{DS}" '
                f'entityID="{self.entity_id}"><md:IDPSSODescriptor WantAuthnRequestsSigned="false" '
                'protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing">'
                f'<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{self.certificate()}</ds:X509Certificate>'
                '</ds:X509Data></ds:KeyInfo></md:KeyDescriptor>'
                f'<md:NameIDFormat>{EMAIL_FORMAT}</md:NameIDFormat>'
                '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" '
                f'Location="{self.base}/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>')

    def sign(self, xml, xpath, key="idp"):
        """Signs the Signature template at `xpath` with xmlsec1."""
        with tempfile.TemporaryDirectory() as work:
            source, signed = os.path.join(work, "in.xml"), os.path.join(work, "out.xml")
            with open(source, "w") as f:
                f.write(xml)
            pem = os.path.join(self.directory, key)
            subprocess.run(["xmlsec1", "--sign", "--privkey-pem", f"{pem}.key,{pem}.crt",
                            "--id-attr:ID", f"{SAML}:Assertion", "--id-attr:ID", f"{SAMLP}:Response",
                            "--node-xpath", xpath, "--output", signed, source], check=True, capture_output=True)
            with open(signed) as f:
                return f.read()

    def response(self, request, login, variant):
        account = dict(ACCOUNTS[login])
        if variant == "transient":
            account["format"] = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
        request_id = "_wrong-request" if variant == "wrong-in-response-to" else request["id"]
        acs = request["acs"]
        audience = request["issuer"]
        assertion_id = "_replayed-assertion" if variant == "replayed-id" else "_a" + uuid.uuid4().hex
        response_id = "_r" + uuid.uuid4().hex
        not_on_or_after = "soon" if variant == "garbled-time" else instant(-3600 if variant == "expired" else 300)
        not_before = instant(3600 if variant == "not-yet-valid" else -60)
        audiences = {"wrong-audience": "<saml:AudienceRestriction><saml:Audience>https://other.example.test/sp"
                                       "</saml:Audience></saml:AudienceRestriction>",
                     "two-wrong-audiences": "<saml:AudienceRestriction><saml:Audience>https://a.example.test/"
                                            "</saml:Audience><saml:Audience>https://b.example.test/</saml:Audience>"
                                            "</saml:AudienceRestriction>",
                     "no-audience": ""}.get(variant, "<saml:AudienceRestriction><saml:Audience>"
                                                     f"{html.escape(audience)}</saml:Audience></saml:AudienceRestriction>")
        if variant == "unknown-condition":
            audiences += '<saml:Condition xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' \
                         'xsi:type="saml:ProxyRestrictionType"/>'
        recipient = "https://other.example.test/acs" if variant == "wrong-recipient" else acs
        destination = "https://other.example.test/acs" if variant == "wrong-destination" else acs
        in_response_to = "" if variant == "no-in-response-to" else f' InResponseTo="{request_id}"'
        status = "urn:oasis:names:tc:SAML:2.0:status:Responder" if variant == "status-denied" else \
            "urn:oasis:names:tc:SAML:2.0:status:Success"
        sign_assertion = variant not in ("unsigned", "response-signed-only")
        sign_response = variant in ("both-signed", "response-signed-only", "xsw1", "xsw2")
        sha1 = variant == "sha1"
        attributes = (f'<saml:Attribute Name="email"><saml:AttributeValue>{account["email"]}</saml:AttributeValue>'
                      '</saml:Attribute>')
        if account["display"]:
            attributes += (f'<saml:Attribute Name="displayName"><saml:AttributeValue>{account["display"]}'
                           '</saml:AttributeValue></saml:Attribute>')
        if account["groups"]:
            attributes += '<saml:Attribute Name="groups">' + "".join(
                f"<saml:AttributeValue>{group}</saml:AttributeValue>" for group in account["groups"]) + \
                "</saml:Attribute>"

        def assertion(an_id, with_template):
            return (f'<saml:Assertion xmlns:saml="{SAML}" ID="{an_id}" Version="2.0" IssueInstant="{instant()}">'
                    f'<saml:Issuer>{self.entity_id}</saml:Issuer>'
                    + (signature_template(an_id, sha1) if with_template else "") +
                    f'<saml:Subject><saml:NameID Format="{account["format"]}">{account["name_id"]}</saml:NameID>'
                    '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
                    f'<saml:SubjectConfirmationData{in_response_to} Recipient="{recipient}" '
                    f'NotOnOrAfter="{not_on_or_after}"/></saml:SubjectConfirmation></saml:Subject>'
                    f'<saml:Conditions NotBefore="{not_before}" NotOnOrAfter="{not_on_or_after}">{audiences}'
                    f'</saml:Conditions><saml:AuthnStatement AuthnInstant="{instant()}" SessionIndex="_s{an_id}">'
                    '<saml:AuthnContext><saml:AuthnContextClassRef>'
                    'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport'
                    '</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>'
                    f'<saml:AttributeStatement>{attributes}</saml:AttributeStatement></saml:Assertion>')

        second_id = "_a" + uuid.uuid4().hex
        body = assertion(assertion_id, sign_assertion)
        if variant == "two-signed-assertions":
            body += assertion(second_id, True)
        xml = (f'<samlp:Response xmlns:samlp="{SAMLP}" xmlns:saml="{SAML}" ID="{response_id}" Version="2.0" '
               f'IssueInstant="{instant()}" Destination="{destination}"{in_response_to}>'
               f'<saml:Issuer>{self.entity_id}</saml:Issuer>'
               + (signature_template(response_id) if sign_response else "") +
               f'<samlp:Status><samlp:StatusCode Value="{status}"/></samlp:Status>{body}</samlp:Response>')
        key = "evil" if variant == "wrong-key" else "idp"
        if sign_assertion:
            xml = self.sign(xml, f"//*[local-name()='Assertion'][@ID='{assertion_id}']/*[local-name()='Signature']",
                            key)
        if variant == "two-signed-assertions":
            xml = self.sign(xml, f"//*[local-name()='Assertion'][@ID='{second_id}']/*[local-name()='Signature']",
                            key)
        if sign_response:
            xml = self.sign(xml, "/*/*[local-name()='Signature']", key)
        return mutate(xml, variant)


def kids(node, ns, name):
    return [c for c in node.childNodes if c.nodeType == 1 and c.namespaceURI == ns and c.localName == name]


def unsigned_copy(assertion, evil_id=None):
    copy = assertion.cloneNode(True)
    for signature in kids(copy, DS, "Signature"):
        copy.removeChild(signature)
    if evil_id:
        copy.setAttribute("ID", evil_id)
    return copy


def make_evil(assertion):
    for name_id in assertion.getElementsByTagNameNS(SAML, "NameID"):
        name_id.firstChild.data = "admin@example.test"


def mutate(xml, variant):
    """The attacks done to a signed document (XSW numbering after Somorovsky et al., USENIX
    Security 2012)."""
    if variant in ("ok", "both-signed", "response-signed-only", "unsigned", "wrong-audience",
                   "two-wrong-audiences", "no-audience", "expired", "not-yet-valid", "wrong-recipient",
                   "wrong-destination", "wrong-in-response-to", "no-in-response-to", "wrong-key", "sha1",
                   "unknown-condition", "status-denied", "two-signed-assertions", "replayed-id", "transient",
                   "garbled-time"):
        return xml
    if variant == "dtd":
        return '<!DOCTYPE samlp:Response [<!ENTITY e "x">]>' + xml
    document = minidom.parseString(xml)
    response = document.documentElement
    signed = kids(response, SAML, "Assertion")[0]
    if variant == "tampered":
        make_evil(signed)
    elif variant == "second-unsigned-assertion":
        evil = unsigned_copy(signed, "_evil-second")
        make_evil(evil)
        response.appendChild(evil)
    elif variant == "comment-injection":
        # Signed for alice@example.test.evil; a comment after "alice@example.test" leaves the
        # signature valid (canonicalisation drops comments). The whole value must be read.
        name_id = signed.getElementsByTagNameNS(SAML, "NameID")[0]
        name_id.firstChild.data = "alice@example.test"
        name_id.appendChild(document.createComment("x"))
        name_id.appendChild(document.createTextNode(".evil"))
    elif variant == "xsw1" or variant == "xsw2":
        original = response.cloneNode(True)
        for signature in kids(original, DS, "Signature"):
            original.removeChild(signature)
        make_evil(signed)
        response.setAttribute("ID", "_evil-response")
        signature = kids(response, DS, "Signature")[0]
        if variant == "xsw1":
            signature.appendChild(original)
        else:
            response.insertBefore(original, signature)
    elif variant == "xsw3":
        evil = unsigned_copy(signed, "_evil3")
        make_evil(evil)
        response.insertBefore(evil, signed)
    elif variant == "xsw4":
        evil = unsigned_copy(signed, "_evil4")
        make_evil(evil)
        response.replaceChild(evil, signed)
        evil.appendChild(signed)
    elif variant in ("xsw5", "xsw6", "xsw8"):
        original = unsigned_copy(signed)
        make_evil(signed)
        signature = kids(signed, DS, "Signature")[0]
        if variant == "xsw5":
            response.appendChild(original)
        elif variant == "xsw6":
            signature.appendChild(original)
        else:
            holder = document.createElementNS(DS, "ds:Object")
            holder.appendChild(original)
            signature.appendChild(holder)
    elif variant == "xsw7":
        evil = unsigned_copy(signed, "_evil7")
        make_evil(evil)
        advice = document.createElementNS(SAML, "saml:Advice")
        response.replaceChild(evil, signed)
        advice.appendChild(signed)
        evil.insertBefore(advice, kids(evil, SAML, "Conditions")[0].nextSibling)
    return response.toxml()


def read_request(query):
    """The AuthnRequest of the HTTP-Redirect binding: base64 of raw DEFLATE."""
    text = zlib.decompress(base64.b64decode(query["SAMLRequest"][0]), -15)
    request = minidom.parseString(text).documentElement
    issuer = kids(request, SAML, "Issuer")
    return {"id": request.getAttribute("ID"), "acs": request.getAttribute("AssertionConsumerServiceURL"),
            "issuer": issuer[0].firstChild.data if issuer else "", "xml": text.decode()}


class Handler(BaseHTTPRequestHandler):
    idp = None

    def log_message(self, fmt, *args):
        sys.stdout.write("%s %s\n" % (self.address_string(), fmt % args))
        sys.stdout.flush()

    def answer(self, status, body, content_type="text/plain; charset=utf-8"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlparse(self.path)
        query = parse_qs(url.query)
        if url.path == "/metadata":
            return self.answer(200, self.idp.metadata(), "application/samlmetadata+xml")
        if url.path == "/__test/stats":
            return self.answer(200, json.dumps({"answers": self.idp.answers, "last_request": self.idp.last}),
                               "application/json")
        if url.path != "/sso" or "SAMLRequest" not in query:
            return self.answer(404, "not found")
        try:
            request = read_request(query)
        except Exception as error:  # a broken request is the test's to see
            return self.answer(400, f"unreadable AuthnRequest: {error}")
        pending, self.idp.next = self.idp.next, {}
        login, variant = pending.get("login", "alice"), pending.get("variant", "ok")
        saml_response = base64.b64encode(self.idp.response(request, login, variant).encode()).decode()
        self.idp.answers += 1
        self.idp.last = request
        relay = html.escape(query.get("RelayState", [""])[0], quote=True)
        page = ('<!doctype html><html><body onload="document.forms[0].submit()">'
                f'<form method="post" action="{html.escape(request["acs"], quote=True)}">'
                f'<input type="hidden" name="SAMLResponse" value="{saml_response}">'
                f'<input type="hidden" name="RelayState" value="{relay}">'
                '<noscript><button>Continue</button></noscript></form></body></html>')
        return self.answer(200, page, "text/html; charset=utf-8")

    def do_POST(self):
        if self.path != "/__test/next":
            return self.answer(404, "not found")
        pending = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        if pending.get("variant", "ok") not in VARIANTS or pending.get("login", "alice") not in ACCOUNTS:
            return self.answer(400, "unknown variant or login")
        self.idp.next = pending
        return self.answer(204, "")


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    Handler.idp = Idp(server.server_address[1], directory)
    Handler.idp.last = None
    print(f"READY {Handler.idp.base}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
