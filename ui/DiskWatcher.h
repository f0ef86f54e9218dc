#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Armlift {

class DockerfileEditor;
class EditorTabs;

// Notices files changed on disk by someone else (git checkout, another editor, a fix-all that
// wrote files) and keeps every edit: an open editor without unsaved changes reloads in place
// (cursor and scroll kept), one with unsaved changes shows "changed on disk — Reload / Keep
// Mine", one whose file was deleted is marked and keeps its text. Changed project files are
// reported so the window can re-scan.
//
// Watches the open editors' files and folders (a folder event tells when a deleted file comes
// back) and up to MaxProjectFiles scanned files. An atomic replace (QSaveFile, git) removes the
// watched inode: the path is watched again once the new file is there. Events settle for
// SettleMs before they are looked at, because one replace is several events.
class DiskWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxProjectFiles = 4000;
    static constexpr int SettleMs = 120;
    static constexpr int AddBatch = 200;

    explicit DiskWatcher(EditorTabs *tabs, QObject *parent = nullptr);

    void setProjectFiles(const QString &root, const QStringList &relativePaths);
    QStringList watchedFiles() const { return m_watcher.files(); }
    // Looks at the changes noticed so far without waiting for them to settle (tests).
    void checkNow();

Q_SIGNALS:
    void projectFilesChanged(const QStringList &relativePaths);

private:
    void addSomePaths();
    void watchEditor(DockerfileEditor *editor);
    void notice(const QString &absolutePath);
    void onDirectoryChanged(const QString &directory);
    // True when the change is news to the project (not the editor's own save).
    bool checkEditor(DockerfileEditor *editor);
    DockerfileEditor *editorFor(const QString &absolutePath) const;
    QString relativePath(const QString &absolutePath) const;

    EditorTabs *m_tabs;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QSet<QString> m_pending;      // absolute paths
    QSet<QString> m_projectFiles; // absolute paths of the scanned files
    QStringList m_toAdd;          // project files not watched yet
    QString m_root;
};

} // namespace Armlift
