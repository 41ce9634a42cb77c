#pragma once

#include "core/Task.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTimeZone;

namespace engage {

// The contact panel's "+2 more for this contact": the contact's other open tasks, one line
// each (SameContact::line), so one call can see to all of them. Hidden when there are none.
// A contact with a backlog of them shows the first few and how many more: a panel of hundreds
// of lines helps no one, and laid out it cost ~20 ms of every move to another task.
class SameContactList : public QWidget
{
    Q_OBJECT
public:
    explicit SameContactList(QWidget *parent = nullptr);

    // At most this many lines are shown.
    static constexpr int ShownLines = 5;

    // The contact's other open tasks (SameContact::others); the first ShownLines are listed.
    void setOthers(const QList<Task> &others, const QDateTime &now, const QTimeZone &zone);
    // The lines on show.
    QStringList lines() const { return m_lines; }

private:
    QLabel *m_heading;
    QLabel *m_list;
    QStringList m_lines;
};

} // namespace engage
