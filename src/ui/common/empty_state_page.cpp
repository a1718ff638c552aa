#include "empty_state_page.h"

#include <QHBoxLayout>
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
    body->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    body->setForegroundRole(QPalette::PlaceholderText);

    // A centred column of a readable width: wrapped labels take its full width (a
    // wrapped label aligned on its own in a layout shrinks to a sliver).
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(heading);
    columnLayout->addSpacing(fontMetrics().height() / 2);
    columnLayout->addWidget(body);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyStatePage::~EmptyStatePage() = default;

} // namespace ardesk
