#include "ui/SameContactList.h"

#include "core/SameContact.h"
#include "ui/DetailForm.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace engage {

SameContactList::SameContactList(QWidget *parent)
    : QWidget(parent)
    , m_heading(DetailForm::createHeading(QString(), this))
    , m_list(new QLabel(this))
{
    setObjectName(QStringLiteral("sameContactTasks"));
    m_list->setObjectName(QStringLiteral("sameContactList"));
    m_list->setTextFormat(Qt::PlainText); // task titles come from the server
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    hide();
}

void SameContactList::setOthers(const QList<Task> &others, const QDateTime &now,
                                const QTimeZone &zone)
{
    m_lines.clear();
    for (qsizetype i = 0; i < std::min<qsizetype>(others.size(), ShownLines); ++i)
        m_lines << SameContact::line(others.at(i), now, zone);
    const int total = static_cast<int>(others.size());
    m_heading->setText(SameContact::moreText(total));
    QString text = m_lines.join(QLatin1Char('\n'));
    QString spoken = m_lines.join(QStringLiteral("; "));
    if (const int rest = total - static_cast<int>(m_lines.size()); rest > 0) {
        const QString more = tr("and %n more", nullptr, rest);
        text += QLatin1Char('\n') + more;
        spoken += QStringLiteral("; ") + more;
    }
    m_list->setText(text);
    setAccessibleDescription(m_heading->text() + QStringLiteral(": ") + spoken);
    setVisible(total > 0);
}

} // namespace engage
