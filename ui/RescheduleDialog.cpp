#include "ui/RescheduleDialog.h"

#include "core/DatePhrase.h"
#include "core/ReschedulePresets.h"
#include "ui/QuarterHourEdit.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTextCharFormat>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

namespace {

int presetForKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier || key->key() < Qt::Key_1 || key->key() > Qt::Key_4)
        return 0;
    return key->key() - Qt::Key_1 + 1;
}

// A lone 1-4 in the field: that preset's number, else 0.
int presetInField(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 1 || trimmed.at(0) < QLatin1Char('1') || trimmed.at(0) > QLatin1Char('4'))
        return 0;
    return trimmed.at(0).digitValue();
}

QTimeZone zoneOf(const Task &task)
{
    if (!task.contact)
        return {};
    // Not isTimeZoneIdAvailable(): that list leaves out links such as US/Pacific.
    const QByteArray id = task.contact->timezone.trimmed().toUtf8();
    if (id.isEmpty())
        return {}; // QTimeZone(QByteArray()) would be valid
    QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone();
}

} // namespace

RescheduleDialog::RescheduleDialog(const Clock &clock, const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_task(task)
    , m_contactZone(zoneOf(task))
{
    const QString contactName = task.contact ? task.contact->displayName() : QString();
    QString firstName = task.contact ? task.contact->firstName.trimmed() : QString();
    if (firstName.isEmpty())
        firstName = contactName;
    m_contactFirstName = firstName;

    const QString subject = contactName.isEmpty() ? task.whatToDo() : contactName;
    setWindowTitle(subject.isEmpty() ? tr("Reschedule") : tr("Reschedule — %1").arg(subject));

    m_nowDue = new QLabel(this);
    m_nowDue->setObjectName(QStringLiteral("nowDue"));
    m_nowDue->setTextFormat(Qt::PlainText);
    m_nowDue->setForegroundRole(QPalette::PlaceholderText);

    // The field: words read as a date in the zone chosen below, or a lone 1-4 for a preset.
    m_phrase = new QLineEdit(this);
    m_phrase->setObjectName(QStringLiteral("phrase"));
    m_phrase->setAccessibleName(tr("When"));
    m_phrase->setPlaceholderText(tr("tomorrow 4pm, fri 9, in 2h, 5.12. 14:30 — or 1-4"));
    m_phrase->setToolTip(tr("Type a day, a time or both, in English, German or French"));
    m_phrase->setClearButtonEnabled(true);
    auto *phraseLabel = new QLabel(tr("&When"), this);
    phraseLabel->setBuddy(m_phrase);
    auto *phraseRow = new QHBoxLayout;
    phraseRow->addWidget(phraseLabel);
    phraseRow->addWidget(m_phrase, 1);

    // The calendar: names in the rep's language, the week as their locale has it.
    m_calendar = new QCalendarWidget(this);
    m_calendar->setAccessibleName(tr("New due date"));
    if (auto *days = m_calendar->findChild<QAbstractItemView *>())
        days->setAccessibleName(tr("New due date"));
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setLocale(QLocale());
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    m_calendar->setGridVisible(false);
    m_calendar->setDateEditEnabled(false); // its typing popup would swallow the keys 1-4
    // Its own size hint is cramped; give the days some air, whatever the rest of the dialog is.
    const QSize calendarHint = m_calendar->sizeHint();
    m_calendar->setMinimumSize(calendarHint.width() * 6 / 5, calendarHint.height() * 4 / 3);

    m_timeEdit = new QuarterHourEdit(this);
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_timeEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeEdit->setLocale(QLocale());
    m_timeEdit->setKeyboardTracking(true);
    m_timeEdit->setToolTip(tr("Type any time; arrows step by 15 minutes"));

    auto *timeLabel = new QLabel(tr("&Time"), this);
    timeLabel->setBuddy(m_timeEdit);

    m_zoneYours = new QRadioButton(tr("Your time"), this);
    m_zoneYours->setObjectName(QStringLiteral("zoneYours"));
    m_zoneYours->setToolTip(QString::fromUtf8(m_clock.timeZone().id()));
    m_zoneYours->setChecked(true);
    m_zoneContact = new QRadioButton(tr("%1's time").arg(firstName), this);
    m_zoneContact->setObjectName(QStringLiteral("zoneContact"));
    if (m_contactZone.isValid()) {
        m_zoneContact->setToolTip(QString::fromUtf8(m_contactZone.id()));
    } else {
        m_zoneYours->hide();
        m_zoneContact->hide();
        m_zoneContact->setEnabled(false);
    }

    // Presets, each with its key on the button.
    auto *presetBox = new QVBoxLayout;
    presetBox->setSpacing(4);
    auto *presetTitle = new QLabel(tr("Quick picks"), this);
    QFont titleFont = presetTitle->font();
    titleFont.setBold(true);
    presetTitle->setFont(titleFont);
    presetBox->addWidget(presetTitle);
    for (int preset = ReschedulePresets::First; preset <= ReschedulePresets::Last; ++preset) {
        auto *button = new QPushButton(
            QStringLiteral("%1   %2").arg(preset).arg(ReschedulePresets::label(preset)), this);
        button->setObjectName(QStringLiteral("preset%1").arg(preset));
        button->setAutoDefault(false); // Return always applies
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
        connect(button, &QPushButton::clicked, this, [this, preset] { pickPreset(preset); });
        presetBox->addWidget(button);
        m_presets.append(button);

        // Window-wide, so they work whatever has the focus, except where digits are typed.
        auto *shortcut = new QShortcut(QKeySequence(QString::number(preset)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, preset] { pickPreset(preset); });
    }
    presetBox->addSpacing(8);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_timeEdit, 1);
    presetBox->addLayout(timeRow);
    presetBox->addWidget(m_zoneYours);
    presetBox->addWidget(m_zoneContact);
    presetBox->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_calendar, 1);
    body->addLayout(presetBox);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() + 4);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reschedule"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RescheduleDialog::reject);

    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);
    root->addWidget(m_nowDue);
    root->addLayout(phraseRow);
    root->addLayout(body);
    root->addWidget(m_preview);
    root->addWidget(m_buttons);

    // Tab in reading order: field, calendar, quick picks, time, zone, buttons.
    setTabOrder(m_phrase, m_calendar);
    QWidget *previous = m_calendar;
    for (QPushButton *button : std::as_const(m_presets)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_timeEdit);
    setTabOrder(m_timeEdit, m_zoneYours);
    setTabOrder(m_zoneYours, m_zoneContact);
    setTabOrder(m_zoneContact, m_buttons);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            &RescheduleDialog::onEditorsChanged);
    // Return in the calendar or a double click on a day applies, like the OK button.
    connect(m_calendar, &QCalendarWidget::activated, this, &RescheduleDialog::accept);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &RescheduleDialog::onEditorsChanged);
    connect(m_zoneYours, &QRadioButton::toggled, this, &RescheduleDialog::onZoneToggled);
    connect(m_phrase, &QLineEdit::textEdited, this, &RescheduleDialog::onPhraseEdited);

    // QCalendarWidget takes the keys its view gets; 1-4 stay ours there too.
    m_calendar->installEventFilter(this);
    const QList<QWidget *> calendarParts = m_calendar->findChildren<QWidget *>();
    for (QWidget *part : calendarParts)
        part->installEventFilter(this);

    // Time moves on while the dialog is open: a choice can become past, today can change.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        const QDate minimum = m_clock.now().toTimeZone(editZone()).date();
        if (m_calendar->minimumDate() != minimum)
            showChosenInEditors();
        refresh();
    });
    tick->start(15'000);

    markDueDate();
    // Start from the current due date when it is still ahead, else from tomorrow morning.
    const QDateTime now = m_clock.now();
    setChosen(task.dueDate.isValid() && task.dueDate > now
                  ? task.dueDate.toUTC()
                  : ReschedulePresets::tomorrowMorning(now, m_clock.timeZone()));
    m_phrase->setFocus();
    Theme::follow(this, [this] { refresh(); }); // the warning's red follows the theme
}

QDateTime RescheduleDialog::chosenUtc() const
{
    return m_chosen;
}

bool RescheduleDialog::usesContactZone() const
{
    return m_contactZone.isValid() && m_zoneContact->isChecked();
}

QTimeZone RescheduleDialog::editZone() const
{
    if (usesContactZone())
        return m_contactZone;
    const QTimeZone yours = m_clock.timeZone();
    return yours.isValid() ? yours : QTimeZone::utc();
}

void RescheduleDialog::pickPreset(int preset)
{
    clearPhrase();
    applyPreset(preset);
}

void RescheduleDialog::applyPreset(int preset)
{
    const QDateTime when = ReschedulePresets::resolve(preset, m_clock.now(), editZone());
    if (when.isValid())
        setChosen(when);
}

void RescheduleDialog::accept()
{
    refresh();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QDialog::accept();
}

bool RescheduleDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        if (const int preset = presetForKey(static_cast<QKeyEvent *>(event))) {
            pickPreset(preset);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RescheduleDialog::setChosen(const QDateTime &when)
{
    m_chosen = when.toUTC();
    showChosenInEditors();
    refresh();
}

void RescheduleDialog::showChosenInEditors()
{
    const QTimeZone zone = editZone();
    const QSignalBlocker blockCalendar(m_calendar);
    const QSignalBlocker blockTime(m_timeEdit);
    m_calendar->setMinimumDate(m_clock.now().toTimeZone(zone).date());
    if (!m_chosen.isValid())
        return;
    const QDateTime local = m_chosen.toTimeZone(zone);
    m_calendar->setSelectedDate(local.date());
    m_timeEdit->setTime(QTime(local.time().hour(), local.time().minute()));
    if (m_calendar->selectedDate() != local.date()) { // before the minimum: take what is shown
        const QDateTime shown(m_calendar->selectedDate(), m_timeEdit->time(), zone);
        m_chosen = shown.isValid() ? shown.toUTC() : QDateTime();
    }
}

void RescheduleDialog::clearPhrase()
{
    m_phrase->clear();
    m_phraseProblem.clear();
    m_phraseRolled = false;
}

void RescheduleDialog::onPhraseEdited()
{
    m_phraseProblem.clear();
    m_phraseRolled = false;
    const QString text = m_phrase->text();
    if (const int preset = presetInField(text))
        applyPreset(preset);
    else if (text.trimmed().isEmpty())
        refresh(); // the editors' choice again
    else
        readPhrase();
}

void RescheduleDialog::readPhrase()
{
    const QDateTime now = m_clock.now();
    const DatePhrase::Result read = DatePhrase::parse(m_phrase->text(), now, editZone());
    m_phraseProblem.clear();
    m_phraseRolled = false;
    if (read.ok && read.at < now) {
        m_phraseProblem = tr("That time has passed — pick a later one");
    } else if (read.ok) {
        m_phraseRolled = read.rolledToTomorrow;
        setChosen(read.at);
        return;
    } else if (read.skipped) {
        m_chosen = QDateTime(); // refresh() says the daylight-saving change skips it
    } else {
        m_phraseProblem = read.error;
    }
    refresh();
}

void RescheduleDialog::onEditorsChanged()
{
    clearPhrase(); // the rep picks on the calendar or the time now
    const QTime time = m_timeEdit->time();
    const QDateTime when(m_calendar->selectedDate(), QTime(time.hour(), time.minute()), editZone());
    m_chosen = when.isValid() ? when.toUTC() : QDateTime(); // invalid: skipped by a DST change
    refresh();
}

void RescheduleDialog::onZoneToggled()
{
    markDueDate();
    // Words in the field are read again in the new zone; a preset stays the instant it was.
    const bool words = !m_phrase->text().trimmed().isEmpty() && !presetInField(m_phrase->text());
    if (m_chosen.isValid())
        showChosenInEditors(); // same instant, other wall clock
    else if (!words)
        onEditorsChanged(); // nothing to keep: read the editors in the new zone
    if (words)
        readPhrase();
    refresh();
}

void RescheduleDialog::markDueDate()
{
    // The current due day, underlined on the calendar as the calendar reads: in editZone().
    const QDate day =
        m_task.dueDate.isValid() ? m_task.dueDate.toTimeZone(editZone()).date() : QDate();
    if (day == m_markedDueDate)
        return;
    if (m_markedDueDate.isValid())
        m_calendar->setDateTextFormat(m_markedDueDate, QTextCharFormat());
    m_markedDueDate = day;
    if (!day.isValid())
        return;
    QTextCharFormat due;
    due.setFontUnderline(true);
    due.setFontWeight(QFont::Bold);
    due.setToolTip(tr("Now due"));
    m_calendar->setDateTextFormat(day, due);
}

QString RescheduleDialog::dayAndTime(const QDateTime &when, const QTimeZone &zone) const
{
    const QDateTime local = when.toTimeZone(zone);
    const bool thisYear = local.date().year() == m_clock.now().toTimeZone(zone).date().year();
    return QLocale().toString(local, thisYear ? QStringLiteral("ddd d MMM, HH:mm")
                                              : QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

void RescheduleDialog::refresh()
{
    const QDateTime now = m_clock.now();
    const QTimeZone yours = m_clock.timeZone().isValid() ? m_clock.timeZone() : QTimeZone::utc();

    if (m_task.dueDate.isValid()) {
        // In the zone the editors read, and saying which one it is.
        const QString when = dayAndTime(m_task.dueDate, editZone());
        QString due;
        if (!usesContactZone())
            due = tr("%1 your time").arg(when);
        else if (m_contactFirstName.isEmpty())
            due = tr("%1 the contact's time (%2)").arg(when, QString::fromUtf8(m_contactZone.id()));
        else
            due = tr("%1 %2's time (%3)")
                      .arg(when, m_contactFirstName, QString::fromUtf8(m_contactZone.id()));
        m_nowDue->setText(m_task.dueDate < now ? tr("Now due: %1 (overdue)").arg(due)
                                               : tr("Now due: %1").arg(due));
    } else {
        m_nowDue->setText(tr("Now due: no due date"));
    }

    for (int i = 0; i < m_presets.size(); ++i) {
        const QDateTime at = ReschedulePresets::resolve(i + 1, now, editZone());
        m_presets[i]->setToolTip(tr("%1 (key %2)").arg(dayAndTime(at, editZone())).arg(i + 1));
    }

    QString problem = m_phraseProblem; // the field's words: unreadable, or past
    if (problem.isEmpty() && !m_chosen.isValid())
        problem = tr("That time is skipped by a daylight-saving change — pick another");
    else if (problem.isEmpty() && m_chosen < now)
        problem = tr("That time has passed — pick a later one");

    if (problem.isEmpty()) {
        QString text = tr("%1 your time").arg(dayAndTime(m_chosen, yours));
        if (m_contactZone.isValid()) {
            const QDateTime theirs = m_chosen.toTimeZone(m_contactZone);
            const bool sameDay = theirs.date() == m_chosen.toTimeZone(yours).date();
            const QString at = QLocale().toString(theirs, sameDay ? QStringLiteral("HH:mm")
                                                                  : QStringLiteral("ddd HH:mm"));
            const QString name = m_task.contact->displayName();
            text = name.isEmpty() ? tr("%1 · %2 for the contact").arg(text, at)
                                  : tr("%1 · %2 for %3").arg(text, at, name);
        }
        if (m_phraseRolled)
            text =
                tr("%1 — tomorrow: %2 has passed today")
                    .arg(text, m_chosen.toTimeZone(editZone()).toString(QStringLiteral("HH:mm")));
        m_preview->setText(text);
        m_preview->setPalette(QPalette()); // inherit again
    } else {
        QPalette warning;
        warning.setColor(QPalette::WindowText, Theme::colors().failedText);
        m_preview->setText(problem);
        m_preview->setPalette(warning);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace engage
