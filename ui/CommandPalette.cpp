#include "ui/CommandPalette.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace engage {

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_field(new QLineEdit)
    , m_list(new QTreeView)
    , m_model(new PaletteModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    setAccessibleName(tr("Command palette"));
    m_field->setObjectName(QStringLiteral("palette.field"));
    m_field->setPlaceholderText(tr("Type a command, a view or a task…"));
    m_field->setAccessibleName(tr("Command or task"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("palette.list"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setModel(m_model);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setItemsExpandable(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the field
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeView::activated, this, &CommandPalette::choose);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        selectFirst();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    resize(640, 420);
}

void CommandPalette::setEntries(QList<PaletteEntry> entries)
{
    const QSignalBlocker quiet(m_field);
    m_field->clear();
    m_model->setFilterText({});
    m_model->setEntries(std::move(entries));
    selectFirst();
}

void CommandPalette::setRecent(const QStringList &ids)
{
    m_recent = ids.mid(0, RecentCount);
    m_model->setRecent(m_recent);
    selectFirst();
}

void CommandPalette::popUp(QWidget *window)
{
    const int width = qMin(640, qMax(360, window->width() - 80));
    resize(width, qMin(420, qMax(200, window->height() - 120)));
    const QPoint topCentre = window->mapToGlobal(QPoint((window->width() - width) / 2, 60));
    move(topCentre);
    open();
    raise();
    activateWindow();
    m_field->setFocus();
}

void CommandPalette::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::choose()
{
    const QModelIndex at = m_list->currentIndex();
    if (!at.isValid())
        return;
    const PaletteEntry entry = m_model->entryAt(at.row());
    m_recent.removeAll(entry.id);
    m_recent.prepend(entry.id);
    m_recent = m_recent.mid(0, RecentCount);
    m_model->setRecent(m_recent);
    accept();
    emit recentChanged(m_recent);
    emit chosen(entry);
}

} // namespace engage
