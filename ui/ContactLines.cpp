#include "ui/ContactLines.h"

#include "ui/TaskListModel.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace engage {

namespace {

// Phone numbers are short and must be read whole; only junk longer than this is elided.
constexpr int kMaxUnelidedNumber = 180;
constexpr int kMaxPhoneNote = 120;

QString verifiedStyle()
{
    return QStringLiteral("QLabel { color: %1; }").arg(Theme::colors().goodTimeText.name());
}

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A phone number's kind or extension: a few characters that should not wrap, cut short with
// the whole text in the tooltip if the server sends a paragraph. Hidden when there is none.
void setNote(QLabel *label, const QString &text)
{
    const QString shown = label->fontMetrics().elidedText(text, Qt::ElideRight, kMaxPhoneNote);
    label->setText(shown);
    label->setToolTip(shown != text ? plainToolTip(text) : QString());
    label->setVisible(!text.isEmpty());
}

// A layout without margins: the lines line up with the form's other values.
template <typename Layout> Layout *tight(Layout *layout, int spacing)
{
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    return layout;
}

// Lines from `used` on are not needed for this contact.
template <typename Line> void hideFrom(const QList<Line> &lines, int used)
{
    for (qsizetype i = used; i < lines.size(); ++i)
        lines.at(i).line->hide();
}

} // namespace

PhoneLines::PhoneLines(QWidget *parent)
    : QWidget(parent)
    , m_layout(tight(new QVBoxLayout(this), 4))
{
    setObjectName(QStringLiteral("contactPhones"));
}

PhoneLines::Line &PhoneLines::lineAt(int index)
{
    if (index < m_lines.size())
        return m_lines[index];
    // The number, its mark and Copy on one line; what kind of number and its extension below,
    // so a narrow panel never has to shorten the number itself.
    Line l;
    l.line = new QWidget(this);
    auto *column = tight(new QVBoxLayout(l.line), 0);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    column->addLayout(top);
    l.link = DetailForm::createLink(QStringLiteral("phoneButton"), UrlOpener::Kind::Phone, l.line);
    top->addWidget(l.link.field);
    l.verified = plainLabel(QStringLiteral("phoneVerified"), l.line);
    l.verified->setText(QStringLiteral("\u2713"));
    l.verified->setToolTip(tr("Verified number"));
    l.verified->setAccessibleName(tr("Verified number")); // not "check mark"
    l.verified->setStyleSheet(verifiedStyle());
    top->addWidget(l.verified);
    top->addStretch(1);
    l.copy = DetailForm::createCopyButton(QStringLiteral("copyPhoneButton"), QString(), l.line);
    top->addWidget(l.copy);

    l.notes = new QWidget(l.line);
    auto *bottom = tight(new QHBoxLayout(l.notes), 6);
    l.kind = plainLabel(QStringLiteral("phoneLabel"), l.notes);
    l.kind->setForegroundRole(QPalette::PlaceholderText);
    bottom->addWidget(l.kind);
    l.extension = plainLabel(QStringLiteral("phoneExtension"), l.notes);
    bottom->addWidget(l.extension);
    bottom->addStretch(1);
    column->addWidget(l.notes);
    m_layout->addWidget(l.line);
    m_lines.append(l);
    return m_lines.last();
}

void PhoneLines::setNumbers(const QList<PhoneNumber> &numbers)
{
    int used = 0;
    for (const PhoneNumber &phone : numbers) {
        const QString shown = phone.raw.trimmed().isEmpty() ? phone.normalized : phone.raw;
        const QString number = phone.normalized.trimmed().isEmpty() ? phone.raw : phone.normalized;
        if (shown.trimmed().isEmpty())
            continue;
        Line &l = lineAt(used++);
        DetailForm::setLink(l.link, shown, number);
        l.link.button->setMinimumWidth(qMin(l.link.button->sizeHint().width(), kMaxUnelidedNumber));
        l.verified->setVisible(phone.isVerified.value_or(false));
        DetailForm::setCopyValue(l.copy, number.trimmed());
        const QString kind = phone.label.trimmed();
        const QString extension = phone.extension.trimmed();
        setNote(l.kind, kind);
        setNote(l.extension, extension.isEmpty() ? QString() : tr("ext. %1").arg(extension));
        l.notes->setVisible(!kind.isEmpty() || !extension.isEmpty());
        l.line->show();
    }
    hideFrom(m_lines, used);
    m_shown = used;
}

void PhoneLines::applyColors()
{
    for (const Line &l : std::as_const(m_lines))
        l.verified->setStyleSheet(verifiedStyle());
}

EmailLines::EmailLines(QWidget *parent)
    : QWidget(parent)
    , m_layout(tight(new QVBoxLayout(this), 2))
{
    setObjectName(QStringLiteral("contactEmails"));
}

EmailLines::Line &EmailLines::lineAt(int index)
{
    if (index < m_lines.size())
        return m_lines[index];
    Line l;
    l.line = new QWidget(this);
    auto *row = tight(new QHBoxLayout(l.line), 6);
    l.link = DetailForm::createLink(QStringLiteral("emailButton"), UrlOpener::Kind::Email, l.line);
    row->addWidget(l.link.field, 1);
    l.copy = DetailForm::createCopyButton(QStringLiteral("copyEmailButton"), QString(), l.line);
    row->addWidget(l.copy);
    m_layout->addWidget(l.line);
    m_lines.append(l);
    return m_lines.last();
}

void EmailLines::setAddresses(const QStringList &addresses)
{
    int used = 0;
    for (const QString &email : addresses) {
        const QString address = email.trimmed();
        if (address.isEmpty())
            continue;
        Line &l = lineAt(used++);
        DetailForm::setLink(l.link, address, address);
        DetailForm::setCopyValue(l.copy, address);
        l.line->show();
    }
    hideFrom(m_lines, used);
    m_shown = used;
}

} // namespace engage
