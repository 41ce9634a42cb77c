#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engage {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(
                             action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))));
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(keys.join(tr("   or   ", "between two keys of one action"))));
    }
    m_table->setRowCount(m_table->rowCount() + 2);
    const int r = m_table->rowCount() - 2;
    m_table->setItem(r, 0, new QTableWidgetItem(tr("In Reschedule: pick a preset")));
    m_table->setItem(r, 1, new QTableWidgetItem(QStringLiteral("1   2   3   4")));
    m_table->setItem(r + 1, 0, new QTableWidgetItem(tr("In Reschedule: apply / cancel")));
    m_table->setItem(
        r + 1, 1, new QTableWidgetItem(tr("Return   /   Esc", "the keys that apply and cancel")));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace engage
