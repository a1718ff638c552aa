#pragma once
// A page with one big grid: a title, a search box that refilters in SQL after a short
// pause in typing, optional filter widgets, a "N things" count and the table. The
// customers, invoices and payments pages are built on it; the desks of later issues
// connect to rowActivated() to open the record.
//
// Stable object names (for tests and screenshots), from the page's name prefix, e.g.
// "customer": customerSearch, customerTable, customerCount, customerTitle, customerMessage.

#include "paged_table_model.h"

#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace ardesk {

class ListPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)

public:
    static constexpr int kSearchDelayMilliseconds = 150;

    ~ListPage() override;

    // nullptr: no book open (an empty grid).
    void setSession(Session *session);
    // Reads the list again (after changes elsewhere).
    void refresh();

    PagedTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }

    // A drill-down (from the dashboard) is shown above the grid with its description and a
    // "Show all" button (objectName <prefix>DrillDown, <prefix>ShowAll); empty hides it.
    void showDrillDown(const QString &description);
    QString drillDownText() const;

    // Column widths, order, sort column and order of the grid.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    // Enter or double-click on a row: the record's id.
    void rowActivated(Id id);

protected:
    // namePrefix: "customer" gives customerSearch, customerTable, ...
    ListPage(PagedTableModel *model, const QString &namePrefix, QWidget *parent);

    void setTitle(const QString &title);
    void setSearchPlaceholder(const QString &text);
    void addFilterWidget(QWidget *widget);
    // The column that takes the spare width (a name).
    void setStretchColumn(int column);

    // The search text after the pause; the subclass hands it to its model.
    virtual void applySearch(const QString &text) = 0;
    // "1,234 customers" (tr with %n plurals).
    virtual QString countText(qint64 count) const = 0;
    // "Show all" on a drill-down: back to the page's own filter (search and filter widgets).
    virtual void clearDrillDown() { }

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchNow();
    void showCount(qint64 count);
    void showFailure(const QString &message);
    void sizeColumnsOnce();
    QString settingsKey() const;

    PagedTableModel *m_model = nullptr;
    QString m_namePrefix;
    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QHBoxLayout *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_drillDown = nullptr;
    QLabel *m_drillDownText = nullptr;
    QTimer m_searchDelay;
    int m_stretchColumn = -1;
    bool m_columnsSized = false;
};

} // namespace ardesk
