// SPDX-License-Identifier: Apache-2.0
#include "core/net/Json.h"

namespace aih::console::json {

QDateTime time(const QJsonObject& object, const QString& key)
{
    const auto text = object.value(key).toString();
    if (text.isEmpty()) {
        return {};
    }
    auto parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        parsed = QDateTime::fromString(text, Qt::ISODate);
    }
    return parsed.toUTC();
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QStringList texts(const QJsonObject& object, const QString& key)
{
    QStringList out;
    for (const auto& value : object.value(key).toArray()) {
        out << value.toString();
    }
    return out;
}

QList<int> integers(const QJsonObject& object, const QString& key)
{
    QList<int> out;
    for (const auto& value : object.value(key).toArray()) {
        out << value.toInt();
    }
    return out;
}

qint64 integer(const QJsonObject& object, const QString& key, qint64 fallback)
{
    const auto value = object.value(key);
    if (value.isDouble()) {
        return value.toInteger(fallback);
    }
    bool ok = false;
    const auto parsed = value.toString().toLongLong(&ok);
    return ok ? parsed : fallback;
}

} // namespace aih::console::json
