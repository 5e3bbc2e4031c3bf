// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

namespace aih::console {

class ApiProblem;
struct Freshness;

/// The strip at the top of a page that says what state its data is in: loading, shown from
/// the offline cache, or failed (with the reason).
class StatusBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Busy,
        Stale,
        Error,
        Info
    };

    explicit StatusBanner(QWidget* parent = nullptr);

    void present(Kind kind, const QString& text);
    void showProblem(const ApiProblem& problem);
    /// Hides the banner for fresh data, or says how old cached data is.
    void showFreshness(const Freshness& freshness);
    QString text() const;
    Kind kind() const { return kind_; }

private:
    QLabel* icon_;
    QLabel* label_;
    Kind kind_ = Kind::Info;
};

} // namespace aih::console
