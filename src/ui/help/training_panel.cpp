#include "training_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ardesk {

// --- the title mark --------------------------------------------------------------------

TrainingTitleMarker::TrainingTitleMarker(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
    markAll();
}

TrainingTitleMarker::~TrainingTitleMarker()
{
    qApp->removeEventFilter(this);
    const QString mark = prefix();
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window->windowTitle().startsWith(mark))
            window->setWindowTitle(window->windowTitle().mid(mark.size()));
}

QString TrainingTitleMarker::prefix()
{
    return tr("TRAINING — ");
}

void TrainingTitleMarker::markAll()
{
    for (QWidget *window : QApplication::topLevelWidgets())
        mark(window);
}

void TrainingTitleMarker::mark(QWidget *window)
{
    if (m_marking || !window || !window->isWindow())
        return;
    const QString title = window->windowTitle();
    const QString mark = prefix();
    if (title.startsWith(mark))
        return;
    m_marking = true;
    window->setWindowTitle(mark + title);
    m_marking = false;
}

bool TrainingTitleMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange || event->type() == QEvent::Show) {
        if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->isWindow())
            mark(widget);
    }
    return QObject::eventFilter(watched, event);
}

// --- the banner ------------------------------------------------------------------------

TrainingPanel::TrainingPanel(Session &session, Id since, QWidget *parent)
    : QFrame(parent), m_session(&session), m_since(since)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(QStringLiteral("#ffe3c2")));
    colours.setColor(QPalette::WindowText, QColor(QStringLiteral("#3b2200")));
    setPalette(colours);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *title = new QLabel(tr("TRAINING"), this);
    title->setObjectName(QStringLiteral("trainingTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    auto *text = new QLabel(tr("This is a practice copy of the demo book: post, reverse, call and promise as you "
                               "like. Nothing here touches real data, and the copy is deleted when you end the "
                               "practice."),
                            this);
    text->setWordWrap(true);
    m_roles = new QComboBox(this);
    m_roles->setObjectName(QStringLiteral("trainingRole"));
    for (const TrainingRole role : TrainingService::roles())
        m_roles->addItem(TrainingService::roleName(role), static_cast<int>(role));
    auto *roleLabel = new QLabel(tr("First day &as:"), this);
    roleLabel->setBuddy(m_roles);
    auto *end = new QPushButton(tr("&End practice"), this);
    end->setObjectName(QStringLiteral("endPracticeButton"));
    connect(end, &QPushButton::clicked, this, &TrainingPanel::endRequested);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(fontMetrics().averageCharWidth() * 2);
    top->addWidget(text, 1);
    top->addWidget(end, 0, Qt::AlignTop);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(roleLabel);
    roleRow->addWidget(m_roles);
    roleRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    roleRow->addWidget(m_summary);
    roleRow->addStretch(1);
    m_taskLayout = new QVBoxLayout;
    m_taskLayout->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addLayout(roleRow);
    layout->addLayout(m_taskLayout);

    connect(m_roles, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRole(static_cast<TrainingRole>(m_roles->itemData(index).toInt())); });
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &TrainingPanel::refresh);
    m_timer->start();
    rebuildTasks();
}

TrainingPanel::~TrainingPanel() = default;

void TrainingPanel::setRole(TrainingRole role)
{
    m_role = role;
    const int index = m_roles->findData(static_cast<int>(role));
    if (index >= 0 && index != m_roles->currentIndex())
        m_roles->setCurrentIndex(index); // comes back here through the signal
    rebuildTasks();
}

void TrainingPanel::rebuildTasks()
{
    qDeleteAll(m_checks);
    m_checks.clear();
    m_tasks = TrainingService::firstDay(m_role);
    for (const TrainingTask &task : m_tasks) {
        auto *check = new QCheckBox(task.title, this);
        check->setObjectName(QStringLiteral("trainingTask_") + task.key);
        check->setToolTip(task.hint);
        // Ticked by what the newcomer does, not by a click.
        check->setAttribute(Qt::WA_TransparentForMouseEvents);
        check->setFocusPolicy(Qt::NoFocus);
        m_taskLayout->addWidget(check);
        m_checks << check;
    }
    refresh();
}

void TrainingPanel::refresh()
{
    if (!m_session)
        return;
    if (auto progress = TrainingService::progress(*m_session, m_role, m_since))
        m_tasks = std::move(*progress);
    for (int i = 0; i < m_checks.size() && i < static_cast<int>(m_tasks.size()); ++i) {
        const TrainingTask &task = m_tasks[static_cast<std::size_t>(i)];
        m_checks[i]->setChecked(task.done);
        m_checks[i]->setText(task.done ? task.title : tr("%1 — %2").arg(task.title, task.hint));
    }
    const int total = static_cast<int>(m_tasks.size());
    m_summary->setText(doneCount() == total ? tr("All done: a good first day.")
                                            : tr("%1 of %2 done").arg(doneCount()).arg(total));
}

void TrainingPanel::stop()
{
    m_timer->stop();
    m_session = nullptr;
}

int TrainingPanel::doneCount() const
{
    int done = 0;
    for (const TrainingTask &task : m_tasks)
        done += task.done ? 1 : 0;
    return done;
}

} // namespace ardesk
