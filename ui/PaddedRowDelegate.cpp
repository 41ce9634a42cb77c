#include "ui/PaddedRowDelegate.h"

namespace engage {

QSize PaddedRowDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * VerticalPadding);
}

} // namespace engage
