#pragma once
// The sort arrow of every grid's header points the way the values run: up (▲) for
// ascending, smallest first; down (▼) for descending. Qt's header hands the style
// "SortDown" for ascending (the convention of old Windows list views), so Fusion and the
// other built-in styles draw ▼ for ascending and ▲ for descending, which reads backwards
// beside every other program; this proxy style swaps the two for the header arrow only.
// installSortIndicatorStyle() puts it under the application's style once (the main
// window does, so the application, the tests and the screenshots all draw the same).

#include <QProxyStyle>

namespace ardesk {

class SortIndicatorStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    explicit SortIndicatorStyle(const QString &baseStyleKey);
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

// Idempotent: the application's style becomes a SortIndicatorStyle over the style it had.
void installSortIndicatorStyle();

} // namespace ardesk
