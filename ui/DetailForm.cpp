#include "ui/DetailForm.h"

#include "ui/TaskListModel.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace engage {

namespace {

// The link's target and kind live on the button, so one connection serves every task the panel
// shows.
constexpr const char *kTargetProperty = "engageLinkTarget";
constexpr const char *kKindProperty = "engageLinkKind";
constexpr const char *kCopyProperty = "engageCopyValue";

// Narrower than this a link button is mostly ellipsis.
constexpr int kMinLinkButtonChars = 6;

// Longer values may be clipped or wrapped awkwardly in a narrow panel.
constexpr qsizetype kToolTipThreshold = 32;

// Flat, link-coloured and without padding, so the text starts where a value label's would;
// hover and keyboard focus underline it instead of drawing a frame that would shift it.
const char kLinkStyle[] = "QPushButton { border: none; padding: 0px; text-align: left;"
                          " background: transparent; color: palette(link); }"
                          "QPushButton:hover, QPushButton:focus { text-decoration: underline; }"
                          "QPushButton:disabled { color: palette(window-text); }";

// A quiet outline, so "Copy" reads as a button without competing with the links.
const char kCopyStyle[] =
    "QToolButton { border: 1px solid palette(mid); border-radius: 3px;"
    " padding: 0px 4px; background: transparent; }"
    "QToolButton:hover, QToolButton:focus { border-color: palette(highlight); }"
    "QToolButton:pressed { background: palette(midlight); }";

QString linkToolTip(const QUrl &url, UrlOpener::Kind kind)
{
    switch (kind) {
    case UrlOpener::Kind::Web:
        return DetailForm::tr("Open %1").arg(url.host()) + QLatin1Char('\n') +
               url.toDisplayString();
    case UrlOpener::Kind::Phone:
        return DetailForm::tr("Call %1").arg(url.path());
    case UrlOpener::Kind::Email:
        return DetailForm::tr("Write to %1").arg(url.path());
    }
    return {};
}

} // namespace

DetailForm::DetailForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    // Top-aligned labels stay beside the first line of a value that wraps.
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);
}

QLabel *DetailForm::addTextRow(const QString &label, const QString &objectName)
{
    QLabel *value = createValueLabel(objectName, this);
    addRow(label, value);
    return value;
}

DetailForm::Link DetailForm::addLinkRow(const QString &label, const QString &objectName,
                                        UrlOpener::Kind kind)
{
    const Link link = createLink(objectName, kind, this);
    addRow(label, link.field);
    return link;
}

void DetailForm::addRow(const QString &label, QWidget *field)
{
    QLabel *name = createMutedLabel(label, this);
    if (!field->objectName().isEmpty())
        name->setObjectName(field->objectName() + QStringLiteral("Label"));
    m_form->addRow(name, field);
    m_form->setRowVisible(field, false);
}

QLabel *DetailForm::addSectionRow(const QString &text, const QString &objectName)
{
    QLabel *heading = createHeading(text, this);
    heading->setObjectName(objectName);
    // Separates the section from the rows above without a rule that would add clutter.
    heading->setContentsMargins(0, 10, 0, 0);
    m_form->addRow(heading);
    return heading;
}

void DetailForm::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void DetailForm::setRowText(QLabel *value, const QString &text)
{
    const bool has = !text.trimmed().isEmpty();
    setValueText(value, has ? text : QString());
    m_form->setRowVisible(value, has);
}

void DetailForm::setRowLink(const Link &link, const QString &text, const QString &target)
{
    const bool has = !target.trimmed().isEmpty();
    setLink(link, text, has ? target : QString());
    m_form->setRowVisible(link.field, has);
}

QLabel *DetailForm::createHeading(const QString &text, QWidget *parent)
{
    // Small capitals set the panel's sections apart without outshouting the contact's name.
    auto *heading = new QLabel(text, parent);
    heading->setTextFormat(Qt::PlainText);
    heading->setForegroundRole(QPalette::PlaceholderText);
    QFont font = heading->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    heading->setFont(font);
    return heading;
}

QLabel *DetailForm::createMutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    // A palette role rather than a fixed colour, so dark themes stay readable.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *DetailForm::createValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A word longer than the column (a URL, a run of junk) is clipped, not allowed to widen
    // the panel; the tooltip has it whole.
    label->setMinimumWidth(1);
    return label;
}

void DetailForm::setValueText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setToolTip(text.size() > kToolTipThreshold ? plainToolTip(text) : QString());
}

DetailForm::Link DetailForm::createLink(const QString &objectName, UrlOpener::Kind kind,
                                        QWidget *parent)
{
    Link link;
    link.field = new QWidget(parent);
    link.button = createLinkStyledButton(objectName, link.field);
    link.plain =
        createValueLabel(objectName + QStringLiteral("Text"), link.field); // notr: an objectName
    link.plain->hide();
    auto *layout = new QHBoxLayout(link.field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(link.button, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(link.plain, 1);

    LinkButton *button = link.button;
    button->setProperty(kKindProperty, static_cast<int>(kind));
    QObject::connect(button, &QPushButton::clicked, button, [button, kind] {
        UrlOpener::open(button->property(kTargetProperty).toString(), kind);
    });
    return link;
}

void DetailForm::setLink(const Link &link, const QString &text, const QString &target)
{
    const auto kind = static_cast<UrlOpener::Kind>(link.button->property(kKindProperty).toInt());
    const QUrl url = UrlOpener::vet(target, kind);
    if (url.isValid()) {
        link.button->setProperty(kTargetProperty, target);
        setButtonText(link.button, text);
        link.button->setToolTip(plainToolTip(linkToolTip(url, kind)));
        link.button->setEnabled(true);
        link.button->show();
        link.plain->hide();
        return;
    }
    // Refused: nothing to click, but the rep still sees what the CRM holds.
    link.button->setProperty(kTargetProperty, QVariant());
    link.button->setEnabled(false);
    link.button->hide();
    const QString shown = kind == UrlOpener::Kind::Web ? target : text;
    link.plain->setText(shown);
    link.plain->setToolTip(shown.isEmpty()
                               ? QString()
                               : plainToolTip(shown + QLatin1Char('\n') +
                                              tr("Not a link that can be opened safely.")));
    link.plain->setVisible(!shown.isEmpty());
}

DetailForm::LinkButton::LinkButton(QWidget *parent)
    : QPushButton(parent)
{
    setFlat(true);
    setAutoDefault(false);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QLatin1String(kLinkStyle));
    // May shrink below the text's width: elide() then shortens what is shown.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void DetailForm::LinkButton::setFullText(const QString &text)
{
    m_fullText = text;
    setText(escaped(text));
    setAccessibleName(text); // the whole text, whatever is elided on screen
    // Before the first layout the width is a placeholder; the resize will elide.
    if (testAttribute(Qt::WA_Resized))
        elide();
}

int DetailForm::LinkButton::chromeWidth() const
{
    // Measured the way QPushButton measures its text, so hint and elision agree to the pixel.
    return qMax(0, QPushButton::sizeHint().width() - textWidth(text()));
}

int DetailForm::LinkButton::textWidth(const QString &shown) const
{
    return fontMetrics().size(Qt::TextShowMnemonic, shown).width();
}

QString DetailForm::LinkButton::escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QSize DetailForm::LinkButton::sizeHint() const
{
    // From the whole text, so eliding does not shrink the hint and set off another layout.
    const QSize hint = QPushButton::sizeHint();
    return {chromeWidth() + textWidth(escaped(m_fullText)), hint.height()};
}

QSize DetailForm::LinkButton::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const int least = chromeWidth() + fontMetrics().averageCharWidth() * kMinLinkButtonChars;
    return {qMin(hint.width(), least), hint.height()};
}

void DetailForm::LinkButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

void DetailForm::LinkButton::elide()
{
    const QString shown = width() >= sizeHint().width()
                              ? escaped(m_fullText)
                              : escaped(fontMetrics().elidedText(m_fullText, Qt::ElideMiddle,
                                                                 width() - chromeWidth()));
    if (shown != text())
        setText(shown);
}

DetailForm::LinkButton *DetailForm::createLinkStyledButton(const QString &objectName,
                                                           QWidget *parent)
{
    auto *button = new LinkButton(parent);
    button->setObjectName(objectName);
    return button;
}

void DetailForm::setButtonText(LinkButton *button, const QString &text)
{
    button->setFullText(text);
    button->setToolTip(text.size() > kToolTipThreshold ? plainToolTip(text) : QString());
}

QToolButton *DetailForm::createCopyButton(const QString &objectName, const QString &value,
                                          QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setStyleSheet(QLatin1String(kCopyStyle));
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    button->setFont(font);
    // As wide as "Copied" from the start, so the feedback does not shift the row.
    button->setText(tr("Copied"));
    button->setMinimumWidth(button->sizeHint().width());
    button->setText(tr("Copy"));
    button->setCursor(Qt::PointingHandCursor);
    setCopyValue(button, value);
    QObject::connect(button, &QToolButton::clicked, button, [button] {
        QGuiApplication::clipboard()->setText(button->property(kCopyProperty).toString());
        button->setText(tr("Copied"));
        QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy")); });
    });
    return button;
}

void DetailForm::setCopyValue(QToolButton *button, const QString &value)
{
    button->setProperty(kCopyProperty, value);
    button->setToolTip(plainToolTip(tr("Copy %1").arg(value)));
}

void DetailForm::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        } else if (QLayout *child = item->layout()) {
            clearLayout(child);
        }
        delete item;
    }
}

} // namespace engage
