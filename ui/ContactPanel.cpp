#include "ui/ContactPanel.h"

#include "ui/ContactLines.h"
#include "ui/SameContactList.h"
#include "ui/TaskListModel.h"
#include "ui/Theme.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace engage {

namespace {

// Local time is shown to the minute; refreshing twice a minute keeps it at most 30 s behind.
constexpr int kTickMs = 30 * 1000;

QString nameOf(const Contact &contact)
{
    const QString name = contact.displayName();
    return name.trimmed().isEmpty() ? ContactPanel::tr("Unnamed contact") : name;
}

// Qt's tz backend reads /usr/share/zoneinfo/<id>, so a server string must look like an IANA
// name (or a UTC offset) before it is used as one: no dots, no leading slash, nothing like "..".
QTimeZone zoneFor(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+:-]*(/[A-Za-z0-9][A-Za-z0-9_+:-]*)*$"));
    if (id.size() > 64 || !pattern.match(id).hasMatch())
        return {};
    return QTimeZone(id.toUtf8());
}

QString recordType(const QString &wire)
{
    if (wire == QLatin1String("CONTACT"))
        return ContactPanel::tr("Contact");
    if (wire == QLatin1String("LEAD"))
        return ContactPanel::tr("Lead");
    return wire;
}

QString channelName(const QString &wire)
{
    if (wire == QLatin1String("EMAILS"))
        return ContactPanel::tr("emails");
    if (wire == QLatin1String("SMS_MESSAGES"))
        return ContactPanel::tr("text messages");
    return wire.toLower();
}

} // namespace

ContactPanel::ContactPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_heading(DetailForm::createHeading(tr("Contact"), this))
    , m_empty(DetailForm::createMutedLabel(QString(), this))
    , m_details(new QWidget(this))
    , m_back(DetailForm::createLinkStyledButton(QStringLiteral("backToPrimaryButton"), m_details))
    , m_name(DetailForm::createValueLabel(QStringLiteral("contactName"), m_details))
    , m_optOut(new QLabel(tr("\u26A0 Do not call: this contact opted out of calls"), m_details))
    , m_optOutNote(DetailForm::createMutedLabel(QString(), m_details))
    , m_form(new DetailForm(m_details))
    , m_title(m_form->addTextRow(tr("Title"), QStringLiteral("contactTitle")))
    , m_company(m_form->addTextRow(tr("Company"), QStringLiteral("contactCompany")))
    , m_phones(new PhoneLines(m_form))
    , m_emails(new EmailLines(m_form))
    , m_localTime(nullptr)
    , m_location(nullptr)
    , m_affiliation(nullptr)
    , m_type(nullptr)
    , m_others(new QWidget(this))
    , m_otherList(new QVBoxLayout(m_others))
    , m_tick(new QTimer(this))
    , m_sameContact(new SameContactList(this))
{
    m_empty->setObjectName(QStringLiteral("contactEmpty"));
    m_empty->setWordWrap(true);

    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_name->setFont(nameFont);

    m_optOut->setObjectName(QStringLiteral("optOutWarning"));
    m_optOut->setTextFormat(Qt::PlainText);
    m_optOut->setWordWrap(true);
    m_optOutNote->setObjectName(QStringLiteral("optOutNote"));
    m_optOutNote->setWordWrap(true);

    m_form->addRow(tr("Phone"), m_phones);
    m_form->addRow(tr("Email"), m_emails);
    m_localTime = m_form->addTextRow(tr("Local time"), QStringLiteral("contactLocalTime"));
    m_location = m_form->addTextRow(tr("Location"), QStringLiteral("contactLocation"));
    m_affiliation = m_form->addTextRow(tr("Affiliation"), QStringLiteral("contactAffiliation"));
    m_type = m_form->addTextRow(tr("Type"), QStringLiteral("contactType"));
    m_linkedin =
        m_form->addLinkRow(tr("LinkedIn"), QStringLiteral("linkedinButton"), UrlOpener::Kind::Web);
    m_crm = m_form->addLinkRow(tr("CRM"), QStringLiteral("contactCrmButton"), UrlOpener::Kind::Web);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(8);
    details->addWidget(m_back, 0, Qt::AlignLeft);
    details->addWidget(m_name);
    details->addWidget(m_optOut);
    details->addWidget(m_optOutNote);
    details->addWidget(m_form);

    m_others->setObjectName(QStringLiteral("additionalContacts"));
    m_otherList->setContentsMargins(0, 0, 0, 0);
    m_otherList->setSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);
    layout->addSpacing(4);
    layout->addWidget(m_others);
    layout->addWidget(m_sameContact);
    layout->addStretch(1);

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_task && m_task->contact)
            showContact(*m_task->contact);
    });
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &ContactPanel::updateLocalTime);
    m_tick->start();
    Theme::follow(this, [this] { applyColors(); });

    setTask(std::nullopt);
}

QSize ContactPanel::minimumSizeHint() const
{
    return QWidget::minimumSizeHint().expandedTo(QSize(DetailForm::PanelMinimumWidth, 0));
}

void ContactPanel::applyColors()
{
    // The warning banner's amber, framed, in the theme's tones; the verified marks in green.
    const ThemeColors &c = Theme::colors();
    m_optOut->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid"
                       " %3; border-radius: 4px; padding: 6px 8px;"
                       " font-weight: bold; }")
            .arg(c.warningBackground.name(), c.warningText.name(), c.warningBorder.name()));
    m_phones->applyColors();
}

void ContactPanel::setTask(const std::optional<Task> &task)
{
    m_task = task;
    fillOthers();
    if (!task)
        showEmpty(tr("Select a task to see who to call."));
    else if (task->contact)
        showContact(*task->contact);
    else
        showEmpty(tr("No contact on this task."));
}

void ContactPanel::setContact(const Contact &contact)
{
    showContact(contact);
}

void ContactPanel::showEmpty(const QString &text)
{
    m_contact.reset();
    m_heading->setText(tr("Contact"));
    m_empty->setText(text);
    m_empty->show();
    m_details->hide();
    updateOthers();
}

void ContactPanel::showContact(const Contact &contact)
{
    m_contact = contact;
    m_empty->hide();
    m_details->show();

    const bool hasPrimary = m_task && m_task->contact;
    const bool isPrimary = !hasPrimary || *m_task->contact == contact;
    m_heading->setText(isPrimary ? tr("Contact") : tr("Other contact"));
    if (hasPrimary)
        DetailForm::setButtonText(m_back, tr("\u2190 Back to %1").arg(nameOf(*m_task->contact)));
    m_back->setVisible(!isPrimary);

    DetailForm::setValueText(m_name, nameOf(contact));

    m_optOut->setVisible(contact.optedOutOfCalls());
    QStringList otherChannels;
    for (const QString &channel : contact.optOutChannels) {
        if (channel != QLatin1String("CALLS") && !channel.trimmed().isEmpty())
            otherChannels.append(channelName(channel));
    }
    DetailForm::setValueText(m_optOutNote,
                             otherChannels.isEmpty()
                                 ? QString()
                                 : tr("Opted out of %1").arg(otherChannels.join(tr(", "))));
    m_optOutNote->setVisible(!otherChannels.isEmpty());

    m_form->setRowText(m_title, contact.title);
    // A contact without a name is shown by company; no need to say it twice.
    m_form->setRowText(m_company,
                       contact.companyName == nameOf(contact) ? QString() : contact.companyName);
    fillPhones(contact);
    fillEmails(contact);
    updateLocalTime();
    QStringList place;
    for (const QString &part : {contact.city, contact.state, contact.country}) {
        if (!part.trimmed().isEmpty())
            place.append(part.trimmed());
    }
    m_form->setRowText(m_location, place.join(tr(", ")));
    m_form->setRowText(m_affiliation, contact.affiliation);
    m_form->setRowText(m_type, recordType(contact.type));
    m_form->setRowLink(m_linkedin, tr("View profile"), contact.linkedinProfile);
    m_form->setRowLink(m_crm, tr("Open in CRM"), contact.crmUrl);

    updateOthers();
}

void ContactPanel::fillPhones(const Contact &contact)
{
    m_phones->setNumbers(contact.phoneNumbers);
    m_form->setRowVisible(m_phones, m_phones->count() > 0);
}

void ContactPanel::fillEmails(const Contact &contact)
{
    m_emails->setAddresses(contact.emails);
    m_form->setRowVisible(m_emails, m_emails->count() > 0);
}

void ContactPanel::fillOthers()
{
    DetailForm::clearLayout(m_otherList);
    const QList<Contact> others = m_task ? m_task->additionalContacts : QList<Contact>();
    if (others.isEmpty()) {
        m_others->hide();
        return;
    }
    m_otherList->addWidget(DetailForm::createHeading(tr("Other contacts"), m_others));
    for (qsizetype i = 0; i < others.size(); ++i) {
        const Contact &other = others.at(i);
        DetailForm::LinkButton *button =
            DetailForm::createLinkStyledButton(QStringLiteral("additionalContactButton"), m_others);
        QString text = nameOf(other);
        if (!other.title.trimmed().isEmpty())
            text += QStringLiteral(" \u00B7 ") + other.title.trimmed();
        DetailForm::setButtonText(button, text);
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (m_task && i < m_task->additionalContacts.size())
                showContact(m_task->additionalContacts.at(i));
        });
        m_otherList->addWidget(button, 0, Qt::AlignLeft);
    }
    m_others->show();
}

void ContactPanel::updateOthers()
{
    // The contact on show is the one entry that is not a link.
    const QList<QPushButton *> buttons = m_others->findChildren<QPushButton *>(
        QStringLiteral("additionalContactButton"), Qt::FindDirectChildrenOnly);
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const bool shown = m_contact && m_task && i < m_task->additionalContacts.size() &&
                           m_task->additionalContacts.at(i) == *m_contact;
        buttons.at(i)->setEnabled(!shown);
    }
}

void ContactPanel::updateLocalTime()
{
    const QTimeZone zone = m_contact ? zoneFor(m_contact->timezone.trimmed()) : QTimeZone();
    if (!zone.isValid()) {
        m_form->setRowText(m_localTime, QString());
        return;
    }
    const QDateTime now = m_clock.now();
    const QDateTime there = now.toTimeZone(zone);
    QString time = QLocale().toString(there.time(), QStringLiteral("HH:mm"));
    // Late evening here can be tomorrow there: name the day when it differs from the rep's.
    if (there.date() != now.toTimeZone(m_clock.timeZone()).date())
        time = QLocale().toString(there.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + time;
    m_form->setRowText(m_localTime,
                       tr("%1 there \u00B7 %2").arg(time, m_contact->timezone.trimmed()));
    m_localTime->setToolTip(
        plainToolTip(zone.displayName(there, QTimeZone::LongName) + QStringLiteral(" (") +
                     zone.displayName(there, QTimeZone::OffsetName) + QLatin1Char(')')));
}

} // namespace engage
