// SPDX-License-Identifier: Apache-2.0
#include "features/branding/BrandingPage.h"

#include "core/ConsoleCore.h"
#include "features/branding/ColourField.h"
#include "features/branding/CssHighlighter.h"
#include "features/branding/PortalPreview.h"
#include "gui/FileDialog.h"
#include "gui/StatusBanner.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

namespace aih::console {
namespace {

/// Uploads larger than this are refused before reading the file; the server's limits are lower.
constexpr qint64 maxUploadBytes = 4 * 1024 * 1024;

/// The plan feature each portal toggle needs before it may be switched on.
QString featureFor(const QString& toggle)
{
    if (toggle == "hide_platform_branding") {
        return "white_label";
    }
    return toggle == "show_meditations" ? "meditation" : "basic_guidance";
}

} // namespace

BrandingPage::BrandingPage(ConsoleContext& context, QWidget* parent)
    : Page(context, "brandingPage", parent), api_(context.core.api()), companyName_(new QLineEdit(this)),
      primary_(new ColourField("primaryColor", this)), secondary_(new ColourField("secondaryColor", this)),
      accent_(new ColourField("accentColor", this)), welcome_(new QPlainTextEdit(this)),
      footer_(new QLineEdit(this)), css_(new QPlainTextEdit(this)), togglesLayout_(new QVBoxLayout),
      logo_(new QLabel(this)), favicon_(new QLabel(this)),
      uploadLogo_(new QPushButton(tr("Upload logo…"), this)),
      uploadFavicon_(new QPushButton(tr("Upload favicon…"), this)), save_(new QPushButton(tr("Save"), this)),
      revert_(new QPushButton(tr("Revert"), this)), planHint_(new QLabel(this)),
      preview_(new PortalPreview(this)), dropped_(new QLabel(this)), html_(new QPlainTextEdit(this)),
      stylesheet_(new QPlainTextEdit(this)), previewTimer_(new QTimer(this))
{
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(previewDelayMs);
    connect(previewTimer_, &QTimer::timeout, this, &BrandingPage::requestPreview);
    planHint_->setObjectName("planHintLabel");
    planHint_->setWordWrap(true);
    planHint_->hide();
    connect(planHint_, &QLabel::linkActivated, this, [this] { emit pageRequested("billingPage"); });
    auto* splitter = new QSplitter(this);
    splitter->addWidget(buildForm());
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 560});
    content()->addWidget(planHint_);
    content()->addWidget(splitter, 1);
}

QWidget* BrandingPage::buildForm()
{
    companyName_->setObjectName("companyNameEdit");
    welcome_->setObjectName("welcomeMessageEdit");
    welcome_->setMaximumHeight(80);
    footer_->setObjectName("footerTextEdit");
    css_->setObjectName("customCssEdit");
    css_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    css_->setPlaceholderText(".portal-header { letter-spacing: 0.02em; }");
    new CssHighlighter(css_->document());
    logo_->setObjectName("logoImage");
    favicon_->setObjectName("faviconImage");
    uploadLogo_->setObjectName("uploadLogoButton");
    uploadFavicon_->setObjectName("uploadFaviconButton");
    save_->setObjectName("saveBrandingButton");
    save_->setShortcut(QKeySequence::Save);
    save_->setDefault(true);
    revert_->setObjectName("revertBrandingButton");

    auto* form = new QWidget(this);
    form->setMinimumWidth(460);
    auto* layout = new QFormLayout(form);
    layout->addRow(tr("Company name"), companyName_);
    layout->addRow(tr("Primary colour"), primary_);
    layout->addRow(tr("Secondary colour"), secondary_);
    layout->addRow(tr("Accent colour"), accent_);
    layout->addRow(tr("Welcome message"), welcome_);
    layout->addRow(tr("Footer text"), footer_);
    layout->addRow(tr("Portal shows"), togglesLayout_);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(logo_);
    logoRow->addWidget(uploadLogo_);
    logoRow->addWidget(favicon_);
    logoRow->addWidget(uploadFavicon_);
    layout->addRow(tr("Images"), logoRow);
    layout->addRow(tr("Custom CSS"), css_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(revert_);
    buttons->addWidget(save_);
    layout->addRow(buttons);

    for (auto* field : {primary_, secondary_, accent_}) {
        connect(field, &ColourField::colourChanged, this, &BrandingPage::schedulePreview);
    }
    for (auto* edit : {companyName_, footer_}) {
        connect(edit, &QLineEdit::textChanged, this, &BrandingPage::schedulePreview);
    }
    for (auto* edit : {welcome_, css_}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &BrandingPage::schedulePreview);
    }
    connect(save_, &QPushButton::clicked, this, &BrandingPage::save);
    connect(revert_, &QPushButton::clicked, this, [this] { fill(loaded_); });
    connect(uploadLogo_, &QPushButton::clicked, this, [this] { upload(BrandingApi::AssetKind::Logo); });
    connect(uploadFavicon_, &QPushButton::clicked, this, [this] { upload(BrandingApi::AssetKind::Favicon); });

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget* BrandingPage::buildPreview()
{
    dropped_->setObjectName("droppedCssLabel");
    dropped_->setWordWrap(true);
    dropped_->setStyleSheet("color: #b45309");
    for (auto* source : {html_, stylesheet_}) {
        source->setReadOnly(true);
        source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    html_->setObjectName("previewHtml");
    stylesheet_->setObjectName("previewCss");
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(preview_, 1);
    layout->addWidget(dropped_);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName("previewTabs");
    tabs->addTab(page, tr("Portal preview"));
    tabs->addTab(html_, tr("Page HTML"));
    tabs->addTab(stylesheet_, tr("Stylesheet"));
    return tabs;
}

QString BrandingPage::title() const
{
    return tr("Branding");
}

void BrandingPage::refresh()
{
    applyPermissions();
    banner()->present(StatusBanner::Kind::Busy, tr("Loading branding…"));
    api_.get().then(
        this,
        [this](const Branding& branding, const Freshness& freshness) {
            loaded_ = branding;
            fill(branding);
            banner()->showFreshness(freshness);
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void BrandingPage::clear()
{
    loaded_ = {};
    fill(loaded_);
    invalidate();
}

void BrandingPage::fill(const Branding& branding)
{
    filling_ = true;
    companyName_->setText(branding.companyName);
    primary_->setColour(branding.primaryColor);
    secondary_->setColour(branding.secondaryColor);
    accent_->setColour(branding.accentColor);
    welcome_->setPlainText(branding.welcomeMessage);
    footer_->setText(branding.footerText);
    css_->setPlainText(branding.customCss);
    showToggles(branding.features);
    logo_->setText(branding.logoUrl.isEmpty() ? tr("No logo") : tr("Logo set"));
    favicon_->setText(branding.faviconUrl.isEmpty() ? tr("No favicon") : tr("Favicon set"));
    filling_ = false;
    applyPermissions();
    schedulePreview();
}

void BrandingPage::showToggles(const QMap<QString, bool>& toggles)
{
    qDeleteAll(toggles_);
    toggles_.clear();
    const QMap<QString, QString> labels{{"show_meditations", tr("Meditations")},
                                        {"show_gurus", tr("Guidance")},
                                        {"hide_platform_branding", tr("Hide the AI Heart mark")}};
    for (auto it = toggles.cbegin(); it != toggles.cend(); ++it) {
        auto* box = new QCheckBox(labels.value(it.key(), it.key()), this);
        box->setObjectName("feature_" + it.key());
        box->setChecked(it.value());
        connect(box, &QCheckBox::toggled, this, &BrandingPage::schedulePreview);
        togglesLayout_->addWidget(box);
        toggles_.insert(it.key(), box);
    }
}

void BrandingPage::applyPermissions()
{
    const auto& tenant = session().tenant();
    const bool admin = session().user().role == Role::Admin;
    const bool planAllows = tenant.hasFeature("custom_branding");
    const bool editable = admin && planAllows;
    planHint_->setVisible(!editable);
    planHint_->setText(!planAllows
                           ? tr("Branding needs the Pro plan or higher. <a href=\"billing\">See plans</a>")
                           : tr("Only admins can change the branding."));
    for (QWidget* widget :
         std::initializer_list<QWidget*>{companyName_, primary_, secondary_, accent_, welcome_, footer_,
                                         uploadLogo_, uploadFavicon_, save_, revert_}) {
        widget->setEnabled(editable);
    }
    const bool cssAllowed = editable && tenant.hasFeature("white_label");
    css_->setReadOnly(!cssAllowed);
    css_->setToolTip(cssAllowed ? QString() : tr("Custom CSS needs the Enterprise plan."));
    for (auto it = toggles_.cbegin(); it != toggles_.cend(); ++it) {
        // Switching a toggle off is always allowed; switching it on needs its plan feature.
        it.value()->setEnabled(editable &&
                               (it.value()->isChecked() || tenant.hasFeature(featureFor(it.key()))));
    }
}

Branding BrandingPage::edited() const
{
    Branding branding = loaded_;
    branding.companyName = companyName_->text().trimmed();
    branding.primaryColor = primary_->colour();
    branding.secondaryColor = secondary_->colour();
    branding.accentColor = accent_->colour();
    branding.welcomeMessage = welcome_->toPlainText();
    branding.footerText = footer_->text();
    branding.customCss = css_->toPlainText();
    for (auto it = toggles_.cbegin(); it != toggles_.cend(); ++it) {
        branding.features[it.key()] = it.value()->isChecked();
    }
    return branding;
}

void BrandingPage::schedulePreview()
{
    const bool allowed =
        session().user().role == Role::Admin && session().tenant().hasFeature("custom_branding");
    if (!filling_ && allowed) {
        previewTimer_->start();
    }
}

void BrandingPage::requestPreview()
{
    if (!primary_->isValid() || !secondary_->isValid() || !accent_->isValid()) {
        return;
    }
    if (previewJob_) {
        previewJob_->abort();
    }
    previewJob_ = api_.preview(edited()).then(
        this,
        [this](const ThemePreview& preview) {
            preview_->setPreview(preview, context_.core.credentials().server(), session().tenant().id);
            html_->setPlainText(preview.html);
            stylesheet_->setPlainText(preview.css);
            QStringList issues;
            for (const auto& issue : preview.cssDropped) {
                issues << tr("Line %1: %2").arg(issue.line).arg(issue.message);
            }
            dropped_->setText(issues.isEmpty() ? QString()
                                               : tr("Left out of the CSS:\n%1").arg(issues.join('\n')));
        },
        [this](const ApiProblem& problem) {
            if (problem.kind != ApiProblem::Kind::Cancelled) {
                banner()->showProblem(problem);
            }
        });
}

void BrandingPage::save()
{
    banner()->present(StatusBanner::Kind::Busy, tr("Saving branding…"));
    api_.save(edited()).then(
        this,
        [this](const Branding& saved) {
            loaded_ = saved;
            fill(saved);
            banner()->present(StatusBanner::Kind::Info, tr("Branding saved; the portal shows it now."));
        },
        [this](const ApiProblem& problem) { banner()->showProblem(problem); });
}

void BrandingPage::upload(BrandingApi::AssetKind kind)
{
    const bool logo = kind == BrandingApi::AssetKind::Logo;
    FileDialog::openFile(
        this, logo ? tr("Choose a logo") : tr("Choose a favicon"),
        logo ? tr("Images (*.png *.jpg *.jpeg *.webp)") : tr("Icons (*.ico *.png)"),
        [this, kind, logo](const QString& fileName) {
            if (fileName.isEmpty()) {
                return;
            }
            QFile file(fileName);
            if (!file.open(QIODevice::ReadOnly) || file.size() > maxUploadBytes) {
                banner()->present(StatusBanner::Kind::Error,
                                  tr("%1 cannot be read, or is larger than 4 MB.").arg(fileName));
                return;
            }
            banner()->present(StatusBanner::Kind::Busy, tr("Uploading…"));
            const auto bytes = file.readAll();
            api_.upload(kind, QFileInfo(fileName).fileName(), bytes)
                .then(
                    this,
                    [this, bytes, logo](const UploadedAsset& asset) {
                        QPixmap image;
                        image.loadFromData(bytes);
                        (logo ? logo_ : favicon_)
                            ->setPixmap(image.scaled(64, 32, Qt::KeepAspectRatio, Qt::SmoothTransformation));
                        (logo ? loaded_.logoUrl : loaded_.faviconUrl) = asset.url;
                        banner()->present(StatusBanner::Kind::Info, logo ? tr("The logo was uploaded.")
                                                                         : tr("The favicon was uploaded."));
                    },
                    [this](const ApiProblem& problem) { banner()->showProblem(problem); });
        });
}

} // namespace aih::console
