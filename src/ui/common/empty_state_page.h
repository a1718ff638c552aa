#pragma once
// A page that is not there yet, saying so plainly and naming what brings it.

#include <QWidget>

namespace ardesk {

class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString &objectName, const QString &title, const QString &text, QWidget *parent = nullptr);
    ~EmptyStatePage() override;
};

} // namespace ardesk
