#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Armlift {

// Shown when no folder is open: what Armlift does, Open Folder, and the recent projects.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void openFolderRequested();
    void openRecentRequested(const QString &path);

private:
    QPushButton *m_open;
    QListWidget *m_recent;
};

} // namespace Armlift
