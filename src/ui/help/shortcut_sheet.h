#pragma once
// Help > Keyboard shortcuts: every shortcut of the actions the window has registered,
// read from the window itself (so the sheet is never out of date), grouped by menu.

#include <QDialog>

#include <vector>

class QTableWidget;

namespace ardesk {

struct ShortcutEntry final
{
    QString menu;    // "File", without the mnemonic
    QString command; // "Open book", without mnemonic and ellipsis
    QString keys;    // "Ctrl+O" (several: "Ctrl+O, Ctrl+Shift+O"), as the platform writes them
};

// The window's actions that have a shortcut, in menu order; actions in no menu come last
// (menu empty).
std::vector<ShortcutEntry> shortcutsOf(const QWidget &window);

class ShortcutSheet final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutSheet)

public:
    explicit ShortcutSheet(const QWidget &window, QWidget *parent = nullptr);
    ~ShortcutSheet() override;

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace ardesk
