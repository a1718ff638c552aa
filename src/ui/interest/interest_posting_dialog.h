#pragma once
// Clerk > Post interest…: a preview of the late-payment interest and compensation debit
// notes a posting as of a date would post (InterestPostingService, docs/interest.md
// "Posting interest"), then, confirmed, the posting in one transaction.
// Object names: interestAsOf, interestTabs, interestPreviewTable, interestSkipped (the
// summary of what cannot be posted, counted by reason), interestSkippedTable,
// interestSkippedReason, interestSkippedFilter, postInterestButton, interestPostingMessage,
// interestPostingProgress (while posting), interestPreviewProgress and interestPreviewCancel
// (while the preview is read: on a thread of its own, BookJob, the dialog stays responsive and
// Cancel stops the read; a preview only reads, so a cancelled one leaves nothing posted and
// nothing to post). Both grids are handed their rows a page at a
// time (interest_rows_model.h): a first run on a big book has tens of thousands of each.

#include "services/interest_posting_service.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace ardesk {

class InterestLinesModel;
class InterestSkipsModel;

class Session;

class InterestPostingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestPostingDialog)

public:
    InterestPostingDialog(Session &session, QDate today, QWidget *parent = nullptr);
    ~InterestPostingDialog() override;

    void setAsOf(QDate asOf);
    const InterestPostingRun &previewRun() const { return m_preview; }
    // Posts what the preview shows; with Confirm::Ask a question box comes first (the button).
    enum class Confirm { Ask, AlreadyConfirmed };
    void post(Confirm confirm = Confirm::Ask);
    int postedCount() const { return m_postedCount; }
    // A posting is running on its own thread (BookJob); posted() follows when it is done.
    bool posting() const { return m_posting; }
    // The preview is being read on its own thread; previewReady() follows when it is shown
    // (also after a cancel, with no lines).
    bool previewing() const { return m_previewing; }
    // Stops the preview being read (the Cancel button): nothing to post until the next one.
    void cancelPreview();

Q_SIGNALS:
    void posted();
    void previewReady();

private:
    void refreshPreview();
    void showPreview(Result<InterestPostingRun> preview, QDate asOf);
    void showSkips();
    void filterSkips();

    Session &m_session;
    QDateEdit *m_asOf = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    InterestLinesModel *m_lines = nullptr;
    QLabel *m_skipped = nullptr;
    QTableView *m_skippedTable = nullptr;
    InterestSkipsModel *m_skips = nullptr;
    QComboBox *m_skippedReason = nullptr;
    QLineEdit *m_skippedFilter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_post = nullptr;
    QWidget *m_previewBar = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    QPushButton *m_previewCancel = nullptr;
    InterestPostingRun m_preview;
    QString m_postedNote; // "Posted N debit notes" after a posting, kept beside the next preview
    // The preview being read: its progress and cancel flag, shared with its thread.
    struct PreviewJob;
    std::shared_ptr<PreviewJob> m_previewJob;
    int m_postedCount = 0;
    bool m_posting = false;
    bool m_previewing = false;
};

} // namespace ardesk
