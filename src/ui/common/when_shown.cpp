#include "ui/common/when_shown.h"

#include <QEvent>
#include <QWidget>

namespace ardesk {

namespace {

constexpr const char *kName = "ardeskLoadWhenShown";

class LoadWhenShown final : public QObject
{
public:
    LoadWhenShown(QWidget *widget, std::function<void()> load) : QObject(widget), m_load(std::move(load))
    {
        setObjectName(QString::fromLatin1(kName));
        widget->installEventFilter(this);
    }
    void replace(std::function<void()> load) { m_load = std::move(load); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched == parent()) {
            watched->removeEventFilter(this);
            auto load = std::move(m_load);
            deleteLater();
            setObjectName(QString()); // no longer waiting, even before it is deleted
            if (load)
                load();
        }
        return false;
    }

private:
    std::function<void()> m_load;
};

LoadWhenShown *waiting(const QWidget *widget)
{
    return widget->findChild<LoadWhenShown *>(QString::fromLatin1(kName), Qt::FindDirectChildrenOnly);
}

} // namespace

bool whenShown(QWidget *widget, std::function<void()> load)
{
    const bool onScreenWindow = widget->window() != widget && widget->window()->isVisible();
    if (widget->isVisible() || !onScreenWindow) {
        if (LoadWhenShown *pending = waiting(widget)) {
            widget->removeEventFilter(pending);
            pending->setObjectName(QString());
            pending->deleteLater();
        }
        if (load)
            load();
        return true;
    }
    if (LoadWhenShown *pending = waiting(widget))
        pending->replace(std::move(load));
    else
        new LoadWhenShown(widget, std::move(load));
    return false;
}

bool isWaitingToBeShown(const QWidget *widget)
{
    return waiting(widget) != nullptr;
}

} // namespace ardesk
