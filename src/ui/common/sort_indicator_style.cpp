#include "sort_indicator_style.h"

#include <QApplication>
#include <QStyleOptionHeader>

namespace ardesk {

SortIndicatorStyle::SortIndicatorStyle(const QString &baseStyleKey) : QProxyStyle(baseStyleKey) { }

void SortIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                       const QWidget *widget) const
{
    if (element == PE_IndicatorHeaderArrow) {
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            QStyleOptionHeader swapped(*header);
            if (header->sortIndicator == QStyleOptionHeader::SortDown)
                swapped.sortIndicator = QStyleOptionHeader::SortUp;
            else if (header->sortIndicator == QStyleOptionHeader::SortUp)
                swapped.sortIndicator = QStyleOptionHeader::SortDown;
            QProxyStyle::drawPrimitive(element, &swapped, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void installSortIndicatorStyle()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    if (qobject_cast<SortIndicatorStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new SortIndicatorStyle(QApplication::style()->name()));
}

} // namespace ardesk
