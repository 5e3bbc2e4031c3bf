// SPDX-License-Identifier: Apache-2.0
// Who a request comes from: the socket peer, or, behind a trusted proxy, the rightmost address
// of X-Forwarded-For that no trusted proxy added.
#include "http/ClientAddress.h"
#include "util/AddressBlock.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <QtTest/QtTest>
#include <sstream>

using aih::http::clientAddressOf;
using aih::util::AddressBlock;
using aih::util::parseAddressBlocks;

namespace {

/// Just enough of a request for clientAddressOf: a peer and headers.
class PeerRequest : public Poco::Net::HTTPServerRequest
{
public:
    explicit PeerRequest(const std::string& peer) : peer_(peer, 40000) {}
    std::istream& stream() override { return body_; }
    const Poco::Net::SocketAddress& clientAddress() const override { return peer_; }
    const Poco::Net::SocketAddress& serverAddress() const override { return peer_; }
    const Poco::Net::HTTPServerParams& serverParams() const override { return *params_; }
    Poco::Net::HTTPServerResponse& response() const override { throw std::logic_error("no response"); }
    bool secure() const override { return false; }

private:
    Poco::Net::SocketAddress peer_;
    std::istringstream body_;
    Poco::Net::HTTPServerParams::Ptr params_ = new Poco::Net::HTTPServerParams;
};

} // namespace

class TestClientAddress : public QObject
{
    Q_OBJECT

private slots:
    void blocksContainTheirAddresses()
    {
        const auto block = AddressBlock::parse("10.1.0.0/16");
        QVERIFY(block.contains(Poco::Net::IPAddress("10.1.200.3")));
        QVERIFY(!block.contains(Poco::Net::IPAddress("10.2.0.1")));
        QVERIFY(!block.contains(Poco::Net::IPAddress("::ffff:10.1.0.1"))); // another family
        QVERIFY(AddressBlock::parse("192.0.2.7").contains(Poco::Net::IPAddress("192.0.2.7")));
        QVERIFY(!AddressBlock::parse("192.0.2.7").contains(Poco::Net::IPAddress("192.0.2.8")));
        QVERIFY(AddressBlock::parse("2001:db8::/32").contains(Poco::Net::IPAddress("2001:db8:1::1")));
        QVERIFY(AddressBlock::parse("0.0.0.0/0").contains(Poco::Net::IPAddress("203.0.113.1")));
    }

    void malformedBlocksAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto* text :
             {"", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "example.com", "10.0.0/8", "::1/129"}) {
            QTest::newRow(text) << text;
        }
    }

    void malformedBlocksAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AddressBlock::parse(text.toStdString()));
    }

    void listsSplitOnCommasAndSpaces()
    {
        QCOMPARE(parseAddressBlocks("10.0.0.0/8, 127.0.0.1 ::1").size(), std::size_t{3});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseAddressBlocks("10.0.0.0/8,bogus"));
    }

    void withoutTrustedProxiesThePeerIsTheClient()
    {
        PeerRequest request("192.0.2.10");
        request.set("X-Forwarded-For", "198.51.100.1");
        QCOMPARE(clientAddressOf(request, {}), std::string("192.0.2.10"));
    }

    void anUntrustedPeersHeaderIsIgnored()
    {
        PeerRequest request("192.0.2.10");
        request.set("X-Forwarded-For", "198.51.100.1");
        QCOMPARE(clientAddressOf(request, parseAddressBlocks("10.0.0.0/8")), std::string("192.0.2.10"));
    }

    void behindATrustedProxyTheRightmostUntrustedEntryIsTheClient()
    {
        PeerRequest request("10.0.0.5");
        // The client wrote the first entry itself; the proxy appended what it saw.
        request.set("X-Forwarded-For", "203.0.113.66, 198.51.100.7");
        QCOMPARE(clientAddressOf(request, parseAddressBlocks("10.0.0.0/8")), std::string("198.51.100.7"));
    }

    void chainsOfTrustedProxiesAreWalked()
    {
        PeerRequest request("10.0.0.5");
        request.add("X-Forwarded-For", "203.0.113.66, 198.51.100.7");
        request.add("X-Forwarded-For", "10.0.0.9");
        QCOMPARE(clientAddressOf(request, parseAddressBlocks("10.0.0.0/8")), std::string("198.51.100.7"));
    }

    void aMalformedEntryStopsAtTheLastVouchedAddress()
    {
        PeerRequest request("10.0.0.5");
        request.set("X-Forwarded-For", "198.51.100.7, not-an-address, 10.0.0.9");
        QCOMPARE(clientAddressOf(request, parseAddressBlocks("10.0.0.0/8")), std::string("10.0.0.9"));
        PeerRequest empty("10.0.0.5");
        QCOMPARE(clientAddressOf(empty, parseAddressBlocks("10.0.0.0/8")), std::string("10.0.0.5"));
    }
};

QTEST_APPLESS_MAIN(TestClientAddress)
#include "TestClientAddress.moc"
