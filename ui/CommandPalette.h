#pragma once

#include "ui/PaletteModel.h"

#include <QDialog>

class QLineEdit;
class QTreeView;

namespace engage {

// Ctrl+K: a frameless popup over the window, a field on top and the matching entries below.
// Up and Down (and Page Up, Page Down) move in the list while the keyboard stays in the field;
// Return chooses the current entry, Esc closes with nothing done. It remembers the last
// RecentCount choices (most recent first) for the model to rank ahead.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    static constexpr int RecentCount = 20;

    explicit CommandPalette(QWidget *parent = nullptr);

    // Empties the field and lists `entries`, the recent ones first.
    void setEntries(QList<PaletteEntry> entries);
    void setRecent(const QStringList &ids);
    const QStringList &recent() const { return m_recent; }

    QLineEdit *field() const { return m_field; }
    QTreeView *list() const { return m_list; }
    PaletteModel *model() const { return m_model; }
    // Shows the popup top-centre over `window`, the keyboard in the field.
    void popUp(QWidget *window);

signals:
    // After the popup closed: the rep chose `entry`.
    void chosen(const engage::PaletteEntry &entry);
    void recentChanged(const QStringList &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void selectFirst();

    QLineEdit *m_field;
    QTreeView *m_list;
    PaletteModel *m_model;
    QStringList m_recent;
};

} // namespace engage
