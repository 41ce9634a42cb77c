#include "ui/Announce.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QWidget>

namespace engage {

namespace {

const char kAlertProperty[] = "engage.accessibleAlert";

QAccessibleInterface *alertFactory(const QString &, QObject *object)
{
    if (object && object->isWidgetType() && object->property(kAlertProperty).toBool())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

void Announce::markAsAlert(QWidget *widget)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed);
    widget->setProperty(kAlertProperty, true);
}

void Announce::alert(QWidget *widget)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void Announce::contentChanged(QWidget *widget)
{
    if (!QAccessible::isActive())
        return;
    widget->setAccessibleDescription(visibleText(widget));
    QAccessibleEvent event(widget, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QString Announce::visibleText(const QWidget *root)
{
    QStringList parts;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text().simplified();
        if (!text.isEmpty() && label->isVisibleTo(root) && label->textFormat() != Qt::RichText)
            parts << text;
    }
    return parts.join(QStringLiteral(". "));
}

} // namespace engage
