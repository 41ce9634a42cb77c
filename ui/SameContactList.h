#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace engage {

// The contact panel's "+2 more for this contact": the contact's other open tasks, one line
// each (SameContact::line), so one call can see to all of them. Hidden when there are none.
class SameContactList : public QWidget
{
    Q_OBJECT
public:
    explicit SameContactList(QWidget *parent = nullptr);

    void setLines(const QStringList &lines);
    QStringList lines() const { return m_lines; }

private:
    QLabel *m_heading;
    QLabel *m_list;
    QStringList m_lines;
};

} // namespace engage
