#include "user_guide_viewer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ardesk {

QString userGuidePath()
{
    QStringList candidates;
    if (const QString fromEnvironment = qEnvironmentVariable("ARDESK_USER_GUIDE"); !fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/ardesk/user-guide.md");
#ifdef ARDESK_DOCS_DIR
    candidates << QStringLiteral(ARDESK_DOCS_DIR "/user-guide.md");
#endif
    for (const QString &candidate : candidates)
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    return {};
}

UserGuideViewer::UserGuideViewer(QWidget *parent) : QDialog(parent), m_path(userGuidePath())
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("ardesk user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(true);
    if (m_path.isEmpty()) {
        m_browser->setPlainText(tr("The user guide is not installed on this computer. It is the file "
                                   "user-guide.md of ardesk's documentation (share/doc/ardesk in the installation)."));
    } else {
        m_browser->setSearchPaths({QFileInfo(m_path).absolutePath()});
        m_browser->setSource(QUrl::fromLocalFile(m_path), QTextDocument::MarkdownResource);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

UserGuideViewer::~UserGuideViewer() = default;

QString UserGuideViewer::showSection(const QStringList &words)
{
    QTextDocument *document = m_browser->document();
    for (const QString &word : words) {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || !block.text().contains(word, Qt::CaseInsensitive))
                continue;
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            const qreal top = document->documentLayout()->blockBoundingRect(block).top();
            m_browser->verticalScrollBar()->setValue(static_cast<int>(top));
            return block.text();
        }
    }
    m_browser->verticalScrollBar()->setValue(0);
    return {};
}

} // namespace ardesk
