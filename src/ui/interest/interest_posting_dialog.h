#pragma once
// Clerk > Post interest…: a preview of the late-payment interest and compensation debit
// notes a posting as of a date would post (InterestPostingService, docs/interest.md
// "Posting interest"), then, confirmed, the posting in one transaction.
// Object names: interestAsOf, interestPreviewTable, interestSkipped, postInterestButton,
// interestPostingMessage, interestPostingProgress (while posting).

#include "services/interest_posting_service.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ardesk {

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

Q_SIGNALS:
    void posted();

private:
    void refreshPreview();

    Session &m_session;
    QDateEdit *m_asOf = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_post = nullptr;
    InterestPostingRun m_preview;
    int m_postedCount = 0;
    bool m_posting = false;
};

} // namespace ardesk
