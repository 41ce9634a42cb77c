#pragma once

#include <QList>
#include <QStringList>

namespace engage {

// The task store's schema, one step per version: the statements that take a file from the
// version before to this one. TaskStore runs each step as one transaction that ends by setting
// the version, so a kill mid-upgrade leaves the file at the last whole step.
class StoreSchema
{
public:
    static constexpr int Version = 9;
    // steps().at(n - 1) takes a file to version n.
    static const QList<QStringList> &steps();
};

} // namespace engage
