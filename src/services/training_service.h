#pragma once
// Help > Practice: a throw-away practice book and the guided first day on it.
//
// The practice book is a fresh demo book (DemoGenerator, a small business dated up to
// today) marked as a practice book in its settings ("training.book" = 1), so every window
// and every document can say TRAINING. A newcomer works on it as on a real book; the
// guided first day is a short list of tasks per role that ticks itself off from the
// book's audit log: each task is done when the newcomer's own session has written one of
// the task's audit actions since the practice began. Errors as Result<T>; nothing throws.

#include "session.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <vector>

namespace ardesk {

// Whose first day: the desk's tasks. Everyone else (supervisors, managers, admins)
// practises the whole desk's four essentials.
enum class TrainingRole { WholeDesk, Clerk, Collector };

struct TrainingTask final
{
    QString key;         // "post_payment"
    QString title;       // translated: "Post a payment"
    QString hint;        // translated: where in ardesk it is done
    QStringList actions; // the audit actions that do it
    bool done = false;
};

class TrainingService final
{
public:
    static constexpr int kPracticeCustomers = 120;

    // Makes a new practice book at `path` (which must not exist): a demo business of
    // kPracticeCustomers customers up to `today`, marked as a practice book.
    static Result<void> createPracticeBook(const QString &path, QDate today);
    static bool isPracticeBook(Session &session);

    // The roles in the order a chooser shows them, with their names (translated).
    static std::vector<TrainingRole> roles();
    static QString roleName(TrainingRole role);
    // The role's first day, nothing done yet.
    static std::vector<TrainingTask> firstDay(TrainingRole role);

    // Where the practice begins: the newest audit record now.
    static Result<Id> startMark(Session &session);
    // The role's first day with the tasks that the session's user has done since `since`.
    static Result<std::vector<TrainingTask>> progress(Session &session, TrainingRole role, Id since);
};

} // namespace ardesk
