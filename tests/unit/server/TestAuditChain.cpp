// SPDX-License-Identifier: Apache-2.0
// The audit trail's pure parts: the documented hash encoding, sealing, checkpoint signatures and
// spreadsheet-safe CSV cells.
#include "audit/AuditChain.h"
#include "audit/AuditKeys.h"
#include "audit/Checkpoint.h"
#include "audit/ExportFormat.h"
#include "crypto/Hex.h"
#include "crypto/SecretBox.h"
#include "crypto/Secrets.h"

#include <QtTest/QtTest>

using namespace aih::audit;

namespace {

ChainEntry sampleEntry()
{
    ChainEntry e;
    e.tenantId = "6f1c1b1e-8a4d-4f57-9c55-0f3b2f3a1d20";
    e.seq = 7;
    e.id = "0b8e5b36-64a1-4a33-b9f4-2e3f1f2a9c11";
    e.occurredAtMicros = 1'790'000'000'123'456;
    e.action = "user.create";
    e.actorType = "user";
    e.actorId = "c5d3a0f2-2b7e-4d41-8f8c-1e5b7c9d0a33";
    e.actorRole = "admin";
    e.method = "POST";
    e.path = "/api/enterprise/admin/users";
    e.success = true;
    e.metadata = R"({"role":"user"})";
    e.prevHash = std::string(32, '\x11');
    return e;
}

std::string field(const std::optional<std::string>& value)
{
    if (!value) {
        return std::string(1, '\0');
    }
    const auto n = value->size();
    std::string out{'\x01', static_cast<char>(n >> 24), static_cast<char>((n >> 16) & 0xff),
                    static_cast<char>((n >> 8) & 0xff), static_cast<char>(n & 0xff)};
    return out + *value;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void hashFollowsTheDocumentedEncoding()
    {
        const auto e = sampleEntry();
        std::string canonical = "aih-audit-v1" + e.prevHash;
        for (const std::optional<std::string>& value : {std::optional<std::string>(e.tenantId),
                                                        std::optional<std::string>("7"),
                                                        std::optional<std::string>(e.id),
                                                        std::optional<std::string>("1790000000123456"),
                                                        std::optional<std::string>(e.action),
                                                        std::optional<std::string>(e.actorType),
                                                        e.actorId,
                                                        e.actorRole,
                                                        e.apiKeyId,
                                                        e.subjectId,
                                                        e.resourceType,
                                                        e.resourceId,
                                                        e.ipAddress,
                                                        e.userAgent,
                                                        e.method,
                                                        e.path,
                                                        e.requestId,
                                                        std::optional<std::string>("true"),
                                                        e.errorDetail,
                                                        e.metadata,
                                                        e.actorSealed,
                                                        e.subjectSealed}) {
            canonical += field(value);
        }
        QCOMPARE(QString::fromStdString(aih::crypto::toHex(entryHash(e))),
                 QString::fromStdString(aih::crypto::sha256Hex(canonical)));
    }

    void everyCoveredFieldChangesTheHash()
    {
        const auto base = entryHash(sampleEntry());
        std::vector<std::function<void(ChainEntry&)>> edits{
            [](ChainEntry& e) { e.seq = 8; },
            [](ChainEntry& e) { e.occurredAtMicros += 1; },
            [](ChainEntry& e) { e.action = "user.update"; },
            [](ChainEntry& e) { e.actorRole = "user"; },
            [](ChainEntry& e) { e.success = false; },
            [](ChainEntry& e) { e.metadata = R"({"role":"admin"})"; },
            [](ChainEntry& e) { e.subjectSealed = std::string("x"); },
            [](ChainEntry& e) { e.prevHash[0] = '\x12'; },
            [](ChainEntry& e) { e.tenantId[0] = '7'; },
        };
        for (const auto& edit : edits) {
            auto changed = sampleEntry();
            edit(changed);
            QVERIFY(entryHash(changed) != base);
        }
    }

    void nullAndEmptyAndShiftedFieldsHashDifferently()
    {
        auto empty = sampleEntry();
        empty.resourceType = std::string();
        QVERIFY(entryHash(empty) != entryHash(sampleEntry()));
        // Moving bytes from one field into the next must not collide: lengths are encoded.
        auto a = sampleEntry();
        a.method = "POST/";
        a.path = "api";
        auto b = sampleEntry();
        b.method = "POST";
        b.path = "/api";
        QVERIFY(entryHash(a) != entryHash(b));
    }

    void hexRoundTripsAndRejectsGarbage()
    {
        const std::string bytes("\x00\x01\xfe\xff", 4);
        QCOMPARE(QString::fromStdString(aih::crypto::toHex(bytes)), QString("0001feff"));
        QVERIFY(aih::crypto::fromHex("0001feff") == bytes);
        QVERIFY(aih::crypto::fromHex("abc").empty());
        QVERIFY(aih::crypto::fromHex("zz").empty());
        QCOMPARE(QString::fromStdString(toBase64("hi!")), QString("aGkh"));
    }

    void sealedFieldsOpenOnlyWithTheirKeyAndContext()
    {
        const std::string key(32, 'k');
        const auto sealed = aih::crypto::seal(R"({"email":"a@b.example"})", key, "entry-1|subject");
        QVERIFY(sealed.find("a@b.example") == std::string::npos);
        QCOMPARE(aih::crypto::open(sealed, key, "entry-1|subject").value_or(""),
                 std::string(R"({"email":"a@b.example"})"));
        QVERIFY(!aih::crypto::open(sealed, key, "entry-2|subject"));
        QVERIFY(!aih::crypto::open(sealed, std::string(32, 'j'), "entry-1|subject"));
        auto tampered = sealed;
        tampered.back() ^= 1;
        QVERIFY(!aih::crypto::open(tampered, key, "entry-1|subject"));
    }

    void subjectKeysAreRandomAndBoundToTheirSubject()
    {
        const AuditKeys keys("a-server-secret-of-enough-length-0123456789");
        const auto wrapped = keys.newWrappedSubjectKey("tenant-a", "user-1");
        QVERIFY(wrapped != keys.newWrappedSubjectKey("tenant-a", "user-1"));
        QCOMPARE(keys.unwrapSubjectKey(wrapped, "tenant-a", "user-1").value_or("").size(), std::size_t(32));
        QVERIFY(!keys.unwrapSubjectKey(wrapped, "tenant-a", "user-2"));
        QVERIFY(!keys.unwrapSubjectKey(wrapped, "tenant-b", "user-1"));
        const AuditKeys other("another-server-secret-of-enough-length-987654");
        QVERIFY(!other.unwrapSubjectKey(wrapped, "tenant-a", "user-1"));
    }

    void signingKeyIsStablePerSecretAndDistinctAcrossSecrets()
    {
        const AuditKeys a("a-server-secret-of-enough-length-0123456789");
        const AuditKeys again("a-server-secret-of-enough-length-0123456789");
        const AuditKeys b("another-server-secret-of-enough-length-987654");
        QVERIFY(a.publicKey() == again.publicKey());
        QVERIFY(a.publicKey() != b.publicKey());
        QCOMPARE(a.keyId().size(), std::size_t(16));
    }

    void checkpointSignatureCoversEveryField()
    {
        const AuditKeys keys("a-server-secret-of-enough-length-0123456789");
        Checkpoint checkpoint{"6f1c1b1e-8a4d-4f57-9c55-0f3b2f3a1d20", 42,           std::string(32, '\x22'),
                              "2026-11-24T10:00:00.000000Z",          keys.keyId(), ""};
        checkpoint.signature = keys.sign(checkpointMessage(checkpoint));
        QVERIFY(hasValidSignature(checkpoint, keys));
        QVERIFY(AuditKeys::verifySignature(checkpoint.signature, checkpointMessage(checkpoint),
                                           keys.publicKey()));
        for (const auto& edit : std::vector<std::function<void(Checkpoint&)>>{
                 [](Checkpoint& c) { c.seq = 43; },
                 [](Checkpoint& c) { c.headHash[5] = '\x23'; },
                 [](Checkpoint& c) { c.tenantId[0] = '7'; },
                 [](Checkpoint& c) { c.signedAt = "2026-11-24T10:00:01.000000Z"; },
             }) {
            auto forged = checkpoint;
            edit(forged);
            QVERIFY(!hasValidSignature(forged, keys));
        }
        const AuditKeys other("another-server-secret-of-enough-length-987654");
        QVERIFY(!hasValidSignature(checkpoint, other));
    }

    void csvCellsAreQuotedAndFormulasNeutralised_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "user.create"
                               << "user.create";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2";
        QTest::newRow("plus") << "+cmd"
                              << "'+cmd";
        QTest::newRow("minus") << "-2"
                               << "'-2";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"http://x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("equals later is fine") << "a=b"
                                              << "a=b";
    }

    void csvCellsAreQuotedAndFormulasNeutralised()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromStdString(csvCell(value.toStdString())), cell);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
