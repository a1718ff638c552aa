#pragma once
// Help > User guide (F1): docs/user-guide.md shown in a window, opened at the chapter of
// the screen the user is on. The guide is looked for in ARDESK_USER_GUIDE (a file), next
// to the installed program (../share/doc/ardesk/user-guide.md, where the package puts it)
// and in the source tree's docs/ (a build that is run from its build folder).

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace ardesk {

// The user guide's file, or empty when there is none.
QString userGuidePath();

class UserGuideViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideViewer)

public:
    explicit UserGuideViewer(QWidget *parent = nullptr);
    ~UserGuideViewer() override;

    bool hasGuide() const { return !m_path.isEmpty(); }
    QTextBrowser *browser() const { return m_browser; }

    // Scrolls to the first heading that contains one of the words (case-insensitive, in
    // the order given); returns that heading's text, or empty (then the guide's top).
    QString showSection(const QStringList &words);

private:
    QString m_path;
    QTextBrowser *m_browser = nullptr;
};

} // namespace ardesk
