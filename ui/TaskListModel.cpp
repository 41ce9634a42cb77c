#include "ui/TaskListModel.h"

#include "core/DueText.h"
#include "core/Parallel.h"
#include "core/SameContact.h"
#include "core/TaskFilter.h"
#include "ui/SharpIcon.h"
#include "ui/TaskAccessibleText.h"
#include "ui/Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>

#include <algorithm>

namespace engage {

QString plainToolTip(const QString &text)
{
    // Tooltips guess rich text from content; server strings must never be taken as markup.
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

namespace {
// Small round marks drawn once (at every scale): a blue dot for "on its way", a red one for
// "refused".
QIcon dotIcon(const QColor &color)
{
    return SharpIcon::paint(12, [color](QPainter &painter) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(2, 2, 8, 8));
    });
}

// A crescent moon: the contact is outside calling hours. The same size as the dots.
QIcon moonIcon(const QColor &color)
{
    return SharpIcon::paint(12, [color](QPainter &painter) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.drawEllipse(QRectF(4.5, -0.5, 9, 9));
    });
}

// A transparent mark of the same size, so open and closed rows line their times up.
const QIcon &blankIcon()
{
    static const QIcon icon = SharpIcon::paint(12, [](QPainter &) {});
    return icon;
}

// Each mark is drawn once per colour, so a theme's icons keep one cache key while it lasts.
const QIcon &cachedIcon(QIcon (*draw)(const QColor &), const QColor &color)
{
    static QHash<QPair<quintptr, QRgb>, QIcon> icons;
    const QPair<quintptr, QRgb> key(reinterpret_cast<quintptr>(draw), color.rgba());
    auto it = icons.find(key);
    if (it == icons.end())
        it = icons.insert(key, draw(color));
    return *it;
}
} // namespace

QIcon TaskListModel::pendingIcon()
{
    return cachedIcon(dotIcon, Theme::colors().pendingDot);
}

QIcon TaskListModel::failedIcon()
{
    return cachedIcon(dotIcon, Theme::colors().failedDot);
}

QIcon TaskListModel::conflictIcon()
{
    return cachedIcon(dotIcon, Theme::colors().conflictDot);
}

QIcon TaskListModel::closedIcon()
{
    return cachedIcon(moonIcon, Theme::colors().outsideHoursDot);
}

TaskListModel::TaskListModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_repZone(clock.timeZone())
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &TaskListModel::applyNextSlice);
}

void TaskListModel::setCallingHours(const CallingHoursSettings &settings, const QTimeZone &repZone)
{
    m_hoursSettings = settings;
    m_repZone = repZone;
    m_hoursByZone.clear();
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, LocalTimeColumn), index(rowCount() - 1, LocalTimeColumn));
    emit callingHoursChanged();
}

CallingHours TaskListModel::hoursFor(const Task &task) const
{
    return hoursForZone(task.contact ? task.contact->timezone : QString());
}

CallingHours TaskListModel::hoursForZone(const QString &zoneId) const
{
    auto it = m_hoursByZone.constFind(zoneId);
    if (it == m_hoursByZone.cend())
        it = m_hoursByZone.insert(zoneId,
                                  CallingHours::forZoneId(zoneId, m_repZone, m_hoursSettings));
    return *it;
}

QString TaskListModel::localTimeText(const CallingHours &hours, const QDateTime &now)
{
    // Closed: when it opens, which is what the rep plans by (the moon says it is closed, the
    // tooltip what time it is there). Open: the contact's clock, or why there is none.
    if (const QString opens = hours.opensText(now); !opens.isEmpty())
        return opens;
    switch (hours.zoneSource()) {
    case CallingHours::ZoneSource::Contact:
        return hours.localTime(now).toString(QStringLiteral("HH:mm"));
    case CallingHours::ZoneSource::MissingZone:
        return tr("no time zone");
    case CallingHours::ZoneSource::UnknownZone:
        return tr("unknown time zone");
    }
    return {};
}

void TaskListModel::setFlowExpiry(const FlowExpiry &expiry)
{
    if (expiry == m_expiry)
        return;
    m_expiry = expiry;
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
    emit flowExpiryChanged();
}

void TaskListModel::countContact(const TaskKeys &keys, int delta)
{
    if (keys.contact.isEmpty() ||
        (keys.status != TaskStatus::Open && keys.status != TaskStatus::Unknown))
        return;
    if ((m_openPerContact[keys.contact] += delta) <= 0)
        m_openPerContact.remove(keys.contact);
}

int TaskListModel::othersForContact(int row) const
{
    const TaskKeys &keys = m_keys.at(row);
    if (keys.contact.isEmpty())
        return 0;
    const bool open = keys.status == TaskStatus::Open || keys.status == TaskStatus::Unknown;
    return std::max(0, m_openPerContact.value(keys.contact) - (open ? 1 : 0));
}

void TaskListModel::setTasks(const TaskList &tasks)
{
    m_sliceTimer.stop();
    m_pending = {}; // the new rows replace them
    beginResetModel();
    m_tasks = tasks;
    const qsizetype n = m_tasks.size();
    m_keys = QList<TaskKeys>(n);
    // Tasks from the cache bring their keys; for the others folding accents for search is the
    // costly part of a reset (25 ms for 10,000 tasks on one core). Each thread writes its rows.
    TaskKeys *keys = m_keys.data();
    m_openPerContact.clear();
    m_openPerContact.reserve(n);
    bool ready = true;
    for (qsizetype row = 0; ready && row < n; ++row)
        ready = m_tasks.shared(row).hasKeys();
    if (ready) {
        for (qsizetype row = 0; row < n; ++row) {
            keys[row] = m_tasks.keysAt(row);
            countContact(keys[row], 1);
        }
    } else {
        parallelFor(n, 1000, [this, keys](qsizetype from, qsizetype to) {
            for (qsizetype row = from; row < to; ++row)
                keys[row] = m_tasks.keysAt(row);
        });
        for (qsizetype row = 0; row < n; ++row)
            countContact(keys[row], 1);
    }
    m_rowOf.clear();
    m_rowOfUnbuilt = true;
    m_rowOfStale = false;
    endResetModel();
}

void TaskListModel::updateTask(const Task &task)
{
    finishPendingRows(); // a refresh's slice must not bring back what this changes
    const int row = rowOf(task.id);
    if (row < 0)
        return;
    m_tasks.replace(row, task);
    const QString before = m_keys.at(row).contact;
    countContact(m_keys.at(row), -1);
    m_keys[row] = TaskFilter::keys(task);
    countContact(m_keys.at(row), 1);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // The contact's other rows count this one: their "(+n)" moves with it.
    for (const QString &contact : {before, m_keys.at(row).contact}) {
        if (contact.isEmpty())
            continue;
        for (int r = 0; r < rowCount(); ++r)
            if (r != row && m_keys.at(r).contact == contact)
                emit dataChanged(index(r, ContactColumn), index(r, ContactColumn));
    }
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_tasks.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::displayText(const Task &task, int row, int column) const
{
    switch (column) {
    case DueColumn: {
        const QString due = DueText::format(task.dueDate, m_clock.now(), m_clock.timeZone());
        const QString expiry = m_expiry.label(task, m_clock.now());
        return expiry.isEmpty() ? due : tr("%1 · %2").arg(due, expiry);
    }
    case ContactColumn:
        return task.contact
                   ? SameContact::nameWithOthers(task.contact->displayName(), othersForContact(row))
                   : QString();
    case LocalTimeColumn:
        return localTimeText(hoursFor(task), m_clock.now());
    case CompanyColumn:
        if (task.contact && !task.contact->companyName.isEmpty())
            return task.contact->companyName;
        return task.account ? task.account->name : QString();
    case WhatColumn:
        return task.whatToDo();
    case TypeColumn:
        return task.type == TaskType::Flow     ? tr("Flow")
               : task.type == TaskType::Manual ? tr("Manual")
                                               : QString();
    case OpportunityColumn:
        return task.opportunity ? task.opportunity->name : QString();
    }
    return {};
}

QString TaskListModel::accessibleText(const Task &task, int row, int column) const
{
    // The first cell speaks for the row; the others say which column they are.
    if (column == DueColumn) {
        const CallingHours hours = hoursFor(task);
        const QDateTime now = m_clock.now();
        return TaskAccessibleText::row(task, now, m_clock.timeZone(),
                                       m_marks ? m_marks(task.id) : RowMark{},
                                       hours.isOpen(now) ? QString() : hours.opensText(now));
    }
    return TaskAccessibleText::cell(headerData(column, Qt::Horizontal).toString(),
                                    column == WhatColumn ? TaskAccessibleText::what(task)
                                                         : displayText(task, row, column));
}

QString TaskListModel::accessibleDescription(const Task &task) const
{
    // What the row's tooltips say: the refusal's words and the contact's calling hours.
    QStringList lines;
    const RowMark mark = m_marks ? m_marks(task.id) : RowMark{};
    if (!mark.failure.isEmpty())
        lines << mark.failure;
    if (task.contact)
        lines << hoursFor(task).label(m_clock.now());
    return lines.join(QStringLiteral(". "));
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = displayText(task, index.row(), index.column());
        return text.isEmpty() ? QStringLiteral("—") : text;
    }
    case Qt::ToolTipRole: {
        const RowMark mark = m_marks ? m_marks(task.id) : RowMark{};
        if (index.column() == DueColumn) {
            QString tip = task.dueDate.isValid()
                              ? task.dueDate.toTimeZone(m_clock.timeZone()).toString(Qt::TextDate)
                              : tr("No due date");
            if (mark.mark == SyncMark::Pending)
                tip += QLatin1Char('\n') + tr("Change waiting to reach Gong");
            else if (mark.mark == SyncMark::Failed)
                tip += QLatin1Char('\n') + tr("Gong refused this change: %1").arg(mark.failure);
            else if (mark.mark == SyncMark::Conflict)
                tip += QStringLiteral("\n") + mark.failure;
            return plainToolTip(tip);
        }
        if (index.column() == LocalTimeColumn)
            return plainToolTip(hoursFor(task).label(m_clock.now()));
        if (const int others = othersForContact(index.row());
            index.column() == ContactColumn && others > 0)
            return plainToolTip(displayText(task, index.row(), ContactColumn) + QLatin1Char('\n') +
                                SameContact::moreText(others));
        return plainToolTip(displayText(task, index.row(), index.column()));
    }
    case Qt::DecorationRole:
        if (index.column() == DueColumn && m_marks) {
            const RowMark mark = m_marks(task.id);
            if (mark.mark == SyncMark::Pending)
                return pendingIcon();
            if (mark.mark == SyncMark::Failed)
                return failedIcon();
            if (mark.mark == SyncMark::Conflict)
                return conflictIcon();
        }
        if (index.column() == LocalTimeColumn)
            return hoursFor(task).isOpen(m_clock.now()) ? blankIcon() : closedIcon();
        return {};
    case Qt::FontRole:
        if (task.status == TaskStatus::Done || task.status == TaskStatus::Dismissed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (task.status == TaskStatus::Done || task.status == TaskStatus::Dismissed)
            return QBrush(Theme::colors().mutedText);
        if (index.column() == DueColumn &&
            m_expiry.state(task, m_clock.now()) == FlowExpiry::State::Past)
            return QBrush(Theme::colors().failedText);
        if (index.column() == DueColumn && task.dueDate.isValid() && task.dueDate < m_clock.now())
            return QBrush(Theme::colors().overdueText);
        if (index.column() == LocalTimeColumn && !hoursFor(task).isOpen(m_clock.now()))
            return QBrush(Theme::colors().mutedText);
        return {};
    case Qt::AccessibleTextRole:
        return accessibleText(task, index.row(), index.column());
    case Qt::AccessibleDescriptionRole:
        return index.column() == DueColumn ? accessibleDescription(task) : QString();
    case SyncMarkRole:
        return m_marks ? static_cast<int>(m_marks(task.id).mark) : 0;
    case CallableRole:
        return hoursFor(task).isOpen(m_clock.now());
    case TaskRole:
        return QVariant::fromValue(task);
    case TaskIdRole:
        return task.id;
    case SearchKeyRole:
        return m_keys.at(index.row()).search;
    case DueRole:
        return task.dueDate;
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case ContactColumn:
        return tr("Contact");
    case LocalTimeColumn:
        return tr("Local time");
    case CompanyColumn:
        return tr("Company");
    case WhatColumn:
        return tr("What to do");
    case TypeColumn:
        return tr("Type");
    case OpportunityColumn:
        return tr("Opportunity");
    }
    return {};
}

} // namespace engage
