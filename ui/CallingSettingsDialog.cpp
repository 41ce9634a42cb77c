#include "ui/CallingSettingsDialog.h"

#include "ui/WeekdayPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace engage {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTimeEdit *timeEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    // 24-hour, as every time the app writes ("opens 09:00 your time").
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

// The label goes before the field, with the field as its buddy and accessible name.
QLabel *addRow(QFormLayout *form, const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(field);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, field);
    return label;
}

// The three boxes' fields start at one x, so the dialog reads as one form.
void alignLabels(const QList<QFormLayout *> &forms)
{
    QList<QWidget *> labels;
    for (QFormLayout *form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget())
                labels << item->widget();
    int width = 0;
    for (QWidget *label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

QString quoted(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')))
        return argument;
    return QLatin1Char('"') + argument + QLatin1Char('"');
}

} // namespace

CallingSettingsDialog::CallingSettingsDialog(const CallSettings &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Calling Settings"));
    setObjectName(QStringLiteral("callingSettings"));
    auto *layout = new QVBoxLayout(this);

    // When contacts may be called.
    auto *hoursBox = new QGroupBox(tr("Calling hours"), this);
    auto *hoursForm = new QFormLayout(hoursBox);
    hoursForm->addRow(
        hintLabel(tr("Read on each contact's own clock, in their time zone."), hoursBox));
    m_opens = timeEdit("calling.opens", hoursBox);
    m_closes = timeEdit("calling.closes", hoursBox);
    auto *times = new QHBoxLayout;
    times->addWidget(m_opens);
    auto *closesLabel = new QLabel(tr("Clo&ses:"), hoursBox);
    closesLabel->setBuddy(m_closes);
    m_closes->setAccessibleName(tr("Closes"));
    times->addSpacing(12);
    times->addWidget(closesLabel);
    times->addWidget(m_closes);
    times->addStretch(1);
    auto *opensLabel = new QLabel(tr("&Opens:"), hoursBox);
    opensLabel->setBuddy(m_opens);
    m_opens->setAccessibleName(tr("Opens"));
    hoursForm->addRow(opensLabel, times);
    m_days = new WeekdayPicker(locale(), hoursBox);
    m_days->setObjectName(QStringLiteral("calling.days"));
    addRow(hoursForm, tr("&Days:"), m_days);
    m_withoutZone = new QComboBox(hoursBox);
    m_withoutZone->setObjectName(QStringLiteral("calling.withoutZone"));
    m_withoutZone->addItem(tr("Use my time zone"),
                           static_cast<int>(CallingHoursSettings::WithoutZone::UseRepZone));
    m_withoutZone->addItem(tr("Always callable"),
                           static_cast<int>(CallingHoursSettings::WithoutZone::AlwaysOpen));
    addRow(hoursForm, tr("Contacts &without a time zone:"), m_withoutZone);
    layout->addWidget(hoursBox);

    // When a task that stays open comes back.
    auto *retryBox = new QGroupBox(tr("Trying again"), this);
    auto *retryForm = new QFormLayout(retryBox);
    retryForm->addRow(hintLabel(tr("When a call's outcome keeps the task open, it comes due "
                                   "again after this, moved into the contact's calling hours. "
                                   "Not connected: no answer, busy, voicemail."),
                                retryBox));
    m_retryMinutes = new QSpinBox(retryBox);
    m_retryMinutes->setObjectName(QStringLiteral("calling.retryMinutes"));
    m_retryMinutes->setRange(0, 7 * 24 * 60);
    m_retryMinutes->setSingleStep(15);
    m_retryMinutes->setSuffix(tr(" min"));
    m_retryMinutes->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_retryMinutesHint = hintLabel({}, retryBox);
    m_retryMinutesHint->setObjectName(QStringLiteral("calling.retryMinutesHint"));
    auto *minutesRow = new QHBoxLayout;
    minutesRow->addWidget(m_retryMinutes);
    minutesRow->addWidget(m_retryMinutesHint, 1);
    auto *minutesLabel = new QLabel(tr("&Not connected:"), retryBox);
    minutesLabel->setBuddy(m_retryMinutes);
    m_retryMinutes->setAccessibleName(tr("Not connected: try again after, in minutes"));
    retryForm->addRow(minutesLabel, minutesRow);
    m_retryDays = new QSpinBox(retryBox);
    m_retryDays->setObjectName(QStringLiteral("calling.retryDays"));
    m_retryDays->setRange(0, 30);
    m_retryDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(retryForm, tr("&Any other outcome:"), m_retryDays);
    m_retryDays->setAccessibleName(tr("Any other outcome: try again after, in business days"));
    m_expiryDays = new QSpinBox(retryBox);
    m_expiryDays->setObjectName(QStringLiteral("calling.flowExpiryDays"));
    m_expiryDays->setRange(1, 365);
    m_expiryDays->setSuffix(tr(" days overdue"));
    m_expiryDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_expiryDays->setToolTip(tr("Your company's flow to-do expiry in Gong: past it, Gong drops "
                                "the contact from the flow"));
    addRow(retryForm, tr("Flow to-dos e&xpire after:"), m_expiryDays);
    m_outcomeForAll = new QComboBox(retryBox);
    m_outcomeForAll->setObjectName(QStringLiteral("calling.outcomeForAllTasks"));
    m_outcomeForAll->addItem(tr("Ask each time"),
                             static_cast<int>(CallSettings::OutcomeForAll::Ask));
    m_outcomeForAll->addItem(tr("Apply it to all of them"),
                             static_cast<int>(CallSettings::OutcomeForAll::Yes));
    m_outcomeForAll->addItem(tr("Only the task called"),
                             static_cast<int>(CallSettings::OutcomeForAll::No));
    addRow(retryForm, tr("Outcome, contact's other tas&ks:"), m_outcomeForAll);
    layout->addWidget(retryBox);

    // How a number reaches the phone.
    auto *dialBox = new QGroupBox(tr("Dialing"), this);
    auto *dialForm = new QFormLayout(dialBox);
    m_method = new QComboBox(dialBox);
    m_method->setObjectName(QStringLiteral("calling.dialMethod"));
    m_method->addItem(tr("Desktop phone app (tel: link)"),
                      static_cast<int>(DialSettings::Method::Tel));
    m_method->addItem(tr("callto: link"), static_cast<int>(DialSettings::Method::CallTo));
    m_method->addItem(tr("SIP link"), static_cast<int>(DialSettings::Method::Sip));
    m_method->addItem(tr("Command"), static_cast<int>(DialSettings::Method::Command));
    addRow(dialForm, tr("&Method:"), m_method);
    m_sipHost = new QLineEdit(dialBox);
    m_sipHost->setObjectName(QStringLiteral("calling.sipHost"));
    m_sipHost->setPlaceholderText(tr("pbx.example.com (empty: the softphone's own)"));
    addRow(dialForm, tr("SIP &host:"), m_sipHost);
    m_command = new QLineEdit(dialBox);
    m_command->setObjectName(QStringLiteral("calling.command"));
    m_command->setPlaceholderText(QStringLiteral("linphonec -c \"call {number}\""));
    addRow(dialForm, tr("Command &template:"), m_command);
    dialForm->addRow(QString(),
                     hintLabel(tr("For example linphonec -c \"call {number}\". {number} and "
                                  "{extension} are replaced (without {number}, the number goes "
                                  "last); it runs without a shell."),
                               dialBox));
    m_labelOrder = new QLineEdit(dialBox);
    m_labelOrder->setObjectName(QStringLiteral("calling.labelOrder"));
    m_labelOrder->setPlaceholderText(DialNumber::defaultLabelOrder().join(QStringLiteral(", ")));
    addRow(dialForm, tr("Prefer number &labels:"), m_labelOrder);
    dialForm->addRow(QString(),
                     hintLabel(tr("Verified numbers first, then these labels in order."), dialBox));
    m_preview = new QLabel(dialBox);
    m_preview->setObjectName(QStringLiteral("calling.preview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    addRow(dialForm, tr("Preview:"), m_preview);
    layout->addWidget(dialBox);

    alignLabels({hoursForm, retryForm, dialForm});

    // Why OK is off: plain words, no alarm colour; the rep is in the middle of typing.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("calling.problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setFields(current);
    connect(m_opens, &QTimeEdit::timeChanged, this, &CallingSettingsDialog::followFields);
    connect(m_closes, &QTimeEdit::timeChanged, this, &CallingSettingsDialog::followFields);
    connect(m_days, &WeekdayPicker::daysChanged, this, &CallingSettingsDialog::followFields);
    connect(m_retryMinutes, &QSpinBox::valueChanged, this, &CallingSettingsDialog::followFields);
    connect(m_retryDays, &QSpinBox::valueChanged, this, &CallingSettingsDialog::followFields);
    connect(m_method, &QComboBox::currentIndexChanged, this, &CallingSettingsDialog::followFields);
    connect(m_sipHost, &QLineEdit::textChanged, this, &CallingSettingsDialog::followFields);
    connect(m_command, &QLineEdit::textChanged, this, &CallingSettingsDialog::followFields);
    followFields();
    m_opens->setFocus();
}

bool CallingSettingsDialog::event(QEvent *event)
{
    const bool result = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest) // the problem line came or went
        fitHeight();
    return result;
}

void CallingSettingsDialog::showEvent(QShowEvent *event)
{
    fitHeight();
    QDialog::showEvent(event);
}

void CallingSettingsDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeight();
}

void CallingSettingsDialog::fitHeight()
{
    // A window does not grow for wrapped text by itself (QFormLayout squeezes a wrapped label
    // in its field column to one line): make room for every line at the current width.
    QLayout *l = layout();
    const int width = std::max(this->width(), l->minimumSize().width());
    const int height =
        l->hasHeightForWidth() ? l->totalHeightForWidth(width) : l->totalMinimumSize().height();
    if (minimumHeight() != height)
        setMinimumHeight(height);
}

void CallingSettingsDialog::setFields(const CallSettings &s)
{
    m_opens->setTime(s.hours.opens);
    m_closes->setTime(s.hours.closes);
    m_days->setDays(s.hours.days);
    m_withoutZone->setCurrentIndex(m_withoutZone->findData(static_cast<int>(s.hours.withoutZone)));
    m_retryMinutes->setValue(static_cast<int>(
        std::chrono::duration_cast<std::chrono::minutes>(s.retry.notConnectedDelay).count()));
    m_retryDays->setValue(s.retry.otherBusinessDays);
    m_expiryDays->setValue(s.flowExpiryDays);
    m_outcomeForAll->setCurrentIndex(
        std::max(0, m_outcomeForAll->findData(static_cast<int>(s.outcomeForAll))));
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(s.dial.method)));
    m_sipHost->setText(s.dial.sipHost);
    m_command->setText(s.dial.commandTemplate);
    m_labelOrder->setText(s.dial.labelOrder.join(QStringLiteral(", ")));
}

CallSettings CallingSettingsDialog::settings() const
{
    CallSettings s;
    s.hours.opens = m_opens->time();
    s.hours.closes = m_closes->time();
    s.hours.days = m_days->days();
    s.hours.withoutZone =
        static_cast<CallingHoursSettings::WithoutZone>(m_withoutZone->currentData().toInt());
    s.retry.notConnectedDelay = std::chrono::minutes(m_retryMinutes->value());
    s.retry.otherBusinessDays = m_retryDays->value();
    s.flowExpiryDays = m_expiryDays->value();
    s.outcomeForAll =
        static_cast<CallSettings::OutcomeForAll>(m_outcomeForAll->currentData().toInt());
    s.dial.method = static_cast<DialSettings::Method>(m_method->currentData().toInt());
    s.dial.sipHost = m_sipHost->text().trimmed();
    s.dial.commandTemplate = m_command->text().trimmed();
    QStringList labels;
    for (const QString &label : m_labelOrder->text().split(QLatin1Char(',')))
        if (!label.trimmed().isEmpty())
            labels << label.trimmed();
    s.dial.labelOrder = labels.isEmpty() ? DialNumber::defaultLabelOrder() : labels;
    return s;
}

QString CallingSettingsDialog::problem() const
{
    const CallSettings s = settings();
    if (s.hours.opens >= s.hours.closes)
        return tr("Calling hours must open before they close: %1 is not before %2.")
            .arg(s.hours.opens.toString(QStringLiteral("HH:mm")),
                 s.hours.closes.toString(QStringLiteral("HH:mm")));
    if (s.hours.days.isEmpty())
        return tr("Choose at least one day for calling.");
    if (s.dial.method == DialSettings::Method::Command) {
        if (s.dial.commandTemplate.isEmpty())
            return tr("Enter the command that dials, or choose another method.");
        if (dialText(s.dial, exampleNumber()).isEmpty())
            return tr("The command must start with a program, not {number} or {extension}.");
    }
    return {};
}

PhoneNumber CallingSettingsDialog::exampleNumber()
{
    PhoneNumber phone;
    phone.raw = QStringLiteral("+1 415 555 0100");
    phone.normalized = QStringLiteral("+14155550100");
    phone.countryCode = 1;
    phone.extension = QStringLiteral("12");
    return phone;
}

QString CallingSettingsDialog::dialText(const DialSettings &dial, const PhoneNumber &phone)
{
    const DialNumber number(phone);
    switch (dial.method) {
    case DialSettings::Method::Tel:
        return number.dialUri(DialNumber::Scheme::Tel);
    case DialSettings::Method::CallTo:
        return number.dialUri(DialNumber::Scheme::CallTo);
    case DialSettings::Method::Sip:
        return number.dialUri(DialNumber::Scheme::Sip, dial.sipHost);
    case DialSettings::Method::Command: {
        QStringList argv;
        for (const QString &argument : number.commandFor(dial.commandTemplate))
            argv << quoted(argument);
        return argv.join(QLatin1Char(' '));
    }
    }
    return {};
}

void CallingSettingsDialog::followFields()
{
    const CallSettings s = settings();
    m_sipHost->setEnabled(s.dial.method == DialSettings::Method::Sip);
    m_command->setEnabled(s.dial.method == DialSettings::Method::Command);

    const int minutes = m_retryMinutes->value();
    m_retryMinutesHint->setText(minutes < 60 ? QString()
                                : minutes % 60 == 0
                                    ? tr("= %1 h").arg(minutes / 60)
                                    : tr("= %1 h %2 min").arg(minutes / 60).arg(minutes % 60));
    m_retryDays->setSuffix(m_retryDays->value() == 1 ? tr(" business day later")
                                                     : tr(" business days later"));

    const PhoneNumber example = exampleNumber();
    const QString number = tr("%1 ext. %2").arg(example.raw, example.extension);
    const QString dialled = dialText(s.dial, example);
    m_preview->setText(dialled.isEmpty() ? tr("%1: nothing would be dialled").arg(number)
                                         : tr("%1 dials %2").arg(number, dialled));

    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace engage
