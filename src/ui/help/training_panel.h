#pragma once
// Help > Practice in the main window: the TRAINING banner with the guided first day, and
// the mark on every window's title while a practice book is open.

#include "services/training_service.h"

#include <QFrame>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace ardesk {

// Puts "TRAINING — " before the title of every top-level window (the main window, each
// dialog and message box) while it lives: an application-wide event filter.
class TrainingTitleMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingTitleMarker)

public:
    explicit TrainingTitleMarker(QObject *parent = nullptr);
    ~TrainingTitleMarker() override; // takes the mark off the windows again

    static QString prefix();
    void markAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void mark(QWidget *window);
    bool m_marking = false;
};

// The banner: what the practice book is, whose first day, the tasks with a tick for each
// one done (read from the book every few seconds and after every change), and the button
// that ends the practice.
class TrainingPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPanel)

public:
    static constexpr int kRefreshMilliseconds = 2000;

    TrainingPanel(Session &session, Id since, QWidget *parent = nullptr);
    ~TrainingPanel() override;

    TrainingRole role() const { return m_role; }
    void setRole(TrainingRole role);
    // Reads the book's audit log again and ticks what is done.
    void refresh();
    const std::vector<TrainingTask> &tasks() const { return m_tasks; }
    int doneCount() const;
    // No more reads of the book (it is being closed).
    void stop();

Q_SIGNALS:
    void endRequested();

private:
    void rebuildTasks();

    Session *m_session = nullptr; // null after stop()
    Id m_since = 0;
    TrainingRole m_role = TrainingRole::WholeDesk;
    std::vector<TrainingTask> m_tasks;
    QComboBox *m_roles = nullptr;
    QVBoxLayout *m_taskLayout = nullptr;
    QList<QCheckBox *> m_checks;
    QLabel *m_summary = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace ardesk
