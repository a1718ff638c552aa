#include "list_page.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ardesk {

ListPage::ListPage(PagedTableModel *model, const QString &namePrefix, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_namePrefix(namePrefix)
{
    m_model->setParent(this);

    m_title = new QLabel(this);
    m_title->setObjectName(namePrefix + QStringLiteral("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(namePrefix + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_search->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(namePrefix + QStringLiteral("Count"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_filterBar = new QHBoxLayout;
    m_filterBar->setContentsMargins(0, 0, 0, 0);
    m_filterBar->addWidget(m_search);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_count);

    auto *filters = new QHBoxLayout;
    filters->addLayout(m_filterBar);
    filters->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(namePrefix + QStringLiteral("Table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    // Fitting a column to its contents looks at a page of rows near the top, not at the
    // whole list (the model holds the pages the view shows; reading the whole list would
    // read a million rows).
    columns->setResizeContentsPrecision(static_cast<int>(PagedTableModel::kPageSize));
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true); // header clicks call the model's sort: SQL, not a proxy

    m_drillDown = new QWidget(this);
    m_drillDown->setObjectName(namePrefix + QStringLiteral("DrillDownBar"));
    m_drillDownText = new QLabel(m_drillDown);
    m_drillDownText->setObjectName(namePrefix + QStringLiteral("DrillDown"));
    m_drillDownText->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show all"), m_drillDown);
    showAll->setObjectName(namePrefix + QStringLiteral("ShowAll"));
    auto *drillLayout = new QHBoxLayout(m_drillDown);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    drillLayout->addWidget(m_drillDownText, 1);
    drillLayout->addWidget(showAll);
    m_drillDown->hide();
    connect(showAll, &QPushButton::clicked, this, [this] {
        showDrillDown({});
        clearDrillDown();
    });

    m_message = new QLabel(this);
    m_message->setObjectName(namePrefix + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_drillDown);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMilliseconds);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListPage::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ListPage::searchNow);

    auto *find = new QAction(tr("Search this list"), this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    connect(m_model, &PagedTableModel::totalCountChanged, this, &ListPage::showCount);
    connect(m_model, &PagedTableModel::failed, this, &ListPage::showFailure);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT rowActivated(index.data(PagedTableModel::RowIdRole).toLongLong());
    });
}

ListPage::~ListPage() = default;

void ListPage::setSession(Session *session)
{
    m_searchDelay.stop();
    m_model->setSession(session);
}

void ListPage::refresh()
{
    m_model->refresh(); // no reset: the view stays where it is, the selection on its records
}

void ListPage::showDrillDown(const QString &description)
{
    m_drillDownText->setText(description);
    m_drillDown->setVisible(!description.isEmpty());
}

QString ListPage::drillDownText() const
{
    return m_drillDown->isVisible() ? m_drillDownText->text() : QString();
}

void ListPage::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ListPage::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
    m_search->setToolTip(text);
    // Wide enough for the hint, the clear button and the frame.
    const int wanted = m_search->fontMetrics().horizontalAdvance(text) + m_search->fontMetrics().height() * 3;
    m_search->setMinimumWidth(std::max(m_search->minimumWidth(), wanted));
}

void ListPage::addFilterWidget(QWidget *widget)
{
    widget->setParent(this);
    m_filterBar->addWidget(widget);
}

void ListPage::setStretchColumn(int column)
{
    m_stretchColumn = column;
}

void ListPage::searchNow()
{
    m_searchDelay.stop();
    applySearch(m_search->text());
}

void ListPage::showCount(qint64 count)
{
    m_count->setText(countText(count));
    m_message->hide();
    sizeColumnsOnce();
}

void ListPage::showFailure(const QString &message)
{
    m_message->setText(tr("The list could not be read: %1").arg(message));
    m_message->show();
}

// First time rows are there and no widths were remembered: fit the columns to what the
// first page shows, and give the spare width to the name.
void ListPage::sizeColumnsOnce()
{
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    QHeaderView *columns = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    const int padding = fontMetrics().averageCharWidth() * 3;
    for (int column = 0; column < m_model->columnCount(); ++column)
        columns->resizeSection(column, columns->sectionSize(column) + padding);
    if (m_stretchColumn >= 0)
        columns->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

QString ListPage::settingsKey() const
{
    return QStringLiteral("lists/%1/header").arg(m_namePrefix);
}

void ListPage::saveState(QSettings &settings) const
{
    if (m_columnsSized)
        settings.setValue(settingsKey(), m_table->horizontalHeader()->saveState());
}

void ListPage::restoreState(const QSettings &settings)
{
    const QByteArray state = settings.value(settingsKey()).toByteArray();
    QHeaderView *columns = m_table->horizontalHeader();
    if (state.isEmpty() || !columns->restoreState(state))
        return;
    m_columnsSized = true;
    // The restored sort indicator decides the SQL order.
    m_model->sort(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes to the grid: type, then walk the results.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ardesk
