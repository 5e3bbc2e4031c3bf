// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;

namespace aih::console {

/// A figure with its title, and when it has a limit, a bar for how much of it is used.
class UsageCard : public QFrame
{
    Q_OBJECT

public:
    UsageCard(const QString& objectName, const QString& title, QWidget* parent = nullptr);

    /// Shows `used` of `limit` (no bar when limit <= 0), with `detail` below.
    void setUsage(qint64 used, qint64 limit, const QString& detail = {});
    void setText(const QString& value, const QString& detail = {});
    QString valueText() const;

private:
    QLabel* value_;
    QProgressBar* bar_;
    QLabel* detail_;
};

} // namespace aih::console
