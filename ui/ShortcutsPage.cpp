#include "ui/ShortcutsPage.h"

#include "ui/ActionRegistry.h"
#include "ui/KeyRecorder.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace engage {

namespace {
QString plainText(const QAction *action)
{
    return action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList parts;
    for (const QKeySequence &key : keys)
        parts << key.toString(QKeySequence::NativeText);
    return parts.join(ShortcutsPage::tr("   or   ", "between two keys of one action"));
}
} // namespace

ShortcutsPage::ShortcutsPage(ActionRegistry *registry, QSettings *settings, QWidget *parent)
    : PreferencesPage(parent)
    , m_overrides(registry->shortcutOverrides())
    , m_settings(settings)
    , m_keys(m_overrides->current())
    , m_table(new QTableWidget(0, 2))
    , m_recorder(new KeyRecorder)
    , m_noKey(new QPushButton(tr("&No Key")))
    , m_reset(new QPushButton(tr("&Reset to Default")))
    , m_resetAll(new QPushButton(tr("Reset &All")))
    , m_clashLabel(new QLabel)
    , m_takeOver(new QPushButton(tr("&Take It Over")))
{
    setObjectName(QStringLiteral("shortcutsPage"));
    m_table->setObjectName(QStringLiteral("shortcuts.table"));
    m_table->setAccessibleName(tr("Actions and their keys"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (QAction *action : m_overrides->actions()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(plainText(action));
        name->setData(Qt::UserRole, action->objectName());
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem);
    }
    m_recorder->setObjectName(QStringLiteral("shortcuts.recorder"));
    m_noKey->setObjectName(QStringLiteral("shortcuts.noKey"));
    m_reset->setObjectName(QStringLiteral("shortcuts.reset"));
    m_resetAll->setObjectName(QStringLiteral("shortcuts.resetAll"));
    m_clashLabel->setObjectName(QStringLiteral("shortcuts.clash"));
    m_clashLabel->setWordWrap(true);
    m_takeOver->setObjectName(QStringLiteral("shortcuts.takeOver"));
    connect(m_recorder, &KeyRecorder::keyRecorded, this, &ShortcutsPage::setKeyOfCurrent);
    connect(m_noKey, &QPushButton::clicked, this, [this] { setKeyOfCurrent({}); });
    connect(m_reset, &QPushButton::clicked, this, &ShortcutsPage::resetCurrent);
    connect(m_resetAll, &QPushButton::clicked, this, &ShortcutsPage::resetAll);
    connect(m_takeOver, &QPushButton::clicked, this, &ShortcutsPage::takeOver);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ShortcutsPage::refresh);

    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Key:"));
    keyLabel->setBuddy(m_recorder);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_recorder, 1);
    keyRow->addWidget(m_noKey);
    keyRow->addWidget(m_reset);
    keyRow->addWidget(m_resetAll);
    auto *clashRow = new QHBoxLayout;
    clashRow->addWidget(m_clashLabel, 1);
    clashRow->addWidget(m_takeOver);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(keyRow);
    layout->addLayout(clashRow);
    m_table->setCurrentCell(0, 0);
    refresh();
}

int ShortcutsPage::rowOf(const QString &objectName) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == objectName)
            return row;
    }
    return -1;
}

QList<QKeySequence> ShortcutsPage::keysAt(int row) const
{
    return m_keys.value(m_overrides->actions().value(row));
}

QAction *ShortcutsPage::currentAction() const
{
    return m_overrides->actions().value(m_table->currentRow());
}

void ShortcutsPage::setKeyOfCurrent(const QKeySequence &key)
{
    QAction *action = currentAction();
    if (!action)
        return;
    m_keys.insert(action, key.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{key});
    m_lastEdited = action;
    refresh();
}

void ShortcutsPage::resetCurrent()
{
    if (QAction *action = currentAction()) {
        m_keys.insert(action, m_overrides->defaults(action));
        m_lastEdited = action;
    }
    refresh();
}

void ShortcutsPage::resetAll()
{
    for (QAction *action : m_overrides->actions())
        m_keys.insert(action, m_overrides->defaults(action));
    m_lastEdited = nullptr;
    refresh();
}

void ShortcutsPage::takeOver()
{
    // The key stays with the action the rep just gave it to; the other one loses it.
    if (!m_clash.other)
        return;
    const bool mineIsNew = m_clash.action == m_lastEdited || m_clash.other != m_lastEdited;
    const QAction *loser = mineIsNew ? m_clash.other : m_clash.action;
    QList<QKeySequence> keys = m_keys.value(loser);
    keys.removeIf(
        [this](const QKeySequence &k) { return ShortcutOverrides::clash(k, m_clash.key); });
    m_keys.insert(loser, keys);
    refresh();
}

bool ShortcutsPage::isValid() const
{
    return !m_clash.other;
}

void ShortcutsPage::refresh()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QAction *action = m_overrides->actions().at(row);
        const QList<QKeySequence> keys = m_keys.value(action);
        QTableWidgetItem *cell = m_table->item(row, 1);
        cell->setText(keysText(keys));
        QFont font = cell->font();
        font.setBold(keys != m_overrides->defaults(action)); // the rep's own
        cell->setFont(font);
    }
    const bool wasValid = isValid();
    m_clash = m_overrides->firstClash(m_keys);
    // Report the clash from the side of the action the rep just edited.
    if (m_clash.other && m_clash.other == m_lastEdited)
        m_clash = {m_lastEdited, m_clash.key, m_clash.action};
    m_clashLabel->setText(
        m_clash.other
            ? tr("%1 is already %2. Choose another key, or take it over.")
                  .arg(m_clash.key.toString(QKeySequence::NativeText), plainText(m_clash.other))
            : QString());
    m_clashLabel->setVisible(m_clash.other);
    m_takeOver->setVisible(m_clash.other);
    if (QAction *action = currentAction()) {
        const QList<QKeySequence> keys = m_keys.value(action);
        m_recorder->setKey(keys.isEmpty() ? QKeySequence() : keys.first());
        m_reset->setEnabled(keys != m_overrides->defaults(action));
    }
    if (wasValid != isValid())
        emit validityChanged();
}

void ShortcutsPage::apply()
{
    if (isValid())
        m_overrides->setKeys(m_keys, m_settings);
}

} // namespace engage
