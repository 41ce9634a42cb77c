#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace engage {

// Every shortcut of the window, read from the actions themselves so the list is always true.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace engage
