// SPDX-License-Identifier: Apache-2.0
// Upload type detection by content: real images pass with their dimensions, forged, malformed
// and markup files are refused for the right reason.
#include "TestImages.h"
#include "branding/images/ImageInspector.h"

#include <QtTest>

using namespace aih::branding::images;

namespace {

using namespace aih::test;

QByteArray encoded(int width, int height, const char* format)
{
    return encodedImage(width, height, format);
}

ImageRejected::Reason rejection(const QByteArray& bytes)
{
    try {
        inspectImage(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const ImageRejected& rejected) {
        return rejected.reason();
    }
    qFatal("accepted what should be refused");
}

} // namespace

class TestImageInspector : public QObject
{
    Q_OBJECT

private slots:
    void realImagesAreRecognisedWithTheirSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("png") << encoded(3, 2, "PNG") << int(ImageType::Png) << 3 << 2;
        QTest::newRow("jpeg") << encoded(40, 7, "JPEG") << int(ImageType::Jpeg) << 40 << 7;
        QTest::newRow("ico") << encoded(16, 16, "ICO") << int(ImageType::Ico) << 16 << 16;
        QTest::newRow("webp lossless")
            << riffWebp(webpChunk("VP8L", losslessWebpPayload(5, 9))) << int(ImageType::Webp) << 5 << 9;
        QTest::newRow("webp lossy") << lossyWebp(300, 120) << int(ImageType::Webp) << 300 << 120;
        QByteArray extended("\x10\0\0\0", 4);
        extended += QByteArray("\x3f\0\0\x1f\0\0", 6); // canvas 64 x 32
        QTest::newRow("webp extended")
            << riffWebp(webpChunk("VP8X", extended) + webpChunk("VP8L", losslessWebpPayload(64, 32)))
            << int(ImageType::Webp) << 64 << 32;
    }

    void realImagesAreRecognisedWithTheirSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, type);
        QFETCH(int, width);
        QFETCH(int, height);
        const auto info =
            inspectImage(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QCOMPARE(int(info.type), type);
        QCOMPARE(info.width, width);
        QCOMPARE(info.height, height);
    }

    void malformedImagesAreRefusedAsMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const auto png = encoded(8, 8, "PNG");
        QTest::newRow("png truncated") << png.left(png.size() - 20);
        QTest::newRow("png signature only") << png.left(8);
        auto badCrc = png;
        badCrc[20] = static_cast<char>(badCrc[20] ^ 0x01);
        QTest::newRow("png bad crc") << badCrc;
        auto zeroWidth = png;
        zeroWidth[16] = zeroWidth[17] = zeroWidth[18] = zeroWidth[19] = 0;
        fixPngCrc(zeroWidth, 8, 13);
        QTest::newRow("png zero width") << zeroWidth;
        auto badDepth = png;
        badDepth[24] = 7;
        fixPngCrc(badDepth, 8, 13);
        QTest::newRow("png invalid bit depth") << badDepth;
        QTest::newRow("png html polyglot") << png + "<html><script>alert(1)</script></html>";
        const auto jpeg = encoded(8, 8, "JPEG");
        QTest::newRow("jpeg without end") << jpeg.left(jpeg.size() - 2);
        QTest::newRow("jpeg header only") << jpeg.left(20);
        QTest::newRow("jpeg magic only") << QByteArray("\xFF\xD8\xFF\xE0", 4);
        auto webp = riffWebp(webpChunk("VP8L", losslessWebpPayload(5, 9)));
        QTest::newRow("webp size mismatch") << webp + "extra";
        QTest::newRow("webp unknown first chunk") << riffWebp(webpChunk("JUNK", QByteArray(10, 'x')));
        QTest::newRow("webp bad lossy start code")
            << riffWebp(webpChunk("VP8 ", QByteArray("\x30\x01\x00\x00\x00\x00", 6) + QByteArray(12, 'x')));
        auto ico = encoded(16, 16, "ICO");
        auto outside = ico;
        outside[18] = static_cast<char>(0x7F); // offset far past the end
        QTest::newRow("ico image outside file") << outside;
        auto empty = ico;
        empty[4] = 0;
        QTest::newRow("ico without images") << empty;
        QTest::newRow("ico directory only") << ico.left(22);
    }

    void malformedImagesAreRefusedAsMalformed()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(rejection(bytes), ImageRejected::Reason::Malformed);
    }

    void otherFormatsAreUnsupported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html named png") << QByteArray("<html><body onload=alert(1)>hi</body></html>");
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0\0\0\0;", 13);
        QTest::newRow("bmp") << QByteArray("BM") + QByteArray(60, '\0');
        QTest::newRow("text") << QByteArray("just some text, declared as image/png");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n");
    }

    void otherFormatsAreUnsupported()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(rejection(bytes), ImageRejected::Reason::Unsupported);
    }

    void svgIsRefusedInEveryDisguise_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << QByteArray(
            "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
        QTest::newRow("xml prolog") << QByteArray("<?xml version='1.0'?>\n<svg onload='alert(1)'/>");
        QTest::newRow("bom and whitespace") << QByteArray("\xEF\xBB\xBF  \n<SVG></SVG>");
        QTest::newRow("comment first") << QByteArray("<!-- logo --><!DOCTYPE svg><svg/>");
    }

    void svgIsRefusedInEveryDisguise()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(rejection(bytes), ImageRejected::Reason::Svg);
    }
};

QTEST_GUILESS_MAIN(TestImageInspector)
#include "TestImageInspector.moc"
