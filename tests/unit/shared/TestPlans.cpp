// SPDX-License-Identifier: Apache-2.0
#include "aih/Plans.h"

#include <QtTest/QtTest>
#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

Q_DECLARE_METATYPE(aih::Tier)

namespace {

QStringList toStringList(const std::vector<std::string_view>& features)
{
    QStringList list;
    for (const auto feature : features) {
        list.append(QString::fromUtf8(feature.data(), static_cast<qsizetype>(feature.size())));
    }
    list.sort();
    return list;
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

private slots:
    void planTableMatchesTheSeed_data();
    void planTableMatchesTheSeed();
    void allPlansListsEveryTierOnceInPriceOrder();
    void featuresIncludeEveryCheaperTier_data();
    void featuresIncludeEveryCheaperTier();
    void tierHasFeatureFollowsInheritance();
    void tierNameRoundTripsThroughTierFromName();
    void unknownTierNamesAreRefused_data();
    void unknownTierNamesAreRefused();
    void cheapestTierWithFindsTheIntroducingTier_data();
    void cheapestTierWithFindsTheIntroducingTier();
    void unknownFeatureHasNoTier();
};

void TestPlans::planTableMatchesTheSeed_data()
{
    QTest::addColumn<aih::Tier>("tier");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("userLimit");
    QTest::addColumn<int>("apiCallsPerHour");
    QTest::addColumn<int>("priceCents");
    QTest::addColumn<QStringList>("ownFeatures");

    QTest::newRow("free") << aih::Tier::Free << "free" << 5 << 1000 << 0
                          << QStringList{"basic_guidance", "meditation"};
    QTest::newRow("basic") << aih::Tier::Basic << "basic" << 25 << 10000 << 2900
                           << QStringList{"analytics", "api_access"};
    QTest::newRow("pro") << aih::Tier::Pro << "pro" << 100 << 50000 << 9900
                         << QStringList{"custom_branding", "priority_support"};
    QTest::newRow("enterprise") << aih::Tier::Enterprise << "enterprise" << 1000 << 200000 << 29900
                                << QStringList{"custom_domain", "sso", "white_label"};
}

void TestPlans::planTableMatchesTheSeed()
{
    QFETCH(aih::Tier, tier);
    QFETCH(QString, name);
    QFETCH(int, userLimit);
    QFETCH(int, apiCallsPerHour);
    QFETCH(int, priceCents);
    QFETCH(QStringList, ownFeatures);

    const auto& plan = aih::planFor(tier);
    QVERIFY(plan.tier == tier);
    QCOMPARE(bytes(plan.name), name.toUtf8());
    QCOMPARE(plan.userLimit, userLimit);
    QCOMPARE(plan.apiCallsPerHour, apiCallsPerHour);
    QCOMPARE(plan.priceCentsPerMonth, priceCents);
    QCOMPARE(toStringList({plan.ownFeatures.begin(), plan.ownFeatures.end()}), ownFeatures);
}

void TestPlans::allPlansListsEveryTierOnceInPriceOrder()
{
    const auto plans = aih::allPlans();
    QCOMPARE(plans.size(), std::size_t{4});
    QVERIFY(plans[0].tier == aih::Tier::Free);
    QVERIFY(plans[1].tier == aih::Tier::Basic);
    QVERIFY(plans[2].tier == aih::Tier::Pro);
    QVERIFY(plans[3].tier == aih::Tier::Enterprise);
    for (std::size_t i = 1; i < plans.size(); ++i) {
        QVERIFY(plans[i].priceCentsPerMonth > plans[i - 1].priceCentsPerMonth);
        QVERIFY(plans[i].userLimit > plans[i - 1].userLimit);
        QVERIFY(plans[i].apiCallsPerHour > plans[i - 1].apiCallsPerHour);
    }
}

void TestPlans::featuresIncludeEveryCheaperTier_data()
{
    QTest::addColumn<aih::Tier>("tier");
    QTest::addColumn<QStringList>("features");

    const QStringList free{"basic_guidance", "meditation"};
    const QStringList basic = free + QStringList{"analytics", "api_access"};
    const QStringList pro = basic + QStringList{"custom_branding", "priority_support"};
    const QStringList enterprise = pro + QStringList{"white_label", "sso", "custom_domain"};
    QTest::newRow("free") << aih::Tier::Free << free;
    QTest::newRow("basic") << aih::Tier::Basic << basic;
    QTest::newRow("pro") << aih::Tier::Pro << pro;
    QTest::newRow("enterprise") << aih::Tier::Enterprise << enterprise;
}

void TestPlans::featuresIncludeEveryCheaperTier()
{
    QFETCH(aih::Tier, tier);
    QFETCH(QStringList, features);
    features.sort();

    const auto actual = aih::featuresOf(tier);
    const std::set<std::string_view> distinct(actual.begin(), actual.end());
    QCOMPARE(distinct.size(), actual.size()); // no feature listed twice
    QCOMPARE(toStringList(actual), features);
}

void TestPlans::tierHasFeatureFollowsInheritance()
{
    QVERIFY(aih::tierHasFeature(aih::Tier::Free, "meditation"));
    QVERIFY(aih::tierHasFeature(aih::Tier::Enterprise, "meditation"));
    QVERIFY(!aih::tierHasFeature(aih::Tier::Free, "analytics"));
    QVERIFY(aih::tierHasFeature(aih::Tier::Basic, "analytics"));
    QVERIFY(!aih::tierHasFeature(aih::Tier::Basic, "custom_branding"));
    QVERIFY(aih::tierHasFeature(aih::Tier::Pro, "custom_branding"));
    QVERIFY(!aih::tierHasFeature(aih::Tier::Pro, "sso"));
    QVERIFY(aih::tierHasFeature(aih::Tier::Enterprise, "sso"));
    QVERIFY(!aih::tierHasFeature(aih::Tier::Enterprise, "teleportation"));
}

void TestPlans::tierNameRoundTripsThroughTierFromName()
{
    for (const auto& plan : aih::allPlans()) {
        const auto name = aih::tierName(plan.tier);
        QCOMPARE(bytes(name), bytes(plan.name));
        const auto back = aih::tierFromName(name);
        QVERIFY(back.has_value());
        QVERIFY(*back == plan.tier);
    }
    QCOMPARE(bytes(aih::tierName(aih::Tier::Pro)), QByteArray("pro"));
}

void TestPlans::unknownTierNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Pro";
    QTest::newRow("upper case") << "ENTERPRISE";
    QTest::newRow("trailing space") << "basic ";
    QTest::newRow("leading space") << " free";
    QTest::newRow("made up") << "platinum";
    QTest::newRow("prefix") << "ent";
}

void TestPlans::unknownTierNamesAreRefused()
{
    QFETCH(QString, name);
    const auto text = toStd(name);
    QVERIFY(!aih::tierFromName(text).has_value());
}

void TestPlans::cheapestTierWithFindsTheIntroducingTier_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<aih::Tier>("tier");
    QTest::newRow("basic_guidance") << "basic_guidance" << aih::Tier::Free;
    QTest::newRow("meditation") << "meditation" << aih::Tier::Free;
    QTest::newRow("analytics") << "analytics" << aih::Tier::Basic;
    QTest::newRow("api_access") << "api_access" << aih::Tier::Basic;
    QTest::newRow("custom_branding") << "custom_branding" << aih::Tier::Pro;
    QTest::newRow("priority_support") << "priority_support" << aih::Tier::Pro;
    QTest::newRow("white_label") << "white_label" << aih::Tier::Enterprise;
    QTest::newRow("sso") << "sso" << aih::Tier::Enterprise;
    QTest::newRow("custom_domain") << "custom_domain" << aih::Tier::Enterprise;
}

void TestPlans::cheapestTierWithFindsTheIntroducingTier()
{
    QFETCH(QString, feature);
    QFETCH(aih::Tier, tier);
    const auto text = toStd(feature);
    const auto cheapest = aih::cheapestTierWith(text);
    QVERIFY(cheapest.has_value());
    QVERIFY(*cheapest == tier);
}

void TestPlans::unknownFeatureHasNoTier()
{
    QVERIFY(!aih::cheapestTierWith("").has_value());
    QVERIFY(!aih::cheapestTierWith("SSO").has_value());
    QVERIFY(!aih::cheapestTierWith("teleportation").has_value());
}

QTEST_APPLESS_MAIN(TestPlans)
#include "TestPlans.moc"
