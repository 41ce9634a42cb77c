#pragma once

#include <QObject>

class QAbstractItemView;

namespace engage {

// For the start-up benchmark: prints "painted N" when the list is first painted with rows in it,
// then quits. Test-only binary (engage-tasks-test), never installed.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QAbstractItemView *view, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace engage
