#include "WelcomePage.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Armlift {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_open(new QPushButton(tr("&Open Folder\u2026"), this))
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("<h1>Armlift</h1>"), this);
    auto *text = new QLabel(tr("Open a folder with Dockerfiles to find what breaks on arm64 (Apple silicon, "
                               "Graviton, Ampere) and apply reviewed fixes. You can also drop a folder on this "
                               "window."),
                            this);
    text->setWordWrap(true);
    m_open->setAccessibleName(tr("Open Folder"));
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMaximumHeight(220);
    auto *recentLabel = new QLabel(tr("Recent projects:"), this);
    recentLabel->setBuddy(m_recent);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(12);
    column->addWidget(m_open, 0, Qt::AlignLeft);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    m_recent->setVisible(!paths.isEmpty());
}

} // namespace Armlift
