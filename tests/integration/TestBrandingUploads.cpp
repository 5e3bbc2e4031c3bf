// SPDX-License-Identifier: Apache-2.0
// Logo and favicon uploads: sniffed by content, limited in bytes and pixels, stored by hash and
// served with the headers that keep a browser from treating them as anything but images.
#include "ApiHelpers.h"
#include "LiveServer.h"
#include "Multipart.h"
#include "TestImages.h"

#include <QCryptographicHash>
#include <QtTest>
#include <pqxx/pqxx>

using namespace aih::test;

namespace {

const std::string uploadPath = "/api/customization/branding/upload";

} // namespace

class TestBrandingUploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        live = std::make_unique<LiveServer>();
        pro = createTenant(client(), "upload-pro", "pro");
        other = createTenant(client(), "upload-other", "pro");
        freeTier = createTenant(client(), "upload-free", "free");
    }

    void logoIsStoredByHashAndServedAsAnImmutableImage()
    {
        const auto png = encodedImage(120, 40, "PNG");
        const auto response = upload(pro, "logo", "logo.png", "image/png", png);
        QCOMPARE(response.status, 201);
        const auto hash = QString(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        QCOMPARE(response.json()["sha256"].toString(), hash);
        QCOMPARE(response.json()["media_type"].toString(), QString("image/png"));
        QCOMPARE(response.json()["width"].toInt(), 120);
        const auto url = response.json()["url"].toString().toStdString();
        QCOMPARE(client()
                     .get("/api/customization/customization", bearer(pro.accessToken))
                     .json()["logo_url"]
                     .toString(),
                 QString::fromStdString(url));

        const auto served = client().get(url, tenantHost(pro.slug));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, png);
        QCOMPARE(served.header("Content-Type"), QString("image/png"));
        QCOMPARE(served.header("X-Content-Type-Options"), QString("nosniff"));
        QCOMPARE(served.header("Cache-Control"), QString("public, max-age=31536000, immutable"));
        QCOMPARE(served.header("ETag"), "\"" + hash + "\"");
        QVERIFY(served.header("Content-Security-Policy").contains("sandbox"));
        const auto again = client().get(
            url, {{"Host", "upload-pro.aih.test"}, {"If-None-Match", "\"" + hash.toStdString() + "\""}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        // The console fetches it with its credential instead of the tenant's host.
        QCOMPARE(client().get(url, bearer(pro.accessToken)).status, 200);
        QVERIFY(client().get("/portal", tenantHost(pro.slug)).body.contains(QByteArray::fromStdString(url)));

        const auto audited = auditEntries(client(), pro.accessToken, "action=branding.asset_upload");
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited[0].toObject()["resource"].toObject()["id"].toString(), hash);
        QCOMPARE(audited[0].toObject()["metadata"].toObject()["kind"].toString(), QString("logo"));
        QCOMPARE(audited[0].toObject()["metadata"].toObject()["bytes"].toInt(), int(png.size()));
    }

    void everyAcceptedFormatIsRecognisedByContent_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("jpeg logo") << "logo" << encodedImage(64, 64, "JPEG") << "image/jpeg";
        QTest::newRow("webp logo") << "logo" << losslessWebp(30, 20) << "image/webp";
        QTest::newRow("lossy webp logo") << "logo" << lossyWebp(200, 50) << "image/webp";
        QTest::newRow("ico favicon") << "favicon" << encodedImage(32, 32, "ICO")
                                     << "image/vnd.microsoft.icon";
        QTest::newRow("png favicon") << "favicon" << encodedImage(48, 48, "PNG") << "image/png";
    }

    void everyAcceptedFormatIsRecognisedByContent()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        // The declared type and name are lies on purpose: only the content counts.
        const auto response = upload(pro, kind.toUtf8(), "picture.gif", "text/plain", bytes);
        QCOMPARE(response.status, 201);
        QCOMPARE(response.json()["media_type"].toString(), mediaType);
        const auto served =
            client().get(response.json()["url"].toString().toStdString(), tenantHost(pro.slug));
        QCOMPARE(served.header("Content-Type"), mediaType);
    }

    void forgedAndUnacceptedTypesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("html as png") << "logo"
                                     << QByteArray("<html><script>alert(document.cookie)</script></html>");
        QTest::newRow("svg") << "logo"
                             << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        QTest::newRow("svg favicon") << "favicon" << QByteArray("<?xml version=\"1.0\"?><svg/>");
        QTest::newRow("gif") << "logo" << QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 13);
        QTest::newRow("ico as logo") << "logo" << encodedImage(16, 16, "ICO");
        QTest::newRow("jpeg as favicon") << "favicon" << encodedImage(16, 16, "JPEG");
    }

    void forgedAndUnacceptedTypesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        const auto response = upload(pro, kind.toUtf8(), "logo.png", "image/png", bytes);
        QCOMPARE(response.status, 415);
        QCOMPARE(response.code(), QString("unsupported_media_type"));
    }

    void svgIsRefusedWithAReason()
    {
        const auto response = upload(pro, "logo", "logo.svg", "image/svg+xml", "<svg/>");
        QVERIFY(response.json()["detail"].toString().contains("SVG"));
    }

    void malformedImagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const auto png = encodedImage(20, 20, "PNG");
        QTest::newRow("truncated png") << png.left(png.size() / 2);
        QTest::newRow("png with html after its end") << png + "<script>alert(1)</script>";
        QTest::newRow("jpeg without end") << encodedImage(20, 20, "JPEG").chopped(2);
        QTest::newRow("webp with wrong size") << losslessWebp(5, 5) + "xx";
    }

    void malformedImagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto response = upload(pro, "logo", "logo.png", "image/png", bytes);
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json()["errors"].toArray().at(0).toObject()["field"].toString(), QString("file"));
    }

    void sizeAndPixelLimitsHold()
    {
        // 400 x 400 random pixels: about 640 KB, under the body limit, over the logo limit.
        QCOMPARE(upload(pro, "logo", "big.png", "image/png", noisePng(400, 400)).status, 413);
        // Past the request body limit the pipeline refuses before anything is parsed.
        QCOMPARE(upload(pro, "logo", "huge.png", "image/png", noisePng(600, 600)).status, 413);
        QCOMPARE(upload(pro, "logo", "wide.png", "image/png", encodedImage(3000, 2, "PNG")).status, 422);
        QCOMPARE(upload(pro, "favicon", "fav.png", "image/png", encodedImage(300, 300, "PNG")).status, 422);
        // A tiny file that claims 30000 x 30000 pixels: a decompression bomb for the browser.
        const auto bomb = pngClaimingSize(encodedImage(1, 1, "PNG"), 30000, 30000);
        QVERIFY(bomb.size() < 200);
        const auto refused = upload(pro, "logo", "bomb.png", "image/png", bomb);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.json()["errors"].toArray().at(0).toObject()["message"].toString().contains(
            "30000x30000"));
    }

    void malformedFormsAreRefused()
    {
        const auto png = encodedImage(4, 4, "PNG");
        QCOMPARE(
            send(pro, Multipart().file("file", "a.png", "image/png", png).body(), "application/json").status,
            415);
        QCOMPARE(send(pro, Multipart().field("kind", "logo").body(), "multipart/form-data").status, 415);
        QCOMPARE(send(pro, "--x\r\ngarbage without headers", "multipart/form-data; boundary=x").status, 400);
        const auto noKind = Multipart().file("file", "a.png", "image/png", png);
        QCOMPARE(send(pro, noKind.body(), noKind.contentType()).status, 422);
        const auto badKind = Multipart().field("kind", "banner").file("file", "a.png", "image/png", png);
        QCOMPARE(send(pro, badKind.body(), badKind.contentType()).status, 422);
        const auto noFile = Multipart().field("kind", "logo").field("file", png.toBase64());
        QCOMPARE(send(pro, noFile.body(), noFile.contentType()).status, 422);
        const auto twoFiles = Multipart()
                                  .field("kind", "logo")
                                  .file("file", "a.png", "image/png", png)
                                  .file("file", "b.png", "image/png", png);
        QCOMPARE(send(pro, twoFiles.body(), twoFiles.contentType()).status, 400);
        auto manyFields = Multipart();
        for (int i = 0; i < 20; ++i) {
            manyFields.field("f" + QByteArray::number(i), "x");
        }
        QCOMPARE(send(pro, manyFields.body(), manyFields.contentType()).status, 400);
    }

    void uploadsNeedAnAdminOnTheProPlan()
    {
        const auto png = encodedImage(4, 4, "PNG");
        QCOMPARE(upload(freeTier, "logo", "a.png", "image/png", png).status, 402);
        const auto member = createUserAndLogin(client(), pro, "member@upload-pro.example", "user");
        TenantFixture asMember = pro;
        asMember.accessToken = member.accessToken;
        QCOMPARE(upload(asMember, "logo", "a.png", "image/png", png).status, 403);
    }

    void assetsAreVisibleOnlyToTheirTenant()
    {
        const auto url = upload(pro, "logo", "p.png", "image/png", encodedImage(9, 9, "PNG"))
                             .json()["url"]
                             .toString()
                             .toStdString();
        QCOMPARE(client().get(url, tenantHost(pro.slug)).status, 200);
        QCOMPARE(client().get(url, tenantHost(other.slug)).status, 404);
        QCOMPARE(client().get(url, bearer(other.accessToken)).status, 404);
        QCOMPARE(client().get(url).status, 404);
        QCOMPARE(client().get("/portal/assets/../../etc/passwd", tenantHost(pro.slug)).status, 404);
        QCOMPARE(client().get("/portal/assets/" + std::string(64, 'A'), tenantHost(pro.slug)).status, 404);
    }

    void replacedLogosAreDeletedUnlessTheStylesheetUsesThem()
    {
        const auto first = upload(other, "logo", "1.png", "image/png", encodedImage(10, 10, "PNG", Qt::red));
        const auto second =
            upload(other, "logo", "2.png", "image/png", encodedImage(10, 10, "PNG", Qt::green));
        QCOMPARE(client().get(first.json()["url"].toString().toStdString(), tenantHost(other.slug)).status,
                 404);
        QCOMPARE(client().get(second.json()["url"].toString().toStdString(), tenantHost(other.slug)).status,
                 200);
    }

    void brandingTablesAreConfinedByRowLevelSecurity()
    {
        pqxx::connection connection(live->database.url());
        for (const std::string table : {"branding", "branding_assets"}) {
            pqxx::work tx(connection);
            QVERIFY(tx.exec("SELECT count(DISTINCT tenant_id) FROM " + table)[0][0].as<int>() >= 2);
            tx.exec("SET LOCAL ROLE aih_app");
            QCOMPARE(tx.exec("SELECT count(*) FROM " + table)[0][0].as<int>(), 0);
            tx.exec_params("SELECT set_config('aih.tenant_id', $1, true)", pro.id.toStdString());
            const auto seen = tx.exec("SELECT DISTINCT tenant_id::text FROM " + table);
            QCOMPARE(seen.size(), pqxx::result::size_type(1));
            QCOMPARE(QString::fromStdString(seen[0][0].as<std::string>()), pro.id);
        }
    }

private:
    HttpResponse send(const TenantFixture& tenant, const QByteArray& body, const std::string& contentType)
    {
        return client().request("POST", uploadPath, body, bearer(tenant.accessToken), contentType);
    }

    HttpResponse upload(const TenantFixture& tenant, const QByteArray& kind, const QByteArray& name,
                        const QByteArray& declaredType, const QByteArray& bytes)
    {
        const auto form = Multipart().field("kind", kind).file("file", name, declaredType, bytes);
        return send(tenant, form.body(), form.contentType());
    }

    HttpClient& client() { return *live->client; }
    std::unique_ptr<LiveServer> live;
    TenantFixture pro;
    TenantFixture other;
    TenantFixture freeTier;
};

QTEST_GUILESS_MAIN(TestBrandingUploads)
#include "TestBrandingUploads.moc"
