// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "features/branding/BrandingApi.h"
#include "gui/Page.h"

#include <QMap>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace aih::console {

class ColourField;
class PortalPreview;

/// The tenant's branding: colours, texts, portal toggles, logo and favicon, custom CSS, and a
/// live preview of the portal rendered by the server from the unsaved values.
class BrandingPage : public Page
{
    Q_OBJECT

public:
    /// Edits are previewed once typing pauses this long.
    static constexpr int previewDelayMs = 400;

    explicit BrandingPage(ConsoleContext& context, QWidget* parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("branding"); }
    void refresh() override;
    void clear() override;

    Branding edited() const;
    PortalPreview* preview() const { return preview_; }

private:
    QWidget* buildForm();
    QWidget* buildPreview();
    void fill(const Branding& branding);
    void showToggles(const QMap<QString, bool>& toggles);
    void applyPermissions();
    void schedulePreview();
    void requestPreview();
    void save();
    void upload(BrandingApi::AssetKind kind);

    BrandingApi api_;
    Branding loaded_;
    QLineEdit* companyName_;
    ColourField* primary_;
    ColourField* secondary_;
    ColourField* accent_;
    QPlainTextEdit* welcome_;
    QLineEdit* footer_;
    QPlainTextEdit* css_;
    QVBoxLayout* togglesLayout_;
    QMap<QString, QCheckBox*> toggles_;
    QLabel* logo_;
    QLabel* favicon_;
    QPushButton* uploadLogo_;
    QPushButton* uploadFavicon_;
    QPushButton* save_;
    QPushButton* revert_;
    QLabel* planHint_;
    PortalPreview* preview_;
    QLabel* dropped_;
    QPlainTextEdit* html_;
    QPlainTextEdit* stylesheet_;
    QTimer* previewTimer_;
    QPointer<ApiJob> previewJob_;
    bool filling_ = false;
};

} // namespace aih::console
