// SPDX-License-Identifier: Apache-2.0
#include "OidcProviderProcess.h"

#include "HttpClient.h"
#include "RedisProcess.h"

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <csignal>
#include <map>
#include <sys/prctl.h>
#include <utility>

namespace aih::test {
namespace {

using CookieJar = std::map<QString, QString>;

// A jar keyed by cookie name alone, sending every cookie on every request to the provider: its
// cookies have distinct names, and a later Set-Cookie of a name replaces or deletes the earlier
// one, so paths need not be kept. One expired by Expires or Max-Age is a deletion.
void applySetCookie(CookieJar& jar, const QString& header)
{
    const auto parts = header.split(';');
    const QString pair = parts.first().trimmed();
    const auto equals = pair.indexOf('=');
    if (equals <= 0) {
        return;
    }
    bool expired = false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString attribute = parts[i].trimmed();
        if (attribute.startsWith("max-age=", Qt::CaseInsensitive)) {
            expired = expired || attribute.mid(8).toLongLong() <= 0;
        } else if (attribute.startsWith("expires=", Qt::CaseInsensitive)) {
            // RFC 1123 dates in English, always GMT.
            const auto parsed = QLocale::c().toDateTime(attribute.mid(8), "ddd, dd MMM yyyy hh:mm:ss 'GMT'");
            const QDateTime when(parsed.date(), parsed.time(), QTimeZone::utc());
            expired = expired || (parsed.isValid() && when < QDateTime::currentDateTimeUtc());
        }
    }
    if (expired) {
        jar.erase(pair.left(equals));
    } else {
        jar[pair.left(equals)] = pair.mid(equals + 1);
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString describe(const HttpResponse& response)
{
    return QString("%1 %2").arg(response.status).arg(QString::fromUtf8(response.body.left(300)));
}

} // namespace

OidcProviderProcess::OidcProviderProcess(const OpenApiTools& tools, const QString& script,
                                         QList<OidcClient> clients)
    : tools_(tools), script_(script), clients_(std::move(clients)), port_(freeLoopbackPort())
{
}

OidcProviderProcess::~OidcProviderProcess()
{
    stopGently(process_.get());
}

QString OidcProviderProcess::defaultScript()
{
    return QStringLiteral(AIH_IDP_SCRIPT);
}

bool OidcProviderProcess::start()
{
    return launch({});
}

void OidcProviderProcess::stop()
{
    if (process_ && process_->state() != QProcess::NotRunning) {
        addStats();
    }
    stopGently(process_.get());
}

bool OidcProviderProcess::restartWithNewKeys(bool keepOldKeys)
{
    stop();
    // The script makes the keys and writes them to its keys file (fresh kids first, so they sign).
    return launch(keepOldKeys ? "prepend" : "replace");
}

bool OidcProviderProcess::launch(const QString& rollKeys)
{
    stopGently(process_.get());
    QJsonArray clients;
    for (const auto& client : clients_) {
        QJsonObject object{{"client_id", client.clientId},
                           {"redirect_uris", QJsonArray::fromStringList(client.redirectUris)},
                           {"alg", client.alg}};
        if (!client.clientSecret.isEmpty()) {
            object.insert("client_secret", client.clientSecret);
        }
        clients.append(object);
    }
    QJsonObject config{{"clients", clients}, {"keys_file", dir_.filePath("keys.json")}};
    if (!rollKeys.isEmpty()) {
        config.insert("rotate_keys", rollKeys);
    }
    const QString configFile = dir_.filePath("config.json");
    QFile file(configFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(config).toJson()) < 0) {
        qWarning("cannot write %s", qPrintable(configFile));
        return false;
    }
    file.close();

    // A restart appends to the same log; only what this run writes can say it is ready.
    const QString logFile = dir_.filePath("oidc-provider.log");
    const qint64 logStart = QFileInfo(logFile).size();
    process_ = std::make_unique<QProcess>();
    process_->setProcessEnvironment(tools_.environment()); // AIH_OPENAPI_TOOLS: where the packages are
    // If the test program dies, the provider must not live on holding the port.
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(logFile, QIODevice::Append);
    process_->start("node", {script_, QString::number(port_), configFile});

    const QByteArray ready = "READY " + issuer().toUtf8() + "\n";
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        QFile written(logFile);
        if (written.open(QIODevice::ReadOnly) && written.seek(logStart) &&
            written.readAll().contains(ready)) {
            return true;
        }
        // waitForFinished also notices an exit that state() alone would learn only in an event loop.
        if (process_->state() == QProcess::NotRunning || process_->waitForFinished(50)) {
            qWarning("oidc-provider exited before it was ready; its log:\n%s", qPrintable(log().right(4000)));
            return false;
        }
    }
    qWarning("oidc-provider was not ready within 30 s; its log:\n%s", qPrintable(log().right(4000)));
    return false;
}

void OidcProviderProcess::addStats()
{
    try {
        const auto stats = HttpClient(port()).get("/__test/stats").json();
        jwksFetchesBefore_ += stats.value("jwks_fetches").toInt();
        tokenRequestsBefore_ += stats.value("token_requests").toInt();
    } catch (const Poco::Exception& e) {
        qWarning("oidc-provider stats: %s", e.displayText().c_str());
    }
}

bool OidcProviderProcess::mutateNextIdToken(const QString& mutation)
{
    try {
        const auto response =
            HttpClient(port()).request("POST", "/__test/next-id-token", mutation.toUtf8(), {}, "text/plain");
        if (response.status == 204) {
            return true;
        }
        qWarning("oidc-provider refused the mutation: %s", qPrintable(describe(response)));
    } catch (const Poco::Exception& e) {
        qWarning("oidc-provider mutation: %s", e.displayText().c_str());
    }
    return false;
}

int OidcProviderProcess::jwksFetches() const
{
    try {
        return jwksFetchesBefore_ +
               HttpClient(port()).get("/__test/stats").json().value("jwks_fetches").toInt();
    } catch (const Poco::Exception&) {
        return jwksFetchesBefore_; // not running
    }
}

int OidcProviderProcess::tokenRequests() const
{
    try {
        return tokenRequestsBefore_ +
               HttpClient(port()).get("/__test/stats").json().value("token_requests").toInt();
    } catch (const Poco::Exception&) {
        return tokenRequestsBefore_;
    }
}

QStringList OidcProviderProcess::keyIds() const
{
    QStringList kids;
    try {
        for (const auto& key : HttpClient(port()).get("/jwks").json().value("keys").toArray()) {
            kids << key.toObject().value("kid").toString();
        }
    } catch (const Poco::Exception& e) {
        qWarning("oidc-provider /jwks: %s", e.displayText().c_str());
    }
    return kids;
}

QString OidcProviderProcess::lastIdToken() const
{
    try {
        const auto response = HttpClient(port()).get("/__test/last-id-token");
        return response.status == 200 ? QString::fromUtf8(response.body) : QString();
    } catch (const Poco::Exception&) {
        return {};
    }
}

QString OidcProviderProcess::log() const
{
    QFile file(dir_.filePath("oidc-provider.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString OidcProviderProcess::signIn(const QString& authorizationUrl, const QString& login) const
{
    const HttpClient http(port());
    const QString origin = issuer();
    CookieJar jar;
    const auto exchange = [&](const std::string& method, const QString& url, const QByteArray& form) {
        Headers headers;
        QStringList cookies;
        for (const auto& [name, value] : jar) {
            cookies << name + "=" + value;
        }
        if (!cookies.isEmpty()) {
            headers.emplace_back("Cookie", cookies.join("; ").toStdString());
        }
        auto response = http.request(method, url.mid(origin.size()).toStdString(), form, headers,
                                     "application/x-www-form-urlencoded");
        for (const auto& [name, value] : response.headers) { // every Set-Cookie, in order
            if (Poco::icompare(name, "Set-Cookie") == 0) {
                applySetCookie(jar, QString::fromStdString(value));
            }
        }
        return response;
    };
    // The provider answers /auth/<uid> with a relative Location, the rest with absolute ones.
    const auto locationOf = [&](const HttpResponse& response) {
        const QString target = response.header("Location");
        if (target.isEmpty() || target.startsWith("http://") || target.startsWith("https://")) {
            return target;
        }
        return QUrl(origin).resolved(QUrl(target)).toString(QUrl::FullyEncoded);
    };
    // Which form the interaction page shows: devInteractions' hidden prompt field.
    static const QRegularExpression promptField(R"re(name="prompt" value="(\w+)")re");

    if (!authorizationUrl.startsWith(origin + "/")) {
        qWarning("signIn: %s is not at %s", qPrintable(authorizationUrl), qPrintable(origin));
        return {};
    }
    QString url = authorizationUrl;
    bool loggedIn = false;
    bool consented = false;
    try {
        for (int step = 0; step < 12; ++step) {
            if (!url.startsWith(origin + "/")) {
                return url; // back to the client
            }
            auto response = exchange("GET", url, {});
            if (isRedirect(response.status)) {
                const QString next = locationOf(response);
                if (next.isEmpty()) {
                    qWarning("signIn: GET %s: a redirect without a Location", qPrintable(url));
                    return {};
                }
                url = next;
                continue;
            }
            const QString prompt = promptField.match(QString::fromUtf8(response.body)).captured(1);
            QByteArray form;
            if (response.status == 200 && prompt == "login" && !loggedIn) {
                form = "prompt=login&login=" + QUrl::toPercentEncoding(login) + "&password=x";
                loggedIn = true;
            } else if (response.status == 200 && prompt == "consent" && !consented) {
                form = "prompt=consent";
                consented = true;
            } else {
                qWarning("signIn: GET %s: %s", qPrintable(url), qPrintable(describe(response)));
                return {};
            }
            response = exchange("POST", url, form);
            if (!isRedirect(response.status) || locationOf(response).isEmpty()) {
                qWarning("signIn: POST %s (%s): %s", qPrintable(url), form.constData(),
                         qPrintable(describe(response)));
                return {};
            }
            url = locationOf(response);
        }
    } catch (const Poco::Exception& e) {
        qWarning("signIn: %s: %s", qPrintable(url), e.displayText().c_str());
        return {};
    }
    qWarning("signIn: too many steps, at %s", qPrintable(url));
    return {};
}

} // namespace aih::test
