#include "ui/SameContactList.h"

#include "core/SameContact.h"
#include "ui/DetailForm.h"

#include <QLabel>
#include <QVBoxLayout>

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

void SameContactList::setLines(const QStringList &lines)
{
    m_lines = lines;
    m_heading->setText(SameContact::moreText(static_cast<int>(lines.size())));
    m_list->setText(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(m_heading->text() + QStringLiteral(": ") +
                             lines.join(QStringLiteral("; ")));
    setVisible(!lines.isEmpty());
}

} // namespace engage
