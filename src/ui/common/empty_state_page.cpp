#include "empty_state_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ardesk {

EmptyStatePage::EmptyStatePage(const QString &objectName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(objectName + QStringLiteral("Title"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *body = new QLabel(text, this);
    body->setObjectName(objectName + QStringLiteral("Text"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    body->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

EmptyStatePage::~EmptyStatePage() = default;

} // namespace ardesk
