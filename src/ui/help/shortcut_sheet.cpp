#include "shortcut_sheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace ardesk {

namespace {

QString plain(QString text)
{
    // "&Open book…" -> "Open book"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QString keysOf(const QAction &action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action.shortcuts())
        if (!sequence.isEmpty())
            keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

std::vector<ShortcutEntry> shortcutsOf(const QWidget &window)
{
    std::vector<ShortcutEntry> entries;
    std::set<const QAction *> seen;
    std::function<void(const QString &, const QList<QAction *> &)> walk = [&](const QString &menu,
                                                                          const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            if (action->isSeparator() || !seen.insert(action).second)
                continue;
            if (const QMenu *submenu = action->menu()) {
                const QString title = plain(submenu->title());
                walk(menu.isEmpty() ? title : menu + QStringLiteral(" › ") + title, submenu->actions());
                continue;
            }
            const QString keys = keysOf(*action);
            if (!keys.isEmpty())
                entries.push_back({menu, plain(action->text()), keys});
        }
    };
    if (const auto *main = qobject_cast<const QMainWindow *>(&window); main && main->menuWidget())
        if (const auto *bar = qobject_cast<const QMenuBar *>(main->menuWidget()))
            walk(QString(), bar->actions());
    // Shortcuts registered on the window or its pages but in no menu; a page's shortcut
    // that each page has (Ctrl+F on every list) is listed once.
    std::set<std::pair<QString, QString>> listed;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (seen.contains(action) || action->isSeparator() || action->menu())
            continue;
        seen.insert(action);
        const QString keys = keysOf(*action);
        QString command = plain(action->text());
        if (command.isEmpty())
            command = action->toolTip().isEmpty() ? action->objectName() : action->toolTip();
        if (!keys.isEmpty() && listed.insert({command, keys}).second)
            entries.push_back({QString(), command, keys});
    }
    return entries;
}

ShortcutSheet::ShortcutSheet(const QWidget &window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *intro = new QLabel(tr("Every shortcut of this window. The text fields also take the usual editing keys "
                                "(cut, copy, paste, undo)."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Shortcut"), tr("Command"), tr("Menu")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    const std::vector<ShortcutEntry> entries = shortcutsOf(window);
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const ShortcutEntry &entry = entries[static_cast<std::size_t>(row)];
        auto *keys = new QTableWidgetItem(entry.keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(entry.command));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.menu.isEmpty() ? tr("(no menu)") : entry.menu));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const int width = m_table->horizontalHeader()->length() + fontMetrics().averageCharWidth() * 12;
    // Tall enough for every row when the screen allows.
    const int rows = m_table->verticalHeader()->defaultSectionSize() * (m_table->rowCount() + 1);
    const int height = rows + m_table->horizontalHeader()->sizeHint().height() + intro->sizeHint().height()
            + buttons->sizeHint().height() + fontMetrics().height() * 3;
    resize(std::max(width, fontMetrics().averageCharWidth() * 70), std::min(height, 760));
}

ShortcutSheet::~ShortcutSheet() = default;

} // namespace ardesk
