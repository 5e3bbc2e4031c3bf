// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace aih::console::json {

/// RFC 3339 timestamps as the server writes them; an invalid QDateTime for null or garbage.
QDateTime time(const QJsonObject& object, const QString& key);
QString timeText(const QDateTime& time);
QStringList texts(const QJsonObject& object, const QString& key);
/// The whole numbers of an array (percentages, counts); empty when the key holds none.
QList<int> integers(const QJsonObject& object, const QString& key);
/// The number, whether the server sent it as a JSON number or a numeric string.
qint64 integer(const QJsonObject& object, const QString& key, qint64 fallback = 0);

/// Items of `{"data": [...]}` or of a bare array, each read by `item`; nothing if the shape is
/// wrong or any item lacks what `item` requires.
template <typename T, typename Reader>
std::optional<QList<T>> list(const QJsonDocument& document, Reader item)
{
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.object().value("data").isArray()) {
        array = document.object().value("data").toArray();
    } else {
        return std::nullopt;
    }
    QList<T> items;
    items.reserve(array.size());
    for (const auto& value : array) {
        auto parsed = item(value.toObject());
        if (!parsed) {
            return std::nullopt;
        }
        items.append(std::move(*parsed));
    }
    return items;
}

/// Reads a whole document as one object with `item`.
template <typename Reader>
auto object(const QJsonDocument& document, Reader item) -> decltype(item(QJsonObject()))
{
    if (!document.isObject()) {
        return std::nullopt;
    }
    return item(document.object());
}

} // namespace aih::console::json
