// SPDX-License-Identifier: Apache-2.0
#include "auth/PasswordHasher.h"

#include <QtTest/QtTest>
#include <algorithm>
#include <limits>
#include <memory>
#include <sodium.h>
#include <string>

using aih::auth::PasswordHasher;

namespace {

const std::string password = "correct horse battery staple";

/// An argon2id hash made the way an older, weaker configuration would have made it.
std::string weakerArgon2idHash(std::string_view text)
{
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, text.data(), text.size(), crypto_pwhash_argon2id_OPSLIMIT_MIN,
                                         8 * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13);
    return rc == 0 ? std::string(out) : std::string();
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hashUsesArgon2idWithOwaspParameters();
    void rightPasswordVerifies();
    void wrongPasswordIsRejected();
    void embeddedNulIsPartOfThePassword();
    void malformedHashNeverVerifies();
    void freshHashNeedsNoRehash();
    void hashWithWeakerParametersNeedsRehashButStillVerifies();
    void hashOfAnotherAlgorithmNeedsRehash();
    void twoHashesOfTheSamePasswordDiffer();
    void dummyVerificationCostsAboutAsMuchAsARealOne();

private:
    std::unique_ptr<PasswordHasher> hasher_;
    std::string hash_;
};

void TestPasswordHasher::initTestCase()
{
    hasher_ = std::make_unique<PasswordHasher>();
    hash_ = hasher_->hash(password);
}

void TestPasswordHasher::hashUsesArgon2idWithOwaspParameters()
{
    const auto hash = QByteArray::fromStdString(hash_);
    QVERIFY2(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash.constData());
    QVERIFY(!hash.contains(QByteArray::fromStdString(password)));
    // Salt and digest follow the parameters.
    QCOMPARE(hash.split('$').size(), 6);
}

void TestPasswordHasher::rightPasswordVerifies()
{
    QVERIFY(hasher_->verify(hash_, password));
    const std::string unicode = "p\xc3\xa4ssw\xc3\xb6rd \xf0\x9f\x94\x91";
    QVERIFY(hasher_->verify(hasher_->hash(unicode), unicode));
}

void TestPasswordHasher::wrongPasswordIsRejected()
{
    QVERIFY(!hasher_->verify(hash_, "correct horse battery stapl"));
    QVERIFY(!hasher_->verify(hash_, "correct horse battery staple "));
    QVERIFY(!hasher_->verify(hash_, "Correct horse battery staple"));
    QVERIFY(!hasher_->verify(hash_, ""));
}

void TestPasswordHasher::embeddedNulIsPartOfThePassword()
{
    const std::string withNul("secret\0suffix", 13);
    const auto hash = hasher_->hash(withNul);
    QVERIFY(hasher_->verify(hash, withNul));
    QVERIFY(!hasher_->verify(hash, "secret"));
}

void TestPasswordHasher::malformedHashNeverVerifies()
{
    QVERIFY(!hasher_->verify("", password));
    QVERIFY(!hasher_->verify("not a hash", password));
    QVERIFY(!hasher_->verify(hash_.substr(0, hash_.size() - 4), password));
    QVERIFY(hasher_->needsRehash("not a hash"));
}

void TestPasswordHasher::freshHashNeedsNoRehash()
{
    QVERIFY(!hasher_->needsRehash(hash_));
}

void TestPasswordHasher::hashWithWeakerParametersNeedsRehashButStillVerifies()
{
    const auto weak = weakerArgon2idHash(password);
    QVERIFY2(QByteArray::fromStdString(weak).startsWith("$argon2id$v=19$m=8192,t=1,p=1$"), weak.c_str());
    QVERIFY(hasher_->needsRehash(weak));
    QVERIFY(hasher_->verify(weak, password));
    QVERIFY(!hasher_->verify(weak, "wrong password"));
}

void TestPasswordHasher::hashOfAnotherAlgorithmNeedsRehash()
{
    char out[crypto_pwhash_STRBYTES];
    // Same memory, but argon2i (which libsodium only allows with at least three passes).
    QCOMPARE(crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_argon2i_OPSLIMIT_MIN,
                                   PasswordHasher::memLimitBytes, crypto_pwhash_ALG_ARGON2I13),
             0);
    const std::string argon2i(out);
    QVERIFY(QByteArray::fromStdString(argon2i).startsWith("$argon2i$"));
    QVERIFY(hasher_->needsRehash(argon2i));
    QVERIFY(hasher_->verify(argon2i, password));
}

void TestPasswordHasher::twoHashesOfTheSamePasswordDiffer()
{
    const auto again = hasher_->hash(password);
    QVERIFY(again != hash_);
    QVERIFY(hasher_->verify(again, password));
}

void TestPasswordHasher::dummyVerificationCostsAboutAsMuchAsARealOne()
{
    // Unknown accounts must not answer visibly faster than known ones, so the dummy check has
    // to do real argon2id work. Best of three on each side keeps scheduling noise out.
    const auto fastest = [](auto&& work) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            work();
            best = std::min(best, timer.nsecsElapsed());
        }
        return best;
    };
    const auto dummy = fastest([&] { hasher_->verifyAgainstDummy("any password at all"); });
    const auto real = fastest([&] { (void)hasher_->verify(hash_, "any password at all"); });
    QVERIFY2(dummy * 4 >= real, qPrintable(QStringLiteral("dummy %1 ns, real %2 ns").arg(dummy).arg(real)));
}

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
